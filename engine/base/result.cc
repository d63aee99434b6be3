#include "rerate/result.h"

#include "base/text.h"

namespace rerate {

std::string SourceLocation::ToString() const {
  if (line <= 0) return file;
  if (cell) return file + " " + ColumnLetters(column) + std::to_string(line);
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Error::ToString() const {
  const std::string place = where.ToString();
  return place.empty() ? message : place + ": " + message;
}

}  // namespace rerate
