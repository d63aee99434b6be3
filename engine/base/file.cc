#include "base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

namespace rerate {

namespace {

Error FileError(const std::string& path, const std::string& message) { return Error{{path, 0, 0}, message}; }

std::string TooLarge(std::size_t max_bytes, const std::string& kind) {
  return "larger than " + std::to_string(max_bytes >> 20) + " MiB, the most rerate reads from one " + kind;
}

// What rerate reads: files, and pipes (`--rules <(...)`).  A folder, a device
// (/dev/zero would never end, a terminal would wait for typing) or a socket
// is refused by its kind, before it is opened.
std::optional<std::string> NotReadable(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder, not a file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device, not a file (rerate reads files and pipes)";
  if (S_ISSOCK(mode)) return "a socket, not a file (rerate reads files and pipes)";
  return std::nullopt;
}

}  // namespace

Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes, const std::string& kind) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return FileError(path, std::string("cannot open file: ") + std::strerror(errno));
  if (std::optional<std::string> refused = NotReadable(info.st_mode)) return FileError(path, *refused);
  // O_NONBLOCK: opening a FIFO that no program has open for writing would
  // otherwise wait for one for ever.  Opened this way, a FIFO without a
  // writer reads as empty at once, and one with a writer is read, blocking,
  // until the writer closes it, as `cat` reads it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return FileError(path, errno == EISDIR ? "a folder, not a file" : std::string("cannot open file: ") + std::strerror(errno));
  // The path may have been replaced since stat(): judge what was opened.
  if (::fstat(fd, &info) != 0 || NotReadable(info.st_mode)) {
    ::close(fd);
    return FileError(path, NotReadable(info.st_mode).value_or("cannot read file"));
  }
  const bool regular = S_ISREG(info.st_mode);
  if (!regular) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string content;
  if (regular && static_cast<std::size_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return FileError(path, TooLarge(max_bytes, kind));
  }
  // A regular file may still grow or shrink while it is read (another
  // program writing it): what is read is what was there, up to the limit.
  content.resize(regular ? static_cast<std::size_t>(info.st_size) : std::size_t{1} << 16);
  std::size_t got = 0;
  while (true) {
    if (got == content.size()) {
      if (content.size() >= max_bytes + 1) break;
      content.resize(std::min(max_bytes + 1, std::max<std::size_t>(content.size() * 2, 4096)));
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
    return FileError(path, TooLarge(max_bytes, kind));
  }
  if (!regular && got == 0) return FileError(path, "a pipe with nothing written to it (no program was writing to it)");
  content.resize(got);
  return content;
}

}  // namespace rerate
