#include "load/case_headers.h"

#include <cctype>
#include <string>

namespace rerate {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimmedView(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// Whether `text` starts with `prefix`, ASCII letters in any case.
bool StartsWithWord(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool NamesCaseColumn(std::string_view header) {
  header = TrimmedView(header);
  if (!StartsWithWord(header, "case")) return false;
  std::string_view rest = header.substr(4);
  if (rest.empty()) return true;
  if (rest.front() == ' ' || rest.front() == '_' || rest.front() == '-') rest.remove_prefix(1);
  return rest.size() == 2 && StartsWithWord(rest, "id");
}

std::string_view HeaderId(std::string_view header) {
  header = TrimmedView(header);
  for (std::string_view prefix : {"key question", "kq", "q"}) {
    if (!StartsWithWord(header, prefix)) continue;
    std::string_view rest = header.substr(prefix.size());
    while (!rest.empty() && (IsSpace(rest.front()) || rest.front() == '.' || rest.front() == ':')) rest.remove_prefix(1);
    if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front()))) header = rest;
    break;
  }
  if (header.empty() || !std::isdigit(static_cast<unsigned char>(header.front()))) return {};
  size_t end = 0;
  while (end < header.size() && !IsSpace(header[end]) && header[end] != ':') ++end;
  return header.substr(0, end);
}

}  // namespace rerate
