#include <catch2/catch.hpp>

#include "rerate/render.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("one inspection renders alone; several end with a summary row each", "[render]") {
  const Evaluation blackburn = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  const Evaluation berkshire = Evaluate(testing::LoadSeed("east-berkshire-2023"));
  const std::vector<RateOutput> both = {{&blackburn, nullptr, nullptr}, {&berkshire, nullptr, nullptr}};

  const std::string one = RenderRate(both.front(), Format::kJson);
  CHECK(one.rfind("{\n  \"inspection\": \"Blackburn with Darwen PDU\",", 0) == 0);
  CHECK(one.find("\"summary\"") == std::string::npos);

  const std::string many = RenderRateMany(both, Format::kJson);
  CHECK(many.rfind("{\n  \"results\": [\n", 0) == 0);
  const size_t summary = many.find("\"summary\": [");
  REQUIRE(summary != std::string::npos);
  CHECK(many.find("\"score\": {\n        \"points\": 10,\n        \"max\": 27\n      },\n      \"overall\": \"Requires improvement\"",
                  summary) != std::string::npos);

  const std::string text = RenderRateMany(both, Format::kTable);
  CHECK(text.find(RenderRate(both.front(), Format::kTable)) == 0);
  CHECK(text.find("Blackburn with Darwen PDU", text.rfind("\n\n")) != std::string::npos);
}

}  // namespace
}  // namespace rerate
