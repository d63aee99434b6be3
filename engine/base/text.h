// Small pieces of English and text that every layer writes: "k/n", plurals,
// lists, trimming, lower case, a shell word.  Each is written here once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rerate {

// "11/21": a count out of a total (yes/relevant, a score/max).
std::string OutOf(std::int64_t count, std::int64_t total);

// "1 answer", "3 answers": the number and the noun, with an s when it is not 1.
std::string Plural(std::int64_t n, std::string_view noun);
// "1 case", "2 cases" for nouns whose plural is not noun + "s": the number and
// the word that agrees with it.
std::string Plural(std::int64_t n, const char* one, const char* many);
// The word alone that agrees with n: "is" or "are", "has" or "have".
const char* Agree(std::int64_t n, const char* one, const char* many);

// "a, b and c": every one of them.
std::string AllOf(const std::vector<std::string>& items);
// "a, b or c": any one of them (for "expected one of ..." messages).
std::string OneOf(const std::vector<std::string>& items);

// Without the spaces and tabs at either end.
std::string Trim(std::string_view text);
// Without the spaces at the end (a line whose last column is empty).
std::string TrimEnd(std::string_view text);

// `text`'s words in lines of at most `width` columns (a longer word on a line
// of its own); none for text without words.
std::vector<std::string> WrapWords(std::string_view text, size_t width);

// A spreadsheet column's letters: 1 is A, 27 is AA, 16384 is XFD.
std::string ColumnLetters(int column);

// Lower-cases ASCII letters.
std::string Lower(std::string text);

// `text` as one word a POSIX shell reads back unchanged: as it is when it is
// safe, else in single quotes.
std::string ShellWord(const std::string& text);

}  // namespace rerate
