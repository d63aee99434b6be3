#include <catch2/catch.hpp>

#include "rerate/conformance.h"
#include "test_support.h"

namespace rerate {
namespace {

const std::string kGood = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";

// One passing test, one failing (assessment at 10/21 = 47.6% is Inadequate),
// one that cannot be run.
TestRun SmallRun() {
  const std::vector<std::string> files = {
      testing::WriteScratch("render/pass.yaml", testing::Inspection2021(kGood, "") +
                                                    "expect: {overall: Good, score: 18/27, standards: {\"1.1\": Good}}\n"),
      testing::WriteScratch("render/fail.yaml", testing::Inspection2021(kGood, "  \"2.2.3\": {yes: 10, relevant: 21}\n") +
                                                    "expect:\n  standards: {\"2.2\": Good}\n"),
      testing::WriteScratch("render/error.yaml", testing::Inspection2021(kGood, "")),
  };
  RulesLibrary library({testing::SourcePath("rules")});
  return RunTests(files, library, {});
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("text: PASS or FAIL per test, expected versus actual, a closing line", "[conformance][render]") {
  const TestRun run = SmallRun();
  const std::string text = RenderTestRun(run, nullptr, TestFormat::kText);
  INFO(text);
  CHECK(Contains(text, "PASS  "));
  CHECK(Contains(text, "render/pass.yaml\n"));
  CHECK(Contains(text, "FAIL  "));
  CHECK(Contains(text, "render/fail.yaml:23:15: standard 2.2 Assessment\n    expected: Good\n    actual:   Inadequate\n"));
  CHECK(Contains(text, "      2.2 lowest-kq: lowest key question 2.2.3 at 10/21"));
  CHECK(Contains(text, "ERROR "));
  CHECK(Contains(text, "not a test: no expect: block"));
  const std::string closing = "\n\n1 passed, 1 failed, 1 could not be run\n";
  CHECK(text.substr(text.size() - closing.size()) == closing);
}

TEST_CASE("text: tests not selected by --label are counted, not listed", "[conformance][render]") {
  TestRun run;
  run.passed = 2;
  run.not_selected = 3;
  CHECK(RenderTestRun(run, nullptr, TestFormat::kText) == "\n2 passed, 0 failed (3 not selected by --label)\n");
}

TEST_CASE("text: coverage lists every behaviour and each one not exercised by place", "[conformance][render]") {
  const TestRun run = SmallRun();
  const std::vector<RulesCoverage> coverage = ComputeCoverage(run.outcomes);
  const std::string text = RenderTestRun(run, &coverage, TestFormat::kText);
  INFO(text);
  CHECK(Contains(text, "Coverage of "));
  CHECK(Contains(text, "hmip-pdu-2021.yaml (hmip-pdu-2021): 3 of 44 behaviours exercised\n"));
  CHECK(Contains(text, "  kq-bands: 0 of 6\n    MISSING a key question exactly on 50%"));
  CHECK(Contains(text, "    ok  1.1 Leadership rated by inspectors"));
  CHECK(Contains(text, "hmip-pdu-2021.yaml:31:3: not exercised: kq-bands: a key question exactly on 50%"));
}

TEST_CASE("json: every test with its checks, a summary and coverage", "[conformance][render]") {
  const TestRun run = SmallRun();
  const std::vector<RulesCoverage> coverage = ComputeCoverage(run.outcomes);
  const std::string json = RenderTestRun(run, &coverage, TestFormat::kJson);
  INFO(json);
  CHECK(Contains(json, "\"status\": \"failed\""));
  CHECK(Contains(json, "\"key\": \"standards\",\n          \"id\": \"2.2\""));
  CHECK(Contains(json, "\"expected\": \"Good\",\n          \"actual\": \"Inadequate\",\n          \"passed\": false"));
  CHECK(Contains(json, "\"summary\": {\n    \"passed\": 1,\n    \"failed\": 1,\n    \"errors\": 1,\n    \"not_selected\": 0\n  }"));
  CHECK(Contains(json, "\"uncovered\": 41"));
  CHECK(Contains(json, "\"covered_by\": null"));
}

TEST_CASE("formats are text, json or junit", "[conformance][render]") {
  CHECK(ParseTestFormat("junit").value() == TestFormat::kJunit);
  CHECK(ParseTestFormat("xml").error().message == "unknown format \"xml\" (expected text, json or junit)");
  CHECK(ParseTestFormat("jsn").error().message.find("did you mean json?") != std::string::npos);
}

}  // namespace
}  // namespace rerate
