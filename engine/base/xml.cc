#include "base/xml.h"

#include "base/utf8.h"

namespace rerate {

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t length = Utf8Length(text, i);
      if (length == 0) {
        out += kUtf8Replacement;
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': case '\n': case '\r': out += static_cast<char>(c); break;
      default: out += c < 0x20 ? std::string(kUtf8Replacement) : std::string(1, static_cast<char>(c));
    }
    ++i;
  }
  return out;
}

std::string XmlAttribute(const std::string& name, const std::string& value) {
  return " " + name + "=\"" + XmlEscape(value) + "\"";
}

std::string JunitCounts(int tests, int failures, int errors) {
  return XmlAttribute("tests", std::to_string(tests)) + XmlAttribute("failures", std::to_string(failures)) +
         XmlAttribute("errors", std::to_string(errors));
}

}  // namespace rerate
