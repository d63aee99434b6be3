#include "render/markdown.h"

namespace rerate {

std::string MarkdownRow(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& cell : cells) {
    std::string text;
    for (char c : cell) {
      if (c == '|') {
        text += "\\|";
      } else {
        text += (c == '\n' || c == '\r') ? ' ' : c;
      }
    }
    row += text.empty() ? " |" : " " + text + " |";
  }
  return row;
}

}  // namespace rerate
