// JSON output, in one format: two-space indents, keys in the order written.
// JsonWriter streams a document straight into a string (what rate writes
// for every inspection of a corpus); Json is a value built first and written
// with the same writer (what the other commands build, piece by piece).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rerate {

class Json;

class JsonWriter {
 public:
  // Appends to `out`; the document starts `indent` levels deep (a part of a
  // larger document written piece by piece).
  explicit JsonWriter(std::string* out, int indent = 0) : out_(out), base_(indent) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // An object's next key; its value follows.
  JsonWriter& Key(std::string_view key);

  JsonWriter& Null();
  JsonWriter& Bool(bool value);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& String(std::string_view value);
  // A value built as a Json, written in place.
  JsonWriter& Value(const Json& value);

  // Key(key) then the value, for the common case.
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, std::int64_t value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, int value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, bool value) { return Key(key).Bool(value); }
  JsonWriter& NullField(std::string_view key) { return Key(key).Null(); }

 private:
  friend class Json;  // a built value writes itself through the same steps

  struct Frame {
    bool object = false;
    int count = 0;
  };

  // Before a value: its separator and indentation (inside an array).
  void BeforeValue();
  void AfterValue();
  void Indent(std::size_t depth);
  JsonWriter& Open(char bracket, bool object);
  JsonWriter& Close(char bracket);

  std::string* out_;
  int base_;
  std::vector<Frame> frames_;
  bool after_key_ = false;
};

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
  // A value JsonWriter wrote at indent 0, kept as its text: pieces written
  // once for the streaming writer serve built values too.
  static Json Written(std::string text);
  // A number with a fractional part (a probability, an interval's end),
  // written with at most `decimals` places and no trailing zeros: the same
  // text for the same double on every machine; null for NaN or infinity.
  static Json Decimal(double value, int decimals);

  // Object: appends a key (keys keep the order they are set in).  On a
  // temporary the chain moves, so building a value never copies a subtree.
  Json& Set(std::string key, Json value) &;
  Json&& Set(std::string key, Json value) &&;
  // Array: appends an item.
  Json& Push(Json value) &;
  Json&& Push(Json value) &&;

  // Two-space indented text ending in a newline.
  std::string Dump() const;
  // Appends the value as Dump writes it, nested `indent` levels deep, without
  // the final newline (for documents written piece by piece).
  void DumpTo(std::string* out, int indent) const;

 private:
  friend class JsonWriter;
  struct WrittenText {
    std::string text;
  };
  void WriteTo(JsonWriter& writer) const;

  std::variant<std::nullptr_t, bool, std::int64_t, std::string, Array, Object, WrittenText> value_;
};

// The value `write` (a callable taking a JsonWriter&) writes, as a Json: a
// piece written once for the streaming writer serves built values too.
template <class Write>
Json WrittenJson(const Write& write) {
  std::string text;
  JsonWriter out(&text);
  write(out);
  return Json::Written(std::move(text));
}

// "\"text\"" with JSON escapes.
std::string JsonQuote(std::string_view text);
// Appends JsonQuote(text).
void AppendJsonQuoted(std::string* out, std::string_view text);

}  // namespace rerate
