#include "rerate/result.h"

namespace rerate {

std::string SourceLocation::ToString() const {
  if (line <= 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Error::ToString() const {
  const std::string place = where.ToString();
  return place.empty() ? message : place + ": " + message;
}

}  // namespace rerate
