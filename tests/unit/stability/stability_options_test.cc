#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "rerate/stability.h"

namespace rerate {
namespace {

TEST_CASE("Options are read strictly", "[stability]") {
  Result<StabilityOptions> defaults = ParseStabilityOptions("", "", "");
  REQUIRE(defaults.ok());
  CHECK(defaults->resamples == 10000);
  CHECK(defaults->seed == 1);
  CHECK(defaults->confidence.text == "0.95");
  CHECK(defaults->jobs == 0);
  Result<StabilityOptions> given = ParseStabilityOptions("500", "9223372036854775807", ".900");
  REQUIRE(given.ok());
  CHECK(given->resamples == 500);
  CHECK(given->seed == 9223372036854775807ULL);
  CHECK(given->confidence.text == "0.9");
  CHECK(given->confidence.level == 0.9);
  for (const auto& [resamples, seed, confidence, message] :
       std::vector<std::tuple<std::string, std::string, std::string, std::string>>{
           {"0", "", "", "--resamples: expected a whole number from 1 to 100000000, found \"0\""},
           {"100000001", "", "", "--resamples"},
           {"-5", "", "", "--resamples"},
           {"1e4", "", "", "--resamples"},
           {"", "9223372036854775808", "", "--seed: expected a whole number from 0 to 9223372036854775807"},
           {"", "-1", "", "--seed"},
           {"", "", "95", "--confidence: expected a decimal between 0 and 1 with at most 6 places, such as 0.95, found \"95\""},
           {"", "", "1.0", "--confidence"},
           {"", "", "0.0", "--confidence"},
           {"", "", "0.1234567", "--confidence"},
           {"", "", "0.95%", "--confidence"},
           {"", "", "", ""}}) {
    if (message.empty()) continue;
    Result<StabilityOptions> parsed = ParseStabilityOptions(resamples, seed, confidence);
    INFO(resamples << " " << seed << " " << confidence);
    REQUIRE_FALSE(parsed.ok());
    CHECK_THAT(parsed.error().message, Catch::StartsWith(message));
  }
}

}  // namespace
}  // namespace rerate
