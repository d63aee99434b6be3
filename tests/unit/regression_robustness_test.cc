// No input may crash `test`, `diff` or `lint`: damaged copies of the shipped
// tests and rules files go through each, and every renderer.
#include <catch2/catch.hpp>
#include <cstdint>

#include "rerate/conformance.h"
#include "rerate/diff.h"
#include "rerate/lint.h"
#include "test_support.h"

namespace rerate {
namespace {

// A few characters deleted, inserted or overwritten, deterministically.
std::string Damage(std::string text, std::uint32_t seed) {
  static const std::string kNoise = "{}[]:,\"'\n -#*&<>|0123456789\t\\/";
  std::uint32_t state = seed;
  auto next = [&]() { return (state = state * 1664525u + 1013904223u) >> 8; };
  for (std::uint32_t edits = 1 + seed % 3; edits > 0 && !text.empty(); --edits) {
    const size_t at = next() % text.size();
    switch (next() % 3) {
      case 0: text.erase(at, 1); break;
      case 1: text.insert(at, 1, kNoise[next() % kNoise.size()]); break;
      default: text[at] = kNoise[next() % kNoise.size()]; break;
    }
  }
  return text;
}

TEST_CASE("damaged tests pass, fail or report a located error", "[robustness][conformance]") {
  const std::vector<std::string> sources = {"tests/conformance/hmip-pdu-2021/cap-fires.yaml",
                                            "tests/conformance/hmip-pdu-2021/discretion-two-bands.yaml",
                                            "tests/conformance/hmip-pdu-2023/guidance-departed-with-reason.yaml"};
  RulesLibrary library({testing::SourcePath("rules")});
  int ran = 0;
  for (const std::string& source : sources) {
    const std::string text = testing::ReadSource(source);
    for (std::uint32_t i = 0; i < 150; ++i) {
      TestRun run;
      run.outcomes.push_back(RunTest(testing::WriteScratch("damaged-test.yaml", Damage(text, i)), library, {}));
      const TestOutcome& outcome = run.outcomes.back();
      if (outcome.status == TestStatus::kError) {
        CHECK(outcome.error->where.file.find("damaged-test.yaml") != std::string::npos);
        CHECK_FALSE(outcome.error->message.empty());
      } else {
        ++ran;
      }
      const std::vector<RulesCoverage> coverage = ComputeCoverage(run.outcomes);
      for (TestFormat format : {TestFormat::kText, TestFormat::kJson, TestFormat::kJunit}) {
        CHECK_FALSE(RenderTestRun(run, &coverage, format).empty());
      }
    }
  }
  CHECK(ran > 0);
}

TEST_CASE("damaged rules files lint, and diff against the seeds, without crashing", "[robustness][lint][diff]") {
  const std::string text = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  Result<std::vector<std::string>> cases = ExpandInputs({testing::SourcePath("cases")});
  REQUIRE(cases.ok());
  int loaded = 0;
  for (std::uint32_t i = 0; i < 300; ++i) {
    const std::string path = testing::WriteScratch("damaged-rules.yaml", Damage(text, 7919 * i));
    const LintReport report = LintRules(path);
    CHECK_FALSE(RenderLint({report}, LintFormat::kText).empty());
    if (report.methodology == nullptr) {
      REQUIRE(report.findings.size() == 1);
      CHECK(report.findings[0].where.file == path);
      continue;
    }
    ++loaded;
    if (i % 10 != 0) continue;  // diffing is the slow part: a sample is enough
    RulesLibrary library;
    const DiffRun run = DiffInspections(*cases, testing::Rules2021(), report.methodology, library);
    CHECK(run.inspections.size() == cases->size());
    CHECK_FALSE(RenderDiff(run, DiffFormat::kJson).empty());
  }
  CHECK(loaded > 0);
}

}  // namespace
}  // namespace rerate
