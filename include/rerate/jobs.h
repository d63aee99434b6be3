// Work over many files on every core, with the results handed on in file
// order: what a command prints from several threads is byte for byte what it
// prints from one.
#pragma once

#include <cstddef>
#include <functional>

namespace rerate {

// The threads to use when none is asked for: every core.
int DefaultJobs();

// Runs work(i) for every i in [0, count) on up to `jobs` threads, and
// deliver(i) on the calling thread in the order 0, 1, 2, ..., each as soon
// as work(i) and every earlier delivery are done.  No work(i) starts before
// deliver(i - window) has returned, so a caller that keeps results in
// `window` slots (slot i % window) holds at most that many at once.  With
// jobs 1 it is a plain loop; with jobs 0 (or less), DefaultJobs().  `work`
// must not throw.
void RunInOrder(std::size_t count, int jobs, std::size_t window, const std::function<void(std::size_t)>& work,
                const std::function<void(std::size_t)>& deliver);

}  // namespace rerate
