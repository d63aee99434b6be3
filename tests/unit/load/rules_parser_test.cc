#include "load/rules_parser.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

using testing::Edit;
using testing::RulesFromText;

const std::string& Base() {
  static const std::string text = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  return text;
}

std::string RulesError(const std::string& yaml) {
  auto rules = RulesFromText(yaml, "bad-rules.yaml");
  REQUIRE_FALSE(rules.ok());
  return rules.error().ToString();
}

TEST_CASE("the shipped rules files load", "[rules]") {
  auto rules2021 = testing::Rules2021();
  CHECK(rules2021->name == "hmip-pdu-2021");
  CHECK(rules2021->standards.size() == 10);
  CHECK(rules2021->key_questions.size() == 14);
  CHECK(rules2021->ReachableMaxima() == std::vector<int>{24, 27});
  auto rules2023 = testing::Rules2023();
  CHECK(rules2023->name == "hmip-pdu-2023");
  CHECK(rules2023->standards.size() == 7);
  CHECK(rules2023->ReachableMaxima() == std::vector<int>{21});
  CHECK(rules2023->limits.empty());
}

TEST_CASE("every rule carries an id and a provenance", "[rules]") {
  for (const RuleInfo* rule : testing::Rules2021()->Rules()) {
    CHECK_FALSE(rule->id.empty());
    CHECK((rule->provenance.basis == "seed" || rule->provenance.basis == "default"));
    CHECK_FALSE(rule->provenance.source.empty());
  }
  // The shipped files describe every rule, for the output to print beside its id.
  for (const auto& rules : {testing::Rules2021(), testing::Rules2023()}) {
    for (const RuleInfo* rule : rules->Rules()) {
      INFO(rules->name << ": " << rule->id);
      CHECK_FALSE(rule->description.empty());
    }
  }
  const std::string lowest = "  id: lowest-kq\n  description: A case standard takes the band of its lowest key question.\n";
  const std::string missing = RulesError(Edit(Base(), lowest + "  provenance:\n    basis: seed\n",
                                            lowest + "  provenance:\n    basis: sure\n"));
  CHECK(missing.find("expected basis: seed") != std::string::npos);
}

TEST_CASE("an unknown key is named with its place and the nearest valid key", "[rules]") {
  const std::string message = RulesError(Edit(Base(), "        may_be_not_rated: true", "        may_be_unrated: true"));
  CHECK(message.find("bad-rules.yaml:") != std::string::npos);
  CHECK(message.find("unknown key \"may_be_unrated\" in a standard; did you mean may_be_not_rated?") !=
        std::string::npos);
}

TEST_CASE("a wrong type is named with what was expected", "[rules]") {
  CHECK(RulesError(Edit(Base(), "  max_bands: 1", "  max_bands: [1]")).find("expected a value for max_bands, found a list") !=
        std::string::npos);
  CHECK(RulesError(Edit(Base(), "  reason_required: true", "  reason_required: sometimes"))
            .find("(true or false)") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "decide_on: exact fraction", "decide_on: exact"))
            .find("expected decide_on: exact fraction or printed percentage") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "printed_rounding: half up", "printed_rounding: up"))
            .find("expected printed_rounding: half up or half even") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "    - {rating: Good, from: 65, below: 80}", "    - {rating: Good, from: 65%, below: 80}"))
            .find("expected a percentage such as 65 or 62.5") != std::string::npos);
}

TEST_CASE("a condition takes exactly one of rating and rating_in", "[rules]") {
  CHECK(RulesError(Edit(Base(), "when: {standard: \"2.1\", rating: Inadequate}",
                       "when: {standard: \"2.1\", rating: Inadequate, rating_in: [Inadequate]}"))
            .find("needs exactly one of \"rating:\" or \"rating_in:\"") != std::string::npos);
}

TEST_CASE("a judgement standard takes no key questions; a cases one needs them", "[rules]") {
  CHECK(RulesError(Edit(Base(), "        name: Court work\n        basis: cases", "        name: Court work\n        basis: judgement"))
            .find("standard 2.1 is rated by judgement, so it takes no key_questions") != std::string::npos);
}

TEST_CASE("percentages parse exactly", "[rules]") {
  auto parse = [](const std::string& text) {
    const YamlDocument document = ParseYaml("p: " + text + "\n", "f");
    return ParsePercent("f", document.root().value(0), SourceLocation{"f", 1, 1});
  };
  CHECK(parse("65").numerator == 65);
  CHECK(parse("62.5").numerator == 625);
  CHECK(parse("62.5").denominator == 10);
  CHECK(parse("0").numerator == 0);
  CHECK_THROWS_AS(parse("100.5"), LoadError);
  CHECK_THROWS_AS(parse("-5"), LoadError);
  CHECK_THROWS_AS(parse("1.23456"), LoadError);
  CHECK_THROWS_AS(parse("6e1"), LoadError);
}

}  // namespace
}  // namespace rerate
