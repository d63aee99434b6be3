#include "render/markdown.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

// Regression: a '|' in a standard's name broke the Markdown tables (found in review).
TEST_CASE("a Markdown row escapes what would break the table", "[render][markdown]") {
  CHECK(MarkdownRow({"2.2 Assess | pipe", "Good", ""}) == "| 2.2 Assess \\| pipe | Good | |");
  CHECK(MarkdownRow({"two\nlines"}) == "| two lines |");
  CHECK(MarkdownRow({}) == "|");
}

}  // namespace
}  // namespace rerate
