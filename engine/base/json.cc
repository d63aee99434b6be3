#include "base/json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "base/utf8.h"

namespace rerate {

Json& Json::Set(std::string key, Json value) & {
  std::get<Object>(value_).emplace_back(std::move(key), std::move(value));
  return *this;
}

Json&& Json::Set(std::string key, Json value) && { return std::move(Set(std::move(key), std::move(value))); }

Json& Json::Push(Json value) & {
  std::get<Array>(value_).push_back(std::move(value));
  return *this;
}

Json&& Json::Push(Json value) && { return std::move(Push(std::move(value))); }

namespace {

// The bytes a JSON string cannot hold as they are: controls, '"', '\\', and
// every byte of a multi-byte character (checked to be UTF-8).
constexpr std::array<bool, 256> EscapeTable() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
  return table;
}
constexpr std::array<bool, 256> kNeedsCare = EscapeTable();

// From `at`, the first byte that needs care (or `size`), eight bytes at a
// time: most text is plain ASCII, and this is the inner loop of every
// --format json.
size_t PlainRunEnd(const char* data, size_t at, size_t size) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  while (at + 8 <= size) {
    std::uint64_t word;
    std::memcpy(&word, data + at, 8);
    const std::uint64_t care = (word & kHighs) | ((word - 0x2020202020202020ULL) & ~word & kHighs) |
                               has_zero_byte(word ^ (kOnes * '"')) | has_zero_byte(word ^ (kOnes * '\\'));
    if (care != 0) break;
    at += 8;
  }
  while (at < size && !kNeedsCare[static_cast<unsigned char>(data[at])]) ++at;
  return at;
}

}  // namespace

void AppendJsonQuoted(std::string* out, std::string_view text) {
  out->push_back('"');
  const char* data = text.data();
  size_t run = 0;  // the start of the bytes that need no escape
  for (size_t i = 0; i < text.size(); ++i) {
    i = PlainRunEnd(data, i, text.size());
    if (i == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(data[i]);
    if (!kNeedsCare[c]) continue;
    out->append(data + run, i - run);
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (c < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          *out += escaped;
        } else {
          // Valid UTF-8 passes through; other bytes become U+FFFD, so the
          // output is JSON whatever the input files held.
          const size_t length = Utf8Length(text, i);
          if (length == 0) {
            *out += kUtf8Replacement;
          } else {
            out->append(data + i, length);
            i += length - 1;
          }
        }
    }
    run = i + 1;
  }
  out->append(data + run, text.size() - run);
  out->push_back('"');
}

std::string JsonQuote(std::string_view text) {
  std::string out;
  AppendJsonQuoted(&out, text);
  return out;
}

void JsonWriter::Indent(std::size_t depth) { out_->append(2 * depth, ' '); }

void JsonWriter::BeforeValue() {
  if (after_key_ || frames_.empty()) return;
  *out_ += frames_.back().count == 0 ? "\n" : ",\n";
  Indent(static_cast<std::size_t>(base_) + frames_.size());
}

void JsonWriter::AfterValue() {
  after_key_ = false;
  if (!frames_.empty()) ++frames_.back().count;
}

JsonWriter& JsonWriter::Open(char bracket, bool object) {
  BeforeValue();
  out_->push_back(bracket);
  after_key_ = false;
  frames_.push_back(Frame{object, 0});
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  const bool empty = frames_.back().count == 0;
  frames_.pop_back();
  if (!empty) {
    out_->push_back('\n');
    Indent(static_cast<std::size_t>(base_) + frames_.size());
  }
  out_->push_back(bracket);
  AfterValue();
  return *this;
}

JsonWriter& JsonWriter::BeginObject() { return Open('{', true); }
JsonWriter& JsonWriter::EndObject() { return Close('}'); }
JsonWriter& JsonWriter::BeginArray() { return Open('[', false); }
JsonWriter& JsonWriter::EndArray() { return Close(']'); }

JsonWriter& JsonWriter::Key(std::string_view key) {
  *out_ += frames_.back().count == 0 ? "\n" : ",\n";
  Indent(static_cast<std::size_t>(base_) + frames_.size());
  AppendJsonQuoted(out_, key);
  *out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  *out_ += "null";
  AfterValue();
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  *out_ += value ? "true" : "false";
  AfterValue();
  return *this;
}

JsonWriter& JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  char digits[24];
  const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
  out_->append(digits, end.ptr);
  AfterValue();
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendJsonQuoted(out_, value);
  AfterValue();
  return *this;
}

JsonWriter& JsonWriter::Value(const Json& value) {
  value.WriteTo(*this);
  return *this;
}

Json Json::Written(std::string text) {
  Json json;
  json.value_ = WrittenText{std::move(text)};
  return json;
}

void Json::WriteTo(JsonWriter& writer) const {
  if (std::holds_alternative<std::nullptr_t>(value_)) {
    writer.Null();
  } else if (const bool* flag = std::get_if<bool>(&value_)) {
    writer.Bool(*flag);
  } else if (const std::int64_t* number = std::get_if<std::int64_t>(&value_)) {
    writer.Int(*number);
  } else if (const std::string* text = std::get_if<std::string>(&value_)) {
    writer.String(*text);
  } else if (const Array* array = std::get_if<Array>(&value_)) {
    writer.BeginArray();
    for (const Json& item : *array) item.WriteTo(writer);
    writer.EndArray();
  } else if (const Object* object = std::get_if<Object>(&value_)) {
    writer.BeginObject();
    for (const auto& [key, item] : *object) {
      writer.Key(key);
      item.WriteTo(writer);
    }
    writer.EndObject();
  } else {
    // Written at indent 0: each line after the first moves to this depth.
    const std::string& written = std::get<WrittenText>(value_).text;
    writer.BeforeValue();
    const std::size_t depth = static_cast<std::size_t>(writer.base_) + writer.frames_.size();
    std::size_t from = 0;
    for (std::size_t line = written.find('\n'); line != std::string::npos; line = written.find('\n', from)) {
      writer.out_->append(written, from, line + 1 - from);
      writer.Indent(depth);
      from = line + 1;
    }
    writer.out_->append(written, from, std::string::npos);
    writer.AfterValue();
  }
}

void Json::DumpTo(std::string* out, int indent) const {
  JsonWriter writer(out, indent);
  WriteTo(writer);
}

std::string Json::Dump() const {
  std::string out;
  DumpTo(&out, 0);
  return out + "\n";
}

}  // namespace rerate
