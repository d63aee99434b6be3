#include <algorithm>
#include <catch2/catch.hpp>

#include "rerate/conformance.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Edit;

std::vector<std::string> Descriptions(const std::vector<Obligation>& obligations, const std::string& rule) {
  std::vector<std::string> found;
  for (const Obligation& obligation : obligations) {
    if (obligation.rule == rule) found.push_back(obligation.description);
  }
  return found;
}

bool Has(const std::vector<std::string>& items, const std::string& text) {
  return std::any_of(items.begin(), items.end(), [&](const std::string& item) { return item.find(text) != std::string::npos; });
}

TEST_CASE("hmip-pdu-2021 has an obligation for every behaviour of every rule", "[conformance][coverage]") {
  const std::vector<Obligation> obligations = ObligationsOf(*testing::Rules2021());
  CHECK(obligations.size() == 44);
  CHECK(Descriptions(obligations, "rating-points").size() == 5);
  const auto bands = Descriptions(obligations, "kq-bands");
  REQUIRE(bands.size() == 6);
  CHECK(bands[0] == "a key question exactly on 50% (Requires improvement), its band expected");
  CHECK(bands[1] == "a key question just below 50% (Inadequate; one more yes would reach it), its band expected");
  CHECK(Has(Descriptions(obligations, "lowest-kq"), "2.1 Court work rated from its key question"));
  CHECK(Has(Descriptions(obligations, "lowest-kq"), "2.5 Reviewing rated from key questions in two or more bands"));
  CHECK_FALSE(Has(Descriptions(obligations, "lowest-kq"), "2.6"));  // reported only
  CHECK(Descriptions(obligations, "court-work-caps-leadership").size() == 3);
  CHECK(Descriptions(obligations, "services-follow-delivery").size() == 4);
  const auto overall = Descriptions(obligations, "overall-from-score");
  REQUIRE(overall.size() == 12);
  CHECK(overall[0].rfind("score 4/27: Inadequate (the top of its band)", 0) == 0);
  CHECK(overall[11].rfind("score 21/24: Outstanding (the bottom of its band)", 0) == 0);
  CHECK(obligations.front().where.line > 0);
}

TEST_CASE("obligations follow the rules' data", "[conformance][coverage]") {
  const std::string base = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  auto rules = testing::RulesFromText(Edit(base, "decide_on: exact fraction", "decide_on: printed percentage"));
  REQUIRE(rules.ok());
  CHECK(Has(Descriptions(ObligationsOf(**rules), "kq-bands"), "printed at the first whole percentage at or above 65%"));

  rules = testing::RulesFromText(Edit(base, "max_bands: 1", "max_bands: 0"));
  REQUIRE(rules.ok());
  const auto none_allowed = Descriptions(ObligationsOf(**rules), "professional-discretion");
  REQUIRE(none_allowed.size() == 1);
  CHECK(none_allowed[0].find("moving a case standard 1 band (one more than allowed)") != std::string::npos);

  rules = testing::RulesFromText(Edit(base, "max_bands: 1", "max_bands: 3"));
  REQUIRE(rules.ok());
  const auto any_allowed = Descriptions(ObligationsOf(**rules), "professional-discretion");
  REQUIRE(any_allowed.size() == 1);
  CHECK(any_allowed[0].find("3 bands (the most allowed)") != std::string::npos);
}

TestOutcome Run(const std::string& name, const std::string& text) {
  RulesLibrary library({testing::SourcePath("rules")});
  return RunTest(testing::WriteScratch("coverage/" + name, text), library, {});
}

const Obligation& Find(const RulesCoverage& coverage, const std::string& description) {
  for (const Obligation& obligation : coverage.obligations) {
    if (obligation.description.find(description) != std::string::npos) return obligation;
  }
  FAIL("no obligation " << description);
  return coverage.obligations.front();
}

const std::string kGood = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";

TEST_CASE("a behaviour counts only when the test expects what it decides", "[conformance][coverage]") {
  const std::string edge = "  \"2.2.1\": {yes: 10, relevant: 20}\n";
  std::vector<TestOutcome> outcomes;
  outcomes.push_back(Run("unchecked.yaml", testing::Inspection2021(kGood, edge) + "expect: {overall: Good}\n"));
  std::vector<RulesCoverage> coverage = ComputeCoverage(outcomes);
  REQUIRE(coverage.size() == 1);
  CHECK(Find(coverage[0], "exactly on 50%").covered_by.empty());
  CHECK(coverage[0].Uncovered() > 0);

  outcomes.push_back(Run("checked.yaml", testing::Inspection2021(kGood, edge) +
                                             "expect: {key_questions: {\"2.2.1\": Requires improvement}}\n"));
  coverage = ComputeCoverage(outcomes);
  CHECK(Find(coverage[0], "exactly on 50%").covered_by.find("checked.yaml") != std::string::npos);
  CHECK(Find(coverage[0], "just below 50%").covered_by.empty());
}

TEST_CASE("only passing tests count", "[conformance][coverage]") {
  std::vector<TestOutcome> outcomes;
  outcomes.push_back(Run("failing.yaml", testing::Inspection2021(kGood, "  \"2.2.1\": {yes: 10, relevant: 20}\n") +
                                             "expect: {key_questions: {\"2.2.1\": Good}}\n"));
  REQUIRE(outcomes[0].status == TestStatus::kFailed);
  const std::vector<RulesCoverage> coverage = ComputeCoverage(outcomes);
  REQUIRE(coverage.size() == 1);
  CHECK(coverage[0].Uncovered() == static_cast<int>(coverage[0].obligations.size()));
}

TEST_CASE("a limit is exercised when it fires and when it does not", "[conformance][coverage]") {
  const std::string court_inadequate = "  \"2.1.1\": {yes: 4, relevant: 9}\n";
  std::vector<TestOutcome> outcomes;
  // Leadership already within the cap: the cap applies but decides nothing observable.
  outcomes.push_back(Run("within.yaml", testing::Inspection2021("  \"1.1\": Requires improvement\n  \"1.2\": Good\n"
                                                                "  \"1.3\": Good\n  \"1.4\": Good\n",
                                                                court_inadequate) +
                                            "expect: {standards: {\"1.1\": Requires improvement}}\n"));
  std::vector<RulesCoverage> coverage = ComputeCoverage(outcomes);
  CHECK(Find(coverage[0], "fires when 2.1 is Inadequate").covered_by.empty());
  CHECK(Find(coverage[0], "does not fire when 2.1 is rated other than").covered_by.empty());

  outcomes.push_back(Run("fires.yaml", testing::Inspection2021(kGood, court_inadequate) +
                                           "expect: {standards: {\"1.1\": Requires improvement}}\n"));
  outcomes.push_back(Run("quiet.yaml", testing::Inspection2021(kGood, "") + "expect: {standards: {\"1.1\": Good}}\n"));
  coverage = ComputeCoverage(outcomes);
  CHECK(Find(coverage[0], "fires when 2.1 is Inadequate").covered_by.find("fires.yaml") != std::string::npos);
  CHECK(Find(coverage[0], "does not fire when 2.1 is rated other than").covered_by.find("quiet.yaml") !=
        std::string::npos);
  CHECK(Find(coverage[0], "does not fire when 2.1 is Not rated").covered_by.empty());
}

TEST_CASE("a coverage threshold is a percentage with at most two decimals", "[conformance][coverage]") {
  CHECK(ParseCoverageThreshold("80").value() == 8000);
  CHECK(ParseCoverageThreshold("87.5").value() == 8750);
  CHECK(ParseCoverageThreshold("97.72").value() == 9772);
  CHECK(ParseCoverageThreshold("0").value() == 0);
  CHECK(ParseCoverageThreshold("100").value() == kEveryBehaviour);
  for (const char* bad : {"", "100.01", "101", "-5", "80%", "8e1", "1.", ".5", "87.555", "1000"}) {
    INFO(bad);
    CHECK_FALSE(ParseCoverageThreshold(bad).ok());
  }
  CHECK(ParseCoverageThreshold("80%").error().message ==
        "--threshold 80%: expected a percentage from 0 to 100, at most two decimals (80, 87.5)");
}

TEST_CASE("a threshold is met exactly, never by rounding", "[conformance][coverage]") {
  RulesCoverage coverage{testing::Rules2021(), {}, kEveryBehaviour};
  for (int i = 0; i < 3; ++i) coverage.obligations.push_back(Obligation{"r", {}, "b", i < 2 ? "t.yaml" : ""});
  CHECK_FALSE(coverage.Met());  // 2 of 3
  coverage.threshold = 6667;    // 66.67% > 2/3
  CHECK_FALSE(coverage.Met());
  coverage.threshold = 6666;
  CHECK(coverage.Met());
  coverage.obligations.clear();
  coverage.threshold = kEveryBehaviour;
  CHECK(coverage.Met());  // nothing to exercise
}

TEST_CASE("a regional rules file has an obligation per pool and PDU methodology", "[conformance][coverage][region]") {
  auto regional = LoadRules(testing::SourcePath("rules/hmip-region-2023.yaml"));
  REQUIRE(regional.ok());
  const std::vector<Obligation> obligations = ObligationsOf(**regional);
  const auto count = [&](const std::string& rule) {
    return std::count_if(obligations.begin(), obligations.end(), [&](const Obligation& o) { return o.rule == rule; });
  };
  CHECK(count("desistance-assessment") == 2);  // hmip-pdu-2021 and hmip-pdu-2023
  CHECK(count("court-work") == 1);             // hmip-pdu-2021 only
  CHECK(count("pooled-from-pdus") == 1);
  CHECK(Has(Descriptions(obligations, "resettlement-engagement"),
            "pooled counts of 2.3.1 (cases whose sentence is licence) from two or more hmip-pdu-2023 PDUs into 2.3.1, its "
            "band expected"));
  // A PDU methodology has none.
  for (const Obligation& o : ObligationsOf(*testing::Rules2021())) CHECK(o.description.find("PDUs into") == std::string::npos);
}

TEST_CASE("a pool is exercised by a passing region test pooling two or more PDUs", "[conformance][coverage][region]") {
  RulesLibrary library({testing::SourcePath("rules")});
  const TestOutcome westmarch =
      RunTest(testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml"), library, {});
  REQUIRE(westmarch.status == TestStatus::kPassed);
  const std::vector<RulesCoverage> coverage = ComputeCoverage({westmarch});
  REQUIRE(coverage.size() == 1);
  CHECK(Find(coverage[0], "pooled counts of 2.1.1 from two or more hmip-pdu-2021 PDUs into 2.4.1")
            .covered_by.find("westmarch-2024.yaml") != std::string::npos);
  CHECK(Find(coverage[0], "pooled counts of 2.1.2 from two or more hmip-pdu-2023 PDUs into 2.1.1").covered_by.empty());
}

TEST_CASE("the shipped suite exercises every rule of the shipped rules files", "[conformance][coverage]") {
  Result<std::vector<std::string>> files =
      FindTests({testing::SourcePath("tests/conformance"), testing::SourcePath("cases")});
  REQUIRE(files.ok());
  RulesLibrary library;
  const std::vector<RulesCoverage> coverage = ComputeCoverage(RunTests(*files, library, {}).outcomes);
  REQUIRE(coverage.size() == 3);  // hmip-pdu-2021, hmip-pdu-2023 and hmip-region-2023
  for (const RulesCoverage& rules : coverage) {
    for (const Obligation& obligation : rules.obligations) {
      INFO(rules.methodology->name << ": " << obligation.rule << ": " << obligation.description);
      CHECK_FALSE(obligation.covered_by.empty());
    }
  }
}

}  // namespace
}  // namespace rerate
