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

// The file's bytes.  Errors (at `path`, line 0): a folder, cannot open, cannot
// read, larger than `max_bytes` (read as far as the limit, so that a pipe or a
// device that never ends is refused too).
Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes = kMaxInputBytes);

}  // namespace rerate
