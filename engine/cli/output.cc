#include "output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace rerate::cli {

namespace fs = std::filesystem;

Output& Output::Get() {
  static Output output;
  return output;
}

void Out(std::string_view text) { Output::Get().Write(text); }

namespace {

// Whether `path` is `input` or, for a folder, inside it.
bool Touches(const fs::path& path, const std::string& input) {
  std::error_code error;
  if (fs::equivalent(path, input, error)) return true;
  if (!fs::is_directory(input, error)) return false;
  const fs::path folder = fs::weakly_canonical(input, error);
  const fs::path parent = fs::weakly_canonical(path, error).parent_path();
  return !error && parent == folder;
}

}  // namespace

std::optional<std::string> Output::Redirect(const std::string& path, const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    if (Touches(path, input)) return "--output " + path + ": it is an input (or in an input folder); rerate never writes over what it reads";
  }
  std::error_code error;
  if (fs::is_directory(path, error)) return "--output " + path + ": a folder, not a file";
  if (fs::exists(path, error) && !fs::is_regular_file(path, error)) {
    return "--output " + path + ": not a regular file (give a file to write, or leave --output out for stdout)";
  }
  const fs::path target(path);
  std::string pattern = (target.parent_path().empty() ? fs::path(".") : target.parent_path()) /
                        ("." + target.filename().string() + ".rerate-XXXXXX");
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return "--output " + path + ": cannot create a file beside it: " + std::strerror(errno);
  fd_ = fd;
  path_ = path;
  temporary_ = pattern;
  return std::nullopt;
}

void Output::Fail(const std::string& what) {
  if (failure_.empty()) failure_ = what + ": " + std::strerror(errno);
}

void Output::Write(std::string_view text) {
  if (Failed()) return;
  while (!text.empty()) {
    const ssize_t written = ::write(fd_, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      Fail(path_.empty() ? "cannot write the output" : "cannot write " + path_);
      return;
    }
    text.remove_prefix(static_cast<size_t>(written));
  }
}

std::optional<std::string> Output::Finish() {
  // Whatever went to std::cout (help, messages) is checked too.
  std::cout.flush();
  if (!std::cout.good() || std::fflush(stdout) != 0) Fail("cannot write the output");
  if (!path_.empty()) {
    if (!Failed() && ::fsync(fd_) != 0) Fail("cannot write " + path_);
    if (::close(fd_) != 0) Fail("cannot write " + path_);
    if (!Failed() && std::rename(temporary_.c_str(), path_.c_str()) != 0) Fail("cannot put " + path_ + " in place");
    if (Failed()) ::unlink(temporary_.c_str());
    path_.clear();
  }
  if (!Failed()) return std::nullopt;
  return failure_;
}

}  // namespace rerate::cli
