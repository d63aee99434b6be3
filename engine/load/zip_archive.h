// A zip archive in memory (an .xlsx is one), read through Debian's libzip:
// its parts by name, unpacked in pieces with a limit, so that a small file
// that unpacks to gigabytes (a zip bomb) is refused, never unpacked.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "rerate/result.h"

struct zip;

namespace rerate {

class ZipArchive {
 public:
  // Errors name `file` (line 0).
  static Result<std::unique_ptr<ZipArchive>> Open(std::string_view bytes, const std::string& file);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool Has(const std::string& name) const;
  // Hands `name`'s unpacked bytes to `sink` piece by piece; fails when it is
  // missing, damaged, encrypted, or would unpack to more than `limit` bytes
  // in all (the bytes already unpacked from this archive included), or when
  // `sink` returns false (its own error, which the caller keeps).
  Status Unpack(const std::string& name, const std::function<bool(std::string_view)>& sink);
  // The whole part, within the same limit.
  Result<std::string> ReadAll(const std::string& name);

  // The most this archive may unpack to, all its parts together.
  static constexpr std::size_t kUnpackLimit = std::size_t{1} << 30;

 private:
  ZipArchive(zip* archive, std::string file) : archive_(archive), file_(std::move(file)) {}
  long long Locate(const std::string& name) const;

  zip* archive_;
  std::string file_;
  std::size_t unpacked_ = 0;
};

}  // namespace rerate
