#include "base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace rerate {

namespace {

Error FileError(const std::string& path, const std::string& message) { return Error{{path, 0, 0}, message}; }

std::string LimitText(std::size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return FileError(path, errno == EISDIR ? "a folder, not a file" : "cannot open file");
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    return FileError(path, "a folder, not a file");
  }
  std::string content;
  const bool regular = S_ISREG(info.st_mode);
  if (regular && static_cast<std::size_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return FileError(path, "larger than " + LimitText(max_bytes) + ", the most rerate reads from one file");
  }
  content.resize(regular ? static_cast<std::size_t>(info.st_size) : std::size_t{1} << 16);
  std::size_t got = 0;
  while (true) {
    if (got == content.size()) {
      if (content.size() >= max_bytes + 1) break;
      content.resize(std::min(max_bytes + 1, content.size() * 2));
    }
    const ssize_t n = ::read(fd, content.data() + got, content.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int failure = errno;
      ::close(fd);
      return FileError(path, std::string("cannot read file: ") + std::strerror(failure));
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (got > max_bytes) {
    return FileError(path, "larger than " + LimitText(max_bytes) + ", the most rerate reads from one file");
  }
  content.resize(got);
  return content;
}

}  // namespace rerate
