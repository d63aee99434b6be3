// UTF-8 checks for text rerate writes into JSON and XML: input files may
// hold any bytes, and the documents rerate writes must stay well-formed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rerate {

// U+FFFD, written in place of bytes that are not UTF-8.
inline constexpr const char* kUtf8Replacement = "\xEF\xBF\xBD";

// The length of the valid UTF-8 sequence at text[at], or 0 when it is not
// one (overlong forms, surrogates and values past U+10FFFF included).
size_t Utf8Length(std::string_view text, size_t at);

// UTF-16 text (without its byte-order mark) as UTF-8 in `out`; false at a
// lone surrogate or an odd byte at the end, with `bad_at` its byte offset.
bool Utf16ToUtf8(std::string_view bytes, bool little_endian, std::string* out, size_t* bad_at);

}  // namespace rerate
