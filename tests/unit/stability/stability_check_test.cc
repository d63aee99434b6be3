// check --stability: check's report, then how often resampling gives each
// published rating.
#include <catch2/catch.hpp>

#include "rerate/check.h"
#include "rerate/stability.h"
#include "test_support.h"

namespace rerate {
namespace {

struct Both {
  std::vector<CheckResult> checks;
  std::vector<Result<StabilityResult>> stability;
};

Both Load(const std::vector<std::string>& stems) {
  Both both;
  RulesLibrary rules;
  StabilityOptions options;
  options.resamples = 2000;
  for (const std::string& stem : stems) {
    const std::string path = testing::SourcePath("cases/" + stem + ".yaml");
    Result<CheckResult> check = CheckFile(path, rules, "");
    REQUIRE(check.ok());
    both.checks.push_back(*check);
    both.stability.push_back(StabilityFile(path, rules, "", options));
  }
  return both;
}

TEST_CASE("check --stability adds the share of each published rating", "[stability][check]") {
  const Both both = Load({"blackburn-with-darwen-2023"});
  const std::string text = RenderCheckStability(both.checks, both.stability, Format::kText, true);
  CHECK_THAT(text, Catch::StartsWith(RenderCheck(both.checks[0], Format::kText)));
  CHECK_THAT(text, Catch::Contains("How often resampling gives each published rating\n  method: case bootstrap: 2000"));
  CHECK_THAT(text, Catch::Contains("  1.2 Staff                            Good                    100%\n"));
  CHECK_THAT(text, Catch::Contains("given by fewer than half the resamples: "));
  CHECK_THAT(text, Catch::Contains("2.2 Assessment (Requires improvement, "));
  const std::string json = RenderCheckStability(both.checks, both.stability, Format::kJson, true);
  CHECK_THAT(json, Catch::Contains("\"stability\": {\n    \"error\": null,\n    \"method\": \"cases\""));
  CHECK_THAT(json, Catch::Contains("\"subject\": \"overall\""));
  CHECK_THAT(json, Catch::Contains("\"fragile\": true"));
}

TEST_CASE("check --stability over several files keeps check's summary", "[stability][check]") {
  Both both = Load({"blackburn-with-darwen-2023", "east-berkshire-2023-percentages"});
  both.stability[1] = Error{{"x.yaml", 3, 4}, "cannot"};
  const std::string text = RenderCheckStability(both.checks, both.stability, Format::kMarkdown, false);
  CHECK_THAT(text, Catch::Contains("### How often resampling gives each published rating\n\n- not computed: x.yaml:3:4: cannot"));
  CHECK_THAT(text, Catch::EndsWith(RenderCheckMany(both.checks, Format::kMarkdown).substr(
                       RenderCheckMany(both.checks, Format::kMarkdown).find("## Summary"))));
  const std::string json = RenderCheckStability(both.checks, both.stability, Format::kJson, false);
  CHECK_THAT(json, Catch::Contains("\"error\": \"x.yaml:3:4: cannot\""));
  CHECK_THAT(json, Catch::Contains("\"summary\": ["));
}

}  // namespace
}  // namespace rerate
