#include <catch2/catch.hpp>

#include "rerate/conformance.h"
#include "test_support.h"

namespace rerate {
namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("junit: one testcase per test file, failures with expected and actual", "[conformance][junit]") {
  const std::string good = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  const std::vector<std::string> files = {
      testing::WriteScratch("junit/a&b.yaml", testing::Inspection2021(good, "") + "expect: {overall: Good}\n"),
      testing::WriteScratch("junit/fail.yaml", testing::Inspection2021(good, "") + "expect: {score: 17/27}\n"),
      testing::WriteScratch("junit/other/bad.yaml", "inspection: T\nmethodology: hmip-pdu-2021\nexpect: {\"<x>\": 1}\n"),
  };
  RulesLibrary library({testing::SourcePath("rules")});
  const TestRun run = RunTests(files, library, {});
  const std::string xml = RenderTestRun(run, nullptr, TestFormat::kJunit);
  INFO(xml);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rerate test\" tests=\"3\" failures=\"1\" errors=\"1\">\n", 0) == 0);
  CHECK(Contains(xml, "tests=\"2\" failures=\"1\" errors=\"0\">\n"));
  CHECK(Contains(xml, "name=\"a&amp;b\""));
  CHECK(Contains(xml, "<failure message=\"1 of 2 expectations failed\" type=\"expectation\">"));
  CHECK(Contains(xml, ": score\n  expected: 17/27\n  actual:   18/27\n"));
  CHECK(Contains(xml, "<error message=\""));
  CHECK(Contains(xml, "type=\"input\">"));
  CHECK(Contains(xml, "</testsuites>\n"));
  CHECK(Contains(xml, "unknown key &quot;&lt;x&gt;&quot;"));
  CHECK_FALSE(Contains(xml, "<x>"));
}

TEST_CASE("junit: with coverage, a testcase per behaviour, failing when not exercised", "[conformance][junit]") {
  const std::string good = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  const std::vector<std::string> files = {
      testing::WriteScratch("junit-coverage/pass.yaml", testing::Inspection2021(good, "") + "expect: {overall: Good}\n")};
  RulesLibrary library({testing::SourcePath("rules")});
  const TestRun run = RunTests(files, library, {});
  const std::vector<RulesCoverage> coverage = ComputeCoverage(run.outcomes);
  const std::string xml = RenderTestRun(run, &coverage, TestFormat::kJunit);
  INFO(xml);
  CHECK(Contains(xml, "<testsuites name=\"rerate test\" tests=\"45\" failures=\"44\" errors=\"0\">"));
  CHECK(Contains(xml, "classname=\"coverage.hmip-pdu-2021.kq-bands\" name=\"a key question exactly on 50% (Requires improvement), its band expected\""));
  CHECK(Contains(xml, "<failure message=\""));
  CHECK(Contains(xml, "type=\"coverage\">"));
}

TEST_CASE("junit: with a threshold, unexercised behaviours are skipped and the threshold decides", "[conformance][junit]") {
  const std::string good = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  const std::vector<std::string> files = {
      testing::WriteScratch("junit-threshold/pass.yaml", testing::Inspection2021(good, "") + "expect: {overall: Good}\n")};
  RulesLibrary library({testing::SourcePath("rules")});
  const TestRun run = RunTests(files, library, {});
  for (const auto& [threshold, failures] : {std::pair{100, 1}, std::pair{0, 0}}) {
    const std::vector<RulesCoverage> coverage = ComputeCoverage(run.outcomes, threshold);
    const std::string xml = RenderTestRun(run, &coverage, TestFormat::kJunit);
    INFO(xml);
    CHECK(Contains(xml, "<testsuites name=\"rerate test\" tests=\"46\" failures=\"" + std::to_string(failures) + "\""));
    CHECK(Contains(xml, "<skipped message=\""));
    CHECK(Contains(xml, "name=\"at least " + std::string(threshold == 0 ? "0" : "1") + "% of the behaviours exercised\""));
  }
}

}  // namespace
}  // namespace rerate
