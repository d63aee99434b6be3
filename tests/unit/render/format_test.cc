#include <catch2/catch.hpp>

#include "rerate/format.h"

namespace rerate {
namespace {

TEST_CASE("formats are table, markdown or json", "[render][format]") {
  CHECK(ParseFormat("table").value() == Format::kTable);
  CHECK(ParseFormat("json").value() == Format::kJson);
  CHECK(ParseFormat("markdown").value() == Format::kMarkdown);
  REQUIRE_FALSE(ParseFormat("jsn").ok());
  CHECK(ParseFormat("jsn").error().message == "unknown format \"jsn\"; did you mean json? (expected table, markdown or json)");
}

}  // namespace
}  // namespace rerate
