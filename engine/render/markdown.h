// Markdown for every command's --format markdown.
#pragma once

#include <string>
#include <vector>

namespace rerate {

// "| a | b |": a Markdown table row, each cell's '|' escaped and line ends
// made spaces, so that a name can never break the table.
std::string MarkdownRow(const std::vector<std::string>& cells);

}  // namespace rerate
