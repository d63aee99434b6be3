#include <catch2/catch.hpp>

#include "rerate/format.h"

namespace rerate {
namespace {

TEST_CASE("formats are text, markdown or json", "[render][format]") {
  CHECK(ParseFormat("text").value() == Format::kText);
  CHECK(ParseFormat("json").value() == Format::kJson);
  CHECK(ParseFormat("markdown").value() == Format::kMarkdown);
  REQUIRE_FALSE(ParseFormat("jsn").ok());
  CHECK(ParseFormat("jsn").error().message == "unknown format \"jsn\"; did you mean json? (expected text, markdown or json)");
}

// "table" was the plain format's name in rate, check, whatif and target; a
// script written then keeps working (issue 15 made "text" the one name).
TEST_CASE("the plain format's old name table still means text", "[render][format]") {
  CHECK(ParseFormat("table").value() == Format::kText);
}

}  // namespace
}  // namespace rerate
