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

namespace rerate {
namespace {

std::string RegionalError(const std::string& from, const std::string& to) {
  auto rules = testing::RulesFromText(testing::Edit(testing::ReadSource("rules/hmip-region-2023.yaml"), from, to),
                                      "bad-regional.yaml");
  REQUIRE_FALSE(rules.ok());
  return rules.error().ToString();
}

TEST_CASE("a regional rules file's pools are read", "[rules][region]") {
  auto rules = testing::RulesFromText(testing::ReadSource("rules/hmip-region-2023.yaml"), "regional.yaml");
  REQUIRE(rules.ok());
  const Methodology& m = **rules;
  CHECK(m.IsRegional());
  CHECK_FALSE(testing::Rules2021()->IsRegional());
  CHECK(m.pooling.rule.id == "pooled-from-pdus");
  CHECK(m.pooling.method == PoolMethod::kPooledCounts);
  REQUIRE(m.pooling.pools.size() == 12);
  const Pool& resettlement = m.pooling.pools[8];
  CHECK(resettlement.rule.id == "resettlement-engagement");
  CHECK(m.key_questions[resettlement.key_question].id == "2.3.1");
  REQUIRE(resettlement.cases.has_value());
  CHECK(resettlement.cases->attribute == "sentence");
  CHECK(resettlement.cases->value == "licence");
  REQUIRE(resettlement.from.size() == 2);
  CHECK(resettlement.For("hmip-pdu-2023")->key_questions[0].id == "2.3.1");
  CHECK(resettlement.For("hmip-pdu-2019") == nullptr);
  CHECK(m.PoolFor(resettlement.key_question) == &resettlement);
  CHECK(m.PoolFor(m.FindKeyQuestion("2.5.1")) == nullptr);
  CHECK(m.pooling.pools.back().For("hmip-pdu-2023") == nullptr);  // court work
  for (const RuleInfo* rule : m.Rules()) {
    if (!rule->id.empty()) CHECK(rule->provenance.basis == "default");  // no breakdowns: section, no id
  }
  CHECK(std::string(PoolMethodName(PoolMethod::kMeanOfPercentages)) == "mean of percentages");
}

TEST_CASE("a pool is read strictly", "[rules][region]") {
  CHECK(RegionalError("  method: pooled counts\n", "  method: pooled count\n")
            .find("expected method: pooled counts (yes and relevant summed over the PDUs' cases) or mean of percentages "
                  "(the mean of each PDU's yes/relevant), found \"pooled count\"; did you mean pooled counts?") !=
        std::string::npos);
  CHECK(RegionalError("      key_question: \"2.1.1\"\n", "      key_question: \"2.1.7\"\n")
            .find("no key question \"2.1.7\" in this rules file; did you mean 2.1.1?") != std::string::npos);
  CHECK(RegionalError("      key_question: \"2.1.1\"\n", "      key_questoin: \"2.1.1\"\n")
            .find("unknown key \"key_questoin\" in a pool; did you mean key_question?") != std::string::npos);
  CHECK(RegionalError("        hmip-pdu-2021: [\"2.2.2\"]\n", "        hmip-pdu-2021: []\n")
            .find("list the hmip-pdu-2021 key questions the pool reads") != std::string::npos);
  CHECK(RegionalError("        hmip-pdu-2021: [\"2.2.2\"]\n", "        hmip-pdu-2021: [\"2.2.2\", \"2.2.2\"]\n")
            .find("key question 2.2.2 is listed twice for hmip-pdu-2021") != std::string::npos);
  CHECK(RegionalError("      cases: {sentence: licence}\n", "      cases: {sentence: licence, grade: PO}\n")
            .find("cases: names one attribute and the value of the cases to pool") != std::string::npos);
  CHECK(RegionalError("  pools:\n", "  pools: []\n  unused:\n").find("unknown key \"unused\"") != std::string::npos);
}

}  // namespace
}  // namespace rerate
