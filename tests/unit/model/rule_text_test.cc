#include "model/rule_text.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("every rule is described, from the numbers of its own file", "[model][rules]") {
  const auto rules = testing::Rules2021();
  const auto described = RuleDescriptions(*rules);
  CHECK(described.size() == rules->Rules().size());
  for (const auto& [id, text] : described) CHECK_FALSE(text.empty());
  CHECK(RuleDescription(*rules, "kq-bands") ==
        "A key question's share of yes answers gives its band, decided on the exact fraction: Inadequate below 50%, "
        "Requires improvement 50% to below 65%, Good 65% to below 80% and Outstanding 80% or more.");
  CHECK(RuleDescription(*rules, "professional-discretion") ==
        "Inspectors may rate a case standard up to 1 band away from the band of its lowest key question, recording why.");
  CHECK(RuleDescription(*rules, "court-work-caps-leadership") ==
        "Inadequate court work rules out Good or Outstanding for leadership.");
  CHECK(RuleDescription(*rules, "overall-from-score").find("out of 24: 0 to 4 Inadequate") != std::string::npos);
  CHECK(RuleDescription(*rules, "no-such-rule").empty());
  Result<std::shared_ptr<const Methodology>> moved = LoadRules(testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml"));
  REQUIRE(moved.ok());
  CHECK(RuleDescription(**moved, "kq-bands").find("Requires improvement 55% to below 65%") != std::string::npos);
}

TEST_CASE("a limit or guidance without a description is described by its condition", "[model][rules]") {
  std::string yaml = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  yaml = testing::Edit(yaml, "    description: Inadequate court work rules out Good or Outstanding for leadership.\n", "");
  Result<std::shared_ptr<const Methodology>> rules = testing::RulesFromText(yaml);
  REQUIRE(rules.ok());
  CHECK(RuleDescription(**rules, "court-work-caps-leadership") ==
        "When 2.1 Court work is Inadequate, 1.1 Leadership is rated at most Requires improvement.");
}

}  // namespace
}  // namespace rerate
