#include "rerate/jobs.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rerate {

int DefaultJobs() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

namespace {

// What the workers and the delivering thread share.
class Schedule {
 public:
  Schedule(std::size_t count, std::size_t window) : count_(count), window_(window), done_(count, false) {}

  // The next index to work on, waiting while it would run more than `window`
  // ahead of delivery; `count` when there is none left.
  std::size_t Claim() {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [&] { return next_ >= count_ || next_ < delivered_ + window_; });
    return next_ < count_ ? next_++ : count_;
  }

  void Done(std::size_t i) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_[i] = true;
    }
    ready_.notify_all();
  }

  void WaitFor(std::size_t i) {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_.wait(lock, [&] { return done_[i]; });
  }

  void Delivered(std::size_t i) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      delivered_ = i + 1;
    }
    room_.notify_all();
  }

 private:
  const std::size_t count_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::vector<bool> done_;
  std::size_t next_ = 0;
  std::size_t delivered_ = 0;
};

}  // namespace

void RunInOrder(std::size_t count, int jobs, std::size_t window, const std::function<void(std::size_t)>& work,
                const std::function<void(std::size_t)>& deliver) {
  window = std::max<std::size_t>(window, 1);
  if (jobs <= 0) jobs = DefaultJobs();
  const std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(jobs), count);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      work(i);
      deliver(i);
    }
    return;
  }
  Schedule schedule(count, window);
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (std::size_t i = schedule.Claim(); i < count; i = schedule.Claim()) {
        work(i);
        schedule.Done(i);
      }
    });
  }
  for (std::size_t i = 0; i < count; ++i) {
    schedule.WaitFor(i);
    deliver(i);
    schedule.Delivered(i);
  }
  for (std::thread& worker : workers) worker.join();
}

}  // namespace rerate
