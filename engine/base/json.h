// A JSON value with ordered object keys, and its pretty printer.  Every
// command's --format json output is built as one of these.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rerate {

class Json {
 public:
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;

  Json() : value_(nullptr) {}
  Json(std::nullptr_t) : value_(nullptr) {}                      // NOLINT
  Json(bool value) : value_(value) {}                            // NOLINT
  Json(int value) : value_(static_cast<std::int64_t>(value)) {}  // NOLINT
  Json(std::int64_t value) : value_(value) {}                    // NOLINT
  Json(const char* value) : value_(std::string(value)) {}        // NOLINT
  Json(std::string value) : value_(std::move(value)) {}          // NOLINT
  Json(Array value) : value_(std::move(value)) {}                // NOLINT
  Json(Object value) : value_(std::move(value)) {}               // NOLINT

  static Json MakeArray() { return Json(Array{}); }
  static Json MakeObject() { return Json(Object{}); }
  // A number with a fractional part (a probability, an interval's end),
  // written with at most `decimals` places and no trailing zeros: the same
  // text for the same double on every machine.
  static Json Decimal(double value, int decimals);

  // Object: appends a key (keys keep the order they are set in).
  Json& Set(std::string key, Json value);
  // Array: appends an item.
  Json& Push(Json value);

  // Two-space indented text ending in a newline.
  std::string Dump() const;

 private:
  // The digits of a Decimal, ready to write.
  struct Digits {
    std::string text;
  };
  explicit Json(Digits digits) : value_(std::move(digits)) {}

  void DumpTo(std::string* out, int indent) const;
  std::variant<std::nullptr_t, bool, std::int64_t, std::string, Array, Object, Digits> value_;
};

// "\"text\"" with JSON escapes.
std::string JsonQuote(const std::string& text);

}  // namespace rerate
