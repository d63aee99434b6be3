#include "base/json.h"

#include <cmath>
#include <cstdio>

#include "base/utf8.h"

namespace rerate {

Json& Json::Set(std::string key, Json value) {
  std::get<Object>(value_).emplace_back(std::move(key), std::move(value));
  return *this;
}

Json& Json::Push(Json value) {
  std::get<Array>(value_).push_back(std::move(value));
  return *this;
}

Json Json::Decimal(double value, int decimals) {
  if (!std::isfinite(value)) return Json(nullptr);  // JSON has no NaN or infinity
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return Json(Digits{std::move(text)});
}

std::string JsonQuote(const std::string& text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          out += escaped;
        } else if (c < 0x80) {
          out += static_cast<char>(c);
        } else {
          // Valid UTF-8 passes through; other bytes become U+FFFD, so the
          // output is JSON whatever the input files held.
          const size_t length = Utf8Length(text, i);
          if (length == 0) {
            out += kUtf8Replacement;
          } else {
            out.append(text, i, length);
            i += length - 1;
          }
        }
    }
  }
  return out + "\"";
}

namespace {

void Indent(std::string* out, int indent) { out->append(static_cast<size_t>(indent) * 2, ' '); }

}  // namespace

void Json::DumpTo(std::string* out, int indent) const {
  if (std::holds_alternative<std::nullptr_t>(value_)) {
    *out += "null";
  } else if (const bool* flag = std::get_if<bool>(&value_)) {
    *out += *flag ? "true" : "false";
  } else if (const std::int64_t* number = std::get_if<std::int64_t>(&value_)) {
    *out += std::to_string(*number);
  } else if (const std::string* text = std::get_if<std::string>(&value_)) {
    *out += JsonQuote(*text);
  } else if (const Digits* digits = std::get_if<Digits>(&value_)) {
    *out += digits->text;
  } else if (const Array* array = std::get_if<Array>(&value_)) {
    if (array->empty()) {
      *out += "[]";
      return;
    }
    *out += "[\n";
    for (size_t i = 0; i < array->size(); ++i) {
      Indent(out, indent + 1);
      (*array)[i].DumpTo(out, indent + 1);
      *out += i + 1 < array->size() ? ",\n" : "\n";
    }
    Indent(out, indent);
    *out += "]";
  } else {
    const Object& object = std::get<Object>(value_);
    if (object.empty()) {
      *out += "{}";
      return;
    }
    *out += "{\n";
    for (size_t i = 0; i < object.size(); ++i) {
      Indent(out, indent + 1);
      *out += JsonQuote(object[i].first) + ": ";
      object[i].second.DumpTo(out, indent + 1);
      *out += i + 1 < object.size() ? ",\n" : "\n";
    }
    Indent(out, indent);
    *out += "}";
  }
}

std::string Json::Dump() const {
  std::string out;
  DumpTo(&out, 0);
  return out + "\n";
}

}  // namespace rerate
