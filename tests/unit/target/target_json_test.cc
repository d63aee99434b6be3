#include "target/target_json.h"

#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("target json carries reachable, changes and the plan per key question", "[render][target][json]") {
  RulesLibrary library({testing::SourcePath("rules")});
  Result<Evidence> evidence = LoadEvidence(testing::SourcePath("cases/blackburn-with-darwen-2023.yaml"), library, "");
  REQUIRE(evidence.ok());
  const Evaluation now = Evaluate(*evidence);
  Result<TargetResult> good = FindTarget(*evidence, *ParseTarget(now, "Good", {}));
  REQUIRE(good.ok());
  const std::vector<StandardMargin> margins = Margins(now);
  TargetOutput report;
  report.result = &*good;
  report.now = &now;
  report.margins = &margins;
  const std::string json = TargetJson(report).Dump();
  CHECK(json.find("\"reachable\": true,\n  \"needs_counts\": false,\n  \"changes\": 4,\n  \"plan\": [\n    {\n      \"key_question\": \"2.1.1\",\n"
                  "      \"standard\": \"2.1\",\n      \"yes\": 4,\n      \"relevant\": 9,\n      \"to_yes\": 4,\n"
                  "      \"yes_after\": 8,\n      \"percent_after\": 89,\n      \"band_after\": \"Outstanding\",") !=
        std::string::npos);
  CHECK(json.find("\"unreachable\": null") != std::string::npos);
  CHECK(json.find("\"margin\": [") != std::string::npos);
  CHECK(json.find("\"fragile\": true") != std::string::npos);

  Result<TargetResult> top = FindTarget(*evidence, *ParseTarget(now, "Outstanding", {}));
  REQUIRE(top.ok());
  report.result = &*top;
  report.margins = nullptr;
  const std::string unreachable = TargetJson(report).Dump();
  CHECK(unreachable.find("\"reachable\": false,\n  \"needs_counts\": false,\n  \"changes\": null,\n  \"plan\": [],") != std::string::npos);
  CHECK(unreachable.find("\"judgement_options\": [\n      {\n        \"ratings\": [\n          {\n            "
                         "\"standard\": \"1.3\",") != std::string::npos);
  CHECK(unreachable.find("\"margin\"") == std::string::npos);
}

TEST_CASE("target json without a target: margins only", "[render][target][json]") {
  RulesLibrary library({testing::SourcePath("rules")});
  Result<Evidence> evidence = LoadEvidence(testing::SourcePath("cases/east-berkshire-2023.yaml"), library, "");
  REQUIRE(evidence.ok());
  const Evaluation now = Evaluate(*evidence);
  Result<std::vector<PivotalAnswer>> pivotal = PivotalAnswers(*evidence);
  REQUIRE(pivotal.ok());
  TargetOutput report;
  report.now = &now;
  report.pivotal = &*pivotal;
  const std::string json = TargetJson(report).Dump();
  CHECK(json.find("\"target\": null,\n  \"reached_now\": null,\n  \"reachable\": null,\n  \"needs_counts\": null,\n  \"changes\": null,\n  "
                  "\"plan\": []") != std::string::npos);
  CHECK(json.find("\"pivotal\": [") != std::string::npos);
}

}  // namespace
}  // namespace rerate
