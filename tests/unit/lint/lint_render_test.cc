#include <catch2/catch.hpp>

#include "rerate/lint.h"
#include "test_support.h"

namespace rerate {
namespace {

std::vector<LintReport> Reports() {
  LintReport clean{"rules/a.yaml", testing::Rules2021(), {}};
  LintReport warned{"rules/b.yaml", testing::Rules2023(),
                    {{LintSeverity::kWarning, "score-table-unreachable", "overall-from-score", {"rules/b.yaml", 12, 7}, "never used"}}};
  LintReport broken{"rules/c.yaml", nullptr, {{LintSeverity::kError, "load", "", {"rules/c.yaml", 3, 1}, "unknown key"}}};
  return {clean, warned, broken};
}

TEST_CASE("text: one line per finding, file:line:col first, then a line per file", "[lint]") {
  CHECK(RenderLint(Reports(), LintFormat::kText) ==
        "rules/b.yaml:12:7: warning: never used [score-table-unreachable]\n"
        "rules/c.yaml:3:1: error: unknown key\n"
        "rules/a.yaml (hmip-pdu-2021): no problems found\n"
        "rules/b.yaml (hmip-pdu-2023): 0 errors, 1 warning\n"
        "rules/c.yaml: 1 error, 0 warnings\n");
}

TEST_CASE("json: every file with its findings", "[lint]") {
  const std::string json = RenderLint(Reports(), LintFormat::kJson);
  INFO(json);
  CHECK(json.find("\"file\": \"rules/c.yaml\",\n      \"methodology\": null,\n      \"errors\": 1,\n      \"warnings\": 0") !=
        std::string::npos);
  CHECK(json.find("\"severity\": \"warning\",\n          \"check\": \"score-table-unreachable\",\n          \"rule\": "
                  "\"overall-from-score\",\n          \"where\": \"rules/b.yaml:12:7\"") != std::string::npos);
  CHECK(ParseLintFormat("yaml").error().message == "unknown format \"yaml\" (expected text, json or junit)");
}

TEST_CASE("junit: a testsuite per file, a testcase per check, failing with its warnings", "[lint]") {
  const std::string xml = RenderLint(Reports(), LintFormat::kJunit);
  INFO(xml);
  const size_t checks = LintChecks().size();
  const std::string tests = std::to_string(2 * (checks + 1) + 1);
  CHECK(xml.find("<testsuites name=\"rerate lint\" tests=\"" + tests + "\" failures=\"1\" errors=\"1\">") !=
        std::string::npos);
  CHECK(xml.find("  <testsuite name=\"rules/a.yaml\" tests=\"" + std::to_string(checks + 1) +
                 "\" failures=\"0\" errors=\"0\">\n    <testcase classname=\"lint.rules.a\" name=\"load\" "
                 "file=\"rules/a.yaml\"/>\n    <testcase classname=\"lint.rules.a\" name=\"kq-bands-not-monotonic\"") !=
        std::string::npos);
  CHECK(xml.find("<testcase classname=\"lint.rules.b\" name=\"score-table-unreachable\" file=\"rules/b.yaml\">\n"
                 "      <failure message=\"1 warning\" type=\"warning\">rules/b.yaml:12:7: warning: never used "
                 "[score-table-unreachable]\n</failure>") != std::string::npos);
  // A file the loader refuses is a testsuite with "load" alone, an error.
  CHECK(xml.find("  <testsuite name=\"rules/c.yaml\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                 "    <testcase classname=\"lint.rules.c\" name=\"load\" file=\"rules/c.yaml\">\n"
                 "      <error message=\"the rules file cannot be loaded\" type=\"load\">rules/c.yaml:3:1: error: "
                 "unknown key\n</error>") != std::string::npos);
}

}  // namespace
}  // namespace rerate
