#include "base/utf8.h"

namespace rerate {

size_t Utf8Length(std::string_view text, size_t at) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  size_t length = 0;
  unsigned min = 0;
  unsigned value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, min = 0x80, value = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, min = 0x800, value = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, min = 0x10000, value = lead & 0x07u;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0u) != 0x80u) return 0;
    value = (value << 6) | (byte(at + i) & 0x3Fu);
  }
  const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
  const bool non_character = value == 0xFFFE || value == 0xFFFF;
  if (value < min || value > 0x10FFFF || surrogate || non_character) return 0;
  return length;
}

namespace {

void AppendUtf8(unsigned value, std::string* out) {
  if (value < 0x80) {
    out->push_back(static_cast<char>(value));
  } else if (value < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (value >> 6)));
    out->push_back(static_cast<char>(0x80 | (value & 0x3F)));
  } else if (value < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (value >> 12)));
    out->push_back(static_cast<char>(0x80 | ((value >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (value & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (value >> 18)));
    out->push_back(static_cast<char>(0x80 | ((value >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((value >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (value & 0x3F)));
  }
}

}  // namespace

bool Utf16ToUtf8(std::string_view bytes, bool little_endian, std::string* out, size_t* bad_at) {
  out->clear();
  out->reserve(bytes.size() / 2);
  const auto unit = [&](size_t at) {
    const unsigned a = static_cast<unsigned char>(bytes[at]);
    const unsigned b = static_cast<unsigned char>(bytes[at + 1]);
    return little_endian ? a | (b << 8) : (a << 8) | b;
  };
  size_t at = 0;
  for (; at + 1 < bytes.size(); at += 2) {
    unsigned value = unit(at);
    if (value >= 0xD800 && value <= 0xDBFF) {
      const unsigned low = at + 3 < bytes.size() ? unit(at + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF) break;
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
      at += 2;
    } else if (value >= 0xDC00 && value <= 0xDFFF) {
      break;
    }
    AppendUtf8(value, out);
  }
  if (at == bytes.size()) return true;
  *bad_at = at;
  return false;
}

}  // namespace rerate
