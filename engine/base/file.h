// Reading a whole input file into memory, once, with the errors every loader
// reports the same way.
#pragma once

#include <cstddef>
#include <string>

#include "rerate/result.h"

namespace rerate {

// The largest input file rerate reads (YAML, CSV): far above any inspection
// (a million cases is about 70 MB of CSV), small enough that a wrong file
// (a disk image, /dev/zero) is refused instead of filling memory.
inline constexpr std::size_t kMaxInputBytes = std::size_t{1} << 30;

// The largest YAML file rerate reads (rules, inspections, scenarios, tests,
// regions): a thousand times the largest it ships (17 KB); case answers go
// in a CSV.  Parsing is what costs: 16 MiB takes yaml-cpp 9 s and 160 MB, and
// a 100 MB file would take it a minute and a gigabyte (README, "Limits").
inline constexpr std::size_t kMaxYamlBytes = std::size_t{16} << 20;

// The file's bytes.  Errors (at `path`, line 0): a folder, a device or a
// socket (refused before opening: /dev/zero never ends, a terminal waits for
// typing), cannot open (and why: a file listed in a folder may have gone
// since), cannot read, larger than `max_bytes` (a pipe is read as far as the
// limit, so one that never ends is refused too), a pipe nothing was written
// to.  A FIFO is opened without waiting for a writer: with none, it is that
// last error at once, never a hang.
// `kind` names the file in the message about the limit ("YAML file").
Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes = kMaxInputBytes,
                             const std::string& kind = "file");

}  // namespace rerate
