#include "base/json.h"

#include <catch2/catch.hpp>
#include <limits>

namespace rerate {
namespace {

TEST_CASE("JSON text is escaped", "[json]") {
  CHECK(JsonQuote("plain") == "\"plain\"");
  CHECK(JsonQuote("say \"hi\"\\\n\t") == "\"say \\\"hi\\\"\\\\\\n\\t\"");
  CHECK(JsonQuote(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(JsonQuote("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
  // Regression: bytes that are not UTF-8 made the output invalid JSON (found in review).
  CHECK(JsonQuote("a\xFF" "b\xC3") == "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\"");
}

TEST_CASE("JSON values print indented, keys in the order set", "[json]") {
  Json value = Json::MakeObject()
                   .Set("b", 1)
                   .Set("a", Json::MakeArray().Push(true).Push(nullptr))
                   .Set("empty", Json::MakeObject())
                   .Set("none", Json::MakeArray());
  CHECK(value.Dump() ==
        "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"empty\": {},\n  \"none\": []\n}\n");
}

TEST_CASE("JSON decimals: at most the places asked, no trailing zeros", "[json]") {
  CHECK(Json::Decimal(0.25, 6).Dump() == "0.25\n");
  CHECK(Json::Decimal(1.0, 6).Dump() == "1\n");
  CHECK(Json::Decimal(0.0, 6).Dump() == "0\n");
  CHECK(Json::Decimal(-0.0000001, 6).Dump() == "0\n");
  CHECK(Json::Decimal(2.0 / 3.0, 6).Dump() == "0.666667\n");
  CHECK(Json::Decimal(0.30849710781876083, 4).Dump() == "0.3085\n");
  CHECK(Json::Decimal(std::numeric_limits<double>::infinity(), 6).Dump() == "null\n");
}

}  // namespace
}  // namespace rerate
