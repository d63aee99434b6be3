#include "model/names.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("names read as the rules file writes them", "[names]") {
  const Methodology& m = *testing::Rules2021();
  CHECK(StandardLabel(m, m.FindStandard("2.1")) == "2.1 Court work");
  CHECK(RatingText(m, std::nullopt) == "Not rated");
  CHECK(RatingText(m, Rating{1}) == "Requires improvement");
}

TEST_CASE("a rule's description comes from its rules file", "[names]") {
  const Methodology& m = *testing::Rules2021();
  CHECK(RuleDescription(m, "court-work-caps-leadership") ==
        "Inadequate court work rules out Good or Outstanding for leadership.");
  CHECK(RuleDescription(m, "lowest-kq") == "A case standard takes the band of its lowest key question.");
  CHECK(RuleDescription(m, "no-such-rule").empty());
  // A description is optional.
  std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  rules = testing::Edit(rules, "  description: A case standard takes the band of its lowest key question.\n", "");
  Result<std::shared_ptr<const Methodology>> without = testing::RulesFromText(rules);
  REQUIRE(without.ok());
  CHECK(RuleDescription(**without, "lowest-kq").empty());
}

}  // namespace
}  // namespace rerate
