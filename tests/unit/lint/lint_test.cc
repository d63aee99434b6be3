#include <algorithm>
#include <catch2/catch.hpp>

#include "rerate/lint.h"
#include "test_support.h"

namespace rerate {
namespace {

using Edits = std::vector<std::pair<std::string, std::string>>;

LintReport Lint(const Edits& edits) {
  std::string text = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  for (const auto& [from, to] : edits) text = testing::Edit(text, from, to);
  return LintRules(testing::WriteScratch("lint-rules.yaml", text));
}

// The one finding of `check`, failing the test unless there is exactly one.
const LintFinding& Only(const LintReport& report, const std::string& check) {
  const auto count = std::count_if(report.findings.begin(), report.findings.end(),
                                   [&](const LintFinding& f) { return f.check == check; });
  INFO(check);
  for (const LintFinding& finding : report.findings) INFO(finding.check << ": " << finding.message);
  REQUIRE(count == 1);
  return *std::find_if(report.findings.begin(), report.findings.end(),
                       [&](const LintFinding& f) { return f.check == check; });
}

TEST_CASE("the shipped rules files are clean", "[lint]") {
  for (const char* file : {"rules/hmip-pdu-2021.yaml", "rules/hmip-pdu-2023.yaml", "examples/hmip-pdu-2021-ri-from-55.yaml"}) {
    const LintReport report = LintRules(testing::SourcePath(file));
    INFO(file);
    CHECK(report.findings.empty());
    CHECK(report.methodology != nullptr);
  }
}

// JUnit lists a testcase per check from LintChecks(): a check missing from it
// would leave its warnings out of that report.
TEST_CASE("LintChecks names every check lint makes, each once", "[lint]") {
  const LintReport report = LintRules(testing::SourcePath("tests/e2e/regression/lint-warnings.yaml"));
  const std::vector<std::string>& checks = LintChecks();
  std::vector<std::string> seen;
  for (const LintFinding& finding : report.findings) {
    INFO(finding.check);
    CHECK(std::find(checks.begin(), checks.end(), finding.check) != checks.end());
    seen.push_back(finding.check);
  }
  for (const std::string& check : checks) {
    INFO(check << " (the fixture triggers every check)");
    CHECK(std::count(checks.begin(), checks.end(), check) == 1);
    CHECK(std::find(seen.begin(), seen.end(), check) != seen.end());
  }
}

TEST_CASE("whatever the loader rejects is an error", "[lint]") {
  const LintReport report = Lint({{"max_bands: 1", "max_band: 1"}});
  REQUIRE(report.findings.size() == 1);
  CHECK(report.Errors() == 1);
  CHECK(report.findings[0].check == "load");
  CHECK(report.findings[0].where.line == 85);
  CHECK(report.findings[0].message.find("unknown key \"max_band\"") != std::string::npos);
  CHECK(report.methodology == nullptr);
  CHECK(LintRules(testing::SourcePath("no-such-rules.yaml")).findings[0].message == "cannot open file: No such file or directory");
}

TEST_CASE("key-question bands where more yes answers give a lower rating", "[lint]") {
  const LintReport report = Lint({{"{rating: Good, from: 65, below: 80}", "{rating: Inadequate, from: 65, below: 80}"},
                                  {"{rating: Inadequate, from: 0, below: 50}", "{rating: Good, from: 0, below: 50}"}});
  const auto count = std::count_if(report.findings.begin(), report.findings.end(),
                                   [](const LintFinding& f) { return f.check == "kq-bands-not-monotonic"; });
  CHECK(count == 2);  // 50% (Good to Requires improvement) and 65% (to Inadequate)
  CHECK(report.Errors() == 0);
  const LintFinding& first = report.findings[0];
  CHECK(first.where.line == 47);
  CHECK(first.message == "the band 50% to below 65% gives Requires improvement, lower than Good for below 50%: more yes "
                         "answers would give a lower rating");
}

TEST_CASE("a band with no whole percentage when the printed percentage decides", "[lint]") {
  const LintReport report = Lint({{"decide_on: exact fraction", "decide_on: printed percentage"},
                                  {"below: 50}\n    - {rating: Requires improvement, from: 50, below: 65}",
                                   "below: 50.2}\n    - {rating: Requires improvement, from: 50.2, below: 50.8}\n"
                                   "    - {rating: Requires improvement, from: 50.8, below: 65}"}});
  CHECK(Only(report, "kq-band-unreachable").message.find("the band 50.2% to below 50.8% holds no whole percentage") == 0);
  CHECK(LintMethodology(*testing::Rules2021()).empty());
}

TEST_CASE("a rating no key-question band gives", "[lint]") {
  const LintReport report = Lint({{"    - {rating: Good, from: 65, below: 80}\n    - {rating: Outstanding, from: 80}\n",
                                   "    - {rating: Good, from: 65}\n"}});
  CHECK(Only(report, "kq-bands-skip-rating").message ==
        "no key-question band gives Outstanding: a case standard can be Outstanding only through discretion or a "
        "rating given under ratings:");
}

TEST_CASE("points that do not rise with the rating are a loader error", "[lint]") {
  const LintReport report = Lint({{"{name: Good, points: 2}", "{name: Good, points: 1}"}});
  REQUIRE(report.findings.size() == 1);
  CHECK(report.Errors() == 1);
  CHECK(report.findings[0].message ==
        "points must rise with the rating (lowest first): Good has 1, not more than Requires improvement's 1");
}

TEST_CASE("a score table where a higher score gives a lower rating", "[lint]") {
  const LintReport report = Lint({{"{rating: Good, from: 14, to: 22}", "{rating: Inadequate, from: 14, to: 22}"}});
  const LintFinding& finding = Only(report, "score-table-not-monotonic");
  CHECK(finding.message == "in the score table for max 27, 14 to 22 points give Inadequate, lower than Requires "
                           "improvement for 5 to 13: a higher score would give a lower overall rating");
  CHECK(finding.rule == "overall-from-score");
}

TEST_CASE("a score table for a maximum no inspection can have", "[lint]") {
  const LintReport report = Lint({{"    - max: 24                  # court work Not rated\n",
                                   "    - max: 30\n      bands:\n        - {rating: Good, from: 0, to: 30}\n    - max: 24\n"}});
  CHECK(Only(report, "score-table-unreachable").message ==
        "the score table for max 30 is never used: no inspection can have that maximum (the reachable maxima are 24 or 27)");
}

TEST_CASE("limits that can never fire, and a standard a limit always caps", "[lint]") {
  CHECK(Only(Lint({{"at_most: Requires improvement", "at_most: Outstanding"}}), "limit-never-fires").message ==
        "limit court-work-caps-leadership can never fire: at_most is Outstanding, the top rating, so it lowers nothing");
  CHECK(Only(Lint({{"when: {standard: \"2.1\", rating: Inadequate}", "when: {standard: \"2.6\", rating: Inadequate}"}}),
             "limit-never-fires")
            .message.find("its condition reads 2.6 Outcomes, which is reported, never rated") != std::string::npos);
  const LintReport capped = Lint({{"when: {standard: \"2.1\", rating: Inadequate}",
                                   "when: {standard: \"2.2\", rating_in: [Inadequate, Requires improvement, Good, Outstanding]}"}});
  CHECK(Only(capped, "standard-always-capped").message.rfind(
            "1.1 Leadership can never be rated above Requires improvement: limit court-work-caps-leadership applies "
            "whatever 2.2 is rated", 0) == 0);
  // Court work may be Not rated, so the same condition on it does not always hold.
  const LintReport optional = Lint({{"when: {standard: \"2.1\", rating: Inadequate}",
                                     "when: {standard: \"2.1\", rating_in: [Inadequate, Requires improvement, Good, Outstanding]}"}});
  CHECK(optional.findings.empty());
}

TEST_CASE("guidance that can never be departed from", "[lint]") {
  CHECK(Only(Lint({{"expect: {standard: \"2.4\", rating_in: [Requires improvement, Good]}",
                    "expect: {standard: \"2.4\", rating_in: [Inadequate, Requires improvement, Good, Outstanding]}"}}),
             "guidance-never-fires")
            .message == "guidance services-follow-delivery can never be departed from: every rating of 2.4 "
                        "Implementation and delivery satisfies what it expects");
  CHECK(Only(Lint({{"when: {standard: \"1.3\", rating: Requires improvement}", "when: {standard: \"2.6\", rating: Requires improvement}"}}),
             "guidance-never-fires")
            .message.find("it applies when 2.6 Outcomes has a rating") != std::string::npos);
  CHECK(Only(Lint({{"expect: {standard: \"2.4\", rating_in: [Requires improvement, Good]}",
                    "expect: {standard: \"2.6\", rating_in: [Requires improvement, Good]}"}}),
             "guidance-never-fires")
            .message.find("it expects a rating of 2.6 Outcomes") != std::string::npos);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("a regional rules file is linted against the PDU methodologies its pools read", "[lint][region]") {
  CHECK(LintRules(testing::SourcePath("rules/hmip-region-2023.yaml")).findings.empty());
  std::string text = testing::ReadSource("rules/hmip-region-2023.yaml");
  text = testing::Edit(text, "hmip-pdu-2021: [\"2.3.2\"]", "hmip-pdu-2021: [\"2.3.22\"]");
  text = testing::Edit(text, "cases: {sentence: licence}", "cases: {sentence: licenced}");
  // Beside the shipped rules, so that the PDU methodologies are found as NAME.yaml beside it.
  const std::string path = testing::WriteScratch("lint-regional/rules/regional.yaml", text);
  testing::WriteScratch("lint-regional/rules/hmip-pdu-2021.yaml", testing::ReadSource("rules/hmip-pdu-2021.yaml"));
  testing::WriteScratch("lint-regional/rules/hmip-pdu-2023.yaml", testing::ReadSource("rules/hmip-pdu-2023.yaml"));
  const LintReport report = LintRules(path);
  CHECK(report.Errors() == 3);  // 2.3.22 under hmip-pdu-2021; licenced under both PDU methodologies
  const LintFinding& unknown = Only(report, "pool-unknown-key-question");
  CHECK(unknown.rule == "desistance-planning");
  CHECK(unknown.message == "pool desistance-planning reads key question 2.3.22, which hmip-pdu-2021 lacks; did you mean 2.3.2?");
  CHECK(unknown.where.file == path);
}

TEST_CASE("a PDU methodology a pool names that cannot be found is an error", "[lint][region]") {
  const std::string text = testing::Edit(testing::ReadSource("rules/hmip-region-2023.yaml"),
                                         "        hmip-pdu-2023: [\"2.1.2\"]", "        hmip-pdu-2033: [\"2.1.2\"]");
  const LintReport report = LintRules(testing::WriteScratch("lint-regional-missing.yaml", text));
  const LintFinding& missing = Only(report, "pool-methodology");
  CHECK(missing.message.find("the pools read hmip-pdu-2033, which cannot be checked: no methodology \"hmip-pdu-2033\"") == 0);
}

TEST_CASE("a pool that leaves out a methodology its standard's other pools read", "[lint][region]") {
  const std::string text = testing::Edit(testing::ReadSource("rules/hmip-region-2023.yaml"),
                                         "        hmip-pdu-2023: [\"2.2.2\"]\n", "");
  const LintReport report = LintRules(testing::WriteScratch("lint-regional-gap.yaml", text));
  const LintFinding& gap = Only(report, "pool-methodology-gap");
  CHECK(gap.rule == "desistance-planning");
  CHECK(gap.message.find("pool desistance-planning reads nothing from hmip-pdu-2023, while desistance-assessment of the "
                         "same standard, 2.1 Desistance, does") == 0);
  CHECK(report.Errors() == 0);
}

TEST_CASE("a region file given to lint is an error that says so", "[lint][region]") {
  const LintReport report = LintRules(testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml"));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].message.find("a region file, not a rules file") == 0);
}

}  // namespace
}  // namespace rerate
