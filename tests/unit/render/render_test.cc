#include <catch2/catch.hpp>

#include "render/markdown.h"
#include "rerate/render.h"

namespace rerate {
namespace {

// Regression: a '|' in a standard's name broke the Markdown tables (found in review).
TEST_CASE("a Markdown row escapes what would break the table", "[report]") {
  CHECK(MarkdownRow({"2.2 Assess | pipe", "Good", ""}) == "| 2.2 Assess \\| pipe | Good | |");
  CHECK(MarkdownRow({"two\nlines"}) == "| two lines |");
  CHECK(MarkdownRow({}) == "|");
}

TEST_CASE("formats are table, markdown or json", "[report]") {
  CHECK(ParseFormat("json").value() == Format::kJson);
  CHECK(ParseFormat("markdown").value() == Format::kMarkdown);
  REQUIRE_FALSE(ParseFormat("jsn").ok());
  CHECK(ParseFormat("jsn").error().message == "unknown format \"jsn\"; did you mean json? (expected table, markdown or json)");
}

}  // namespace
}  // namespace rerate
