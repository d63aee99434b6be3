#include "model/rule_text.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

// The rules file's text with every description: taken out (a folded one
// with its lines).
std::string WithoutDescriptions(const std::string& yaml) {
  std::string out;
  size_t skip_deeper_than = std::string::npos;  // the indentation of a description being skipped
  for (size_t start = 0; start < yaml.size();) {
    const size_t end = std::min(yaml.find('\n', start), yaml.size());
    const std::string line = yaml.substr(start, end - start);
    start = end + 1;
    const size_t indent = line.find_first_not_of(' ');
    if (skip_deeper_than != std::string::npos && indent != std::string::npos && indent > skip_deeper_than) continue;
    skip_deeper_than = std::string::npos;
    if (indent != std::string::npos && line.compare(indent, 12, "description:") == 0) {
      skip_deeper_than = indent;
      continue;
    }
    out += line + "\n";
  }
  return out;
}

TEST_CASE("every rule is described: in its rules file's words, else from the file's numbers", "[model][rules]") {
  const auto rules = testing::Rules2021();
  const auto described = RuleDescriptions(*rules);
  CHECK(described.size() == rules->Rules().size());
  for (const auto& [id, text] : described) CHECK_FALSE(text.empty());
  CHECK(RuleDescription(*rules, "court-work-caps-leadership") ==
        "Inadequate court work rules out Good or Outstanding for leadership.");
  CHECK(RuleDescription(*rules, "no-such-rule").empty());

  Result<std::shared_ptr<const Methodology>> bare =
      testing::RulesFromText(WithoutDescriptions(testing::ReadSource("rules/hmip-pdu-2021.yaml")));
  REQUIRE(bare.ok());
  CHECK(RuleDescription(**bare, "kq-bands") ==
        "A key question's share of yes answers gives its band, decided on the exact fraction: Inadequate below 50%, "
        "Requires improvement 50% to below 65%, Good 65% to below 80% and Outstanding 80% or more.");
  CHECK(RuleDescription(**bare, "professional-discretion") ==
        "Inspectors may rate a case standard up to 1 band away from the band of its lowest key question, recording why.");
  CHECK(RuleDescription(**bare, "overall-from-score").find("out of 24: 0 to 4 Inadequate") != std::string::npos);
  Result<std::shared_ptr<const Methodology>> moved = testing::RulesFromText(
      WithoutDescriptions(testing::ReadSource("examples/hmip-pdu-2021-ri-from-55.yaml")), "moved.yaml");
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

TEST_CASE("a rule's description comes from its rules file", "[rule_text]") {
  const Methodology& m = *testing::Rules2021();
  CHECK(RuleDescription(m, "court-work-caps-leadership") ==
        "Inadequate court work rules out Good or Outstanding for leadership.");
  CHECK(RuleDescription(m, "lowest-kq") == "A case standard takes the band of its lowest key question.");
  CHECK(RuleDescription(m, "no-such-rule").empty());
  // A description is optional: without one, the engine's words for the rule.
  std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  rules = testing::Edit(rules, "  description: A case standard takes the band of its lowest key question.\n", "");
  Result<std::shared_ptr<const Methodology>> without = testing::RulesFromText(rules);
  REQUIRE(without.ok());
  CHECK(RuleDescription(**without, "lowest-kq") == "A case standard is rated the band of its lowest key question.");
}

}  // namespace
}  // namespace rerate
