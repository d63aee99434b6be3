#include "base/text.h"

#include <algorithm>
#include <cctype>

namespace rerate {

std::string OutOf(std::int64_t count, std::int64_t total) {
  return std::to_string(count) + "/" + std::to_string(total);
}

std::string Plural(std::int64_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::string Plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + Agree(n, one, many);
}

const char* Agree(std::int64_t n, const char* one, const char* many) { return n == 1 ? one : many; }

namespace {

std::string List(const std::vector<std::string>& items, const char* last_joint) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += (i + 1 == items.size()) ? last_joint : ", ";
    text += items[i];
  }
  return text;
}

}  // namespace

std::string AllOf(const std::vector<std::string>& items) { return List(items, " and "); }

std::string OneOf(const std::vector<std::string>& items) { return List(items, " or "); }

std::string Trim(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const size_t last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::string TrimEnd(std::string_view text) {
  const size_t end = text.find_last_not_of(' ');
  return end == std::string_view::npos ? "" : std::string(text.substr(0, end + 1));
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string ShellWord(const std::string& text) {
  if (!text.empty() && text.find_first_of(" \t'\"$`\\;&|<>()*?!#~{}[]") == std::string::npos) return text;
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::vector<std::string> WrapWords(std::string_view text, size_t width) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  std::vector<std::string> lines;
  std::string line;
  size_t at = 0;
  while (true) {
    while (at < text.size() && blank(text[at])) ++at;
    if (at == text.size()) break;
    const size_t start = at;
    while (at < text.size() && !blank(text[at])) ++at;
    const std::string_view word = text.substr(start, at - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line.append(word);
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace rerate
