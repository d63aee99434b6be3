#include <algorithm>
#include <catch2/catch.hpp>

#include "rerate/conformance.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Edit;

// Every case standard Good (14/20) unless a line overrides its key question.
std::string TestFile(const std::string& key_question_lines, const std::string& expect,
                     const std::string& tail = "") {
  return testing::Inspection2021("  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n",
                                 key_question_lines, tail) +
         "expect:\n" + expect;
}

TestOutcome Run(const std::string& name, const std::string& text, const TestOptions& options = {}) {
  RulesLibrary library({testing::SourcePath("rules")});
  return RunTest(testing::WriteScratch("run/" + name, text), library, options);
}

TEST_CASE("a test whose expectations hold passes", "[conformance][run]") {
  const TestOutcome outcome = Run("pass.yaml", TestFile("", "  score: 18/27\n  overall: Good\n  standards: {\"2.2\": Good}\n"));
  INFO((outcome.error ? outcome.error->ToString() : ""));
  CHECK(outcome.status == TestStatus::kPassed);
  REQUIRE(outcome.checks.size() == 4);  // three stated and the implicit "no violations"
  CHECK(std::all_of(outcome.checks.begin(), outcome.checks.end(), [](const CheckOutcome& c) { return c.passed; }));
  CHECK(outcome.methodology->name == "hmip-pdu-2021");
}

TEST_CASE("a failed expectation records the actual value and why", "[conformance][run]") {
  // 2.2.3 at 10/21 = 47.6%: Inadequate, so assessment is Inadequate, not Good.
  const TestOutcome outcome = Run("fail.yaml", TestFile("  \"2.2.3\": {yes: 10, relevant: 21}\n",
                                                        "  standards: {\"2.2\": Good}\n  score: 16/27\n"));
  CHECK(outcome.status == TestStatus::kFailed);
  CHECK(outcome.Failures() == 1);
  const CheckOutcome& check = outcome.checks.front();
  CHECK_FALSE(check.passed);
  CHECK(check.actual == "Inadequate");
  const auto mentions = [&](const std::string& text) {
    return std::any_of(check.why.begin(), check.why.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
  };
  CHECK(mentions("2.2 lowest-kq: lowest key question 2.2.3 at 10/21"));
  CHECK(mentions("2.2.3 kq-bands: 10/21 = 47.6%"));
  CHECK(outcome.checks[1].passed);  // 16/27: 2.2 scores 0
}

TEST_CASE("an unexpected violation fails the test", "[conformance][run]") {
  const TestOutcome outcome = Run(
      "violation.yaml", TestFile("  \"2.5.3\": {yes: 9, relevant: 20}\n", "  overall: Good\n",
                                 "discretion:\n  - {standard: \"2.5\", rating: Good, reason: R}\n"));
  CHECK(outcome.status == TestStatus::kFailed);
  const CheckOutcome& violations = outcome.checks.back();
  CHECK(violations.actual == "professional-discretion");
  REQUIRE(violations.why.size() == 1);
  CHECK(violations.why[0].find("discretion moves 2.5 Reviewing 2 bands up") != std::string::npos);
}

// A published block that prints 2.2 as Good where the data give Requires
// improvement (2.2.3 at 11/20 = 55%).
const std::string kPublishedBand =
    "published:\n  score: 18\n  max: 27\n  overall: Good\n"
    "  standards: {\"1.1\": Good, \"1.2\": Good, \"1.3\": Good, \"1.4\": Good, \"2.1\": Good, \"2.2\": Good,"
    " \"2.3\": Good, \"2.4\": Good, \"2.5\": Good}\n";

TEST_CASE("findings: are what rerate check finds, as a set of KIND SUBJECT", "[conformance][run][findings]") {
  const std::string lines = "  \"2.2.3\": {yes: 11, relevant: 20}\n";
  const TestOutcome found = Run("findings.yaml", TestFile(lines, "  findings: [\"band 2.2\"]\n",
                                                          kPublishedBand));
  INFO((found.error ? found.error->ToString() : ""));
  CHECK(found.status == TestStatus::kPassed);
  REQUIRE(found.check_result);
  const TestOutcome missed = Run("findings-missed.yaml", TestFile(lines, "  findings: []\n", kPublishedBand));
  CHECK(missed.status == TestStatus::kFailed);
  const CheckOutcome& check = missed.checks.front();
  CHECK(check.actual == "band 2.2");
  REQUIRE_FALSE(check.why.empty());
  CHECK(check.why.front().find("the report prints Good") != std::string::npos);
}

TEST_CASE("findings: need a published: block and known kinds and subjects", "[conformance][expect][findings]") {
  const TestOutcome no_published = Run("findings-none.yaml", TestFile("", "  findings: []\n"));
  CHECK(no_published.status == TestStatus::kError);
  REQUIRE(no_published.error);
  CHECK(no_published.error->message.find("this file has no published: block") != std::string::npos);
  const TestOutcome typo = Run("findings-typo.yaml", TestFile("", "  findings: [\"bnd 2.2\"]\n", kPublishedBand));
  REQUIRE(typo.error);
  CHECK(typo.error->message.find("unknown finding kind \"bnd\"; did you mean band?") != std::string::npos);
  CHECK(typo.error->where.line > 0);
  const TestOutcome subject = Run("findings-subject.yaml", TestFile("", "  findings: [\"band 2.9\"]\n", kPublishedBand));
  REQUIRE(subject.error);
  CHECK(subject.error->message.find("did you mean 2.1?") != std::string::npos);
}

TEST_CASE("a test that cannot be run is an error, not a failure", "[conformance][run]") {
  const TestOutcome no_expect = Run("no-expect.yaml", testing::Inspection2021("  \"1.1\": Good\n", ""));
  CHECK(no_expect.status == TestStatus::kError);
  CHECK(no_expect.error->message.find("not a test") != std::string::npos);
  const TestOutcome bad_expect = Run("bad-expect.yaml", TestFile("", "  overal: Good\n"));
  CHECK(bad_expect.status == TestStatus::kError);
  CHECK(bad_expect.error->message.find("did you mean overall?") != std::string::npos);
  const TestOutcome bad_input = Run("bad-input.yaml", "inspection: T\nmethodology: hmip-pdu-2021\nexpect: {overall: Good}\n");
  CHECK(bad_input.status == TestStatus::kError);
  CHECK(bad_input.error->message.find("no rating for 1.1 Leadership") != std::string::npos);
}

TEST_CASE("--label runs only the tests carrying one of the labels", "[conformance][run]") {
  const std::string text = TestFile("", "  labels: [cap, boundary]\n  overall: Good\n");
  CHECK(Run("label.yaml", text, TestOptions{"", {"discretion"}, ""}).status == TestStatus::kNotSelected);
  CHECK(Run("label.yaml", text, TestOptions{"", {"discretion", "boundary"}, ""}).status == TestStatus::kPassed);
  // A test that cannot be read is reported whatever its labels.
  CHECK(Run("label-bad.yaml", TestFile("", "  labels: [cap]\n  overal: Good\n"), TestOptions{"", {"x"}, ""}).status ==
        TestStatus::kError);
}

TEST_CASE("a label no test carries is an error, not an empty run", "[conformance][run]") {
  RulesLibrary library({testing::SourcePath("rules")});
  const std::string file = testing::WriteScratch("labels/t.yaml", TestFile("", "  labels: [cap, boundary]\n  overall: Good\n"));
  const TestRun run = RunTests({file}, library, TestOptions{"", {"capp"}, ""});
  CHECK(run.not_selected == 1);
  const Status status = CheckSelection(run, TestOptions{"", {"boundary", "capp"}, ""});
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message == "--label capp: no test carries it; did you mean cap? (the tests carry boundary or cap)");
  CHECK(CheckSelection(run, TestOptions{"", {"cap", "boundary"}, ""}).ok());
  CHECK(CheckSelection(run, TestOptions{}).ok());
}

TEST_CASE("--rules rates the tests of its methodology with one rules file", "[conformance][run]") {
  const std::string text = TestFile("  \"2.2.3\": {yes: 11, relevant: 21}\n", "  standards: {\"2.2\": Requires improvement}\n");
  CHECK(Run("override.yaml", text).status == TestStatus::kPassed);
  // An edited copy under the same name applies to the tests that name it.
  const std::string copy = testing::WriteScratch("override-copy/hmip-pdu-2021.yaml", testing::ReadSource("rules/hmip-pdu-2021.yaml"));
  const TestOutcome same = Run("override.yaml", text, TestOptions{copy, {}, ""});
  CHECK(same.rules_overridden);
  CHECK(same.methodology->file == copy);
  // A variant under another name applies only when given as NAME=FILE.
  const std::string variant_file = testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml");
  const TestOutcome other = Run("override.yaml", text, TestOptions{variant_file, {}, ""});
  CHECK_FALSE(other.rules_overridden);
  CHECK(other.status == TestStatus::kPassed);
  const TestOutcome variant = Run("override.yaml", text, TestOptions{"hmip-pdu-2021=" + variant_file, {}, ""});
  CHECK(variant.rules_overridden);
  CHECK(variant.status == TestStatus::kFailed);  // 52.4% is Inadequate when the band starts at 55%
  CHECK(variant.methodology->name == "hmip-pdu-2021-ri-from-55");
}

// Regression: --rules was applied to every test, the 2023 ones too (31
// passed, 5 failed, 20 could not be run with a 2021 variant; issue 15).
TEST_CASE("--rules leaves the tests of other methodologies alone, and says so", "[conformance][run]") {
  Result<std::vector<std::string>> files =
      FindTests({testing::SourcePath("tests/conformance"), testing::SourcePath("cases")});
  REQUIRE(files.ok());
  RulesLibrary library;
  const TestOptions options{testing::SourcePath("rules/hmip-pdu-2021.yaml"), {}, ""};
  const TestRun run = RunTests(*files, library, options);
  CHECK(run.errors == 0);
  CHECK(run.failed == 0);
  CHECK(run.overridden_methodology == "hmip-pdu-2021");
  for (const TestOutcome& outcome : run.outcomes) {
    INFO(outcome.file);
    CHECK(outcome.rules_overridden == (outcome.methodology->name == "hmip-pdu-2021"));
  }
  CHECK(CheckSelection(run, options).ok());
  // A variant under another name would apply to no test: an error, not a silent no-op.
  const TestOptions variant{testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml"), {}, ""};
  const TestRun unused = RunTests(*files, library, variant);
  const Status status = CheckSelection(unused, variant);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message.find(": no test is of methodology hmip-pdu-2021-ri-from-55, so it would change nothing "
                                    "(the tests are of hmip-pdu-2021, hmip-pdu-2023 and hmip-region-2023); --rules NAME=FILE rates") !=
        std::string::npos);
}

TEST_CASE("--run selects tests by a regular expression on their path", "[conformance][run]") {
  const std::string a = testing::WriteScratch("run-filter/cap-one.yaml", TestFile("", "  overall: Good\n"));
  const std::string b = testing::WriteScratch("run-filter/band-two.yaml", TestFile("", "  overall: Good\n"));
  const std::string c = testing::WriteScratch("run-filter/broken.yaml", "not: a test\n");
  RulesLibrary library({testing::SourcePath("rules")});
  const TestOptions options{"", {}, "cap-|band"};
  const TestRun run = RunTests({a, b, c}, library, options);
  CHECK(run.passed == 2);
  CHECK(run.errors == 0);  // broken.yaml is not selected, so never read
  CHECK(run.not_selected == 1);
  CHECK(run.matched_by_run == 2);
  CHECK(CheckSelection(run, options).ok());
  const TestOptions none{"", {}, "^nothing$"};
  const Status status = CheckSelection(RunTests({a, b}, library, none), none);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message == "--run ^nothing$: no test's path matches it");
  CHECK_FALSE(CheckTestOptions(TestOptions{"", {}, "cap("}).ok());
  CHECK(CheckTestOptions(TestOptions{"", {}, "cap"}).ok());
}

TEST_CASE("a folder gives its tests recursively, in order, without rules/ folders", "[conformance][run]") {
  testing::WriteScratch("suite/b/two.yaml", "x: 1\n");
  testing::WriteScratch("suite/a.yaml", "x: 1\n");
  testing::WriteScratch("suite/b/one.yaml", "x: 1\n");
  testing::WriteScratch("suite/rules/hmip-pdu-2021.yaml", "x: 1\n");
  testing::WriteScratch("suite/b/data.csv", "case\n");
  const std::string root = testing::WriteScratch("suite/a.yaml", "x: 1\n");
  const std::string folder = root.substr(0, root.size() - std::string("/a.yaml").size());
  Result<std::vector<std::string>> files = FindTests({folder});
  REQUIRE(files.ok());
  CHECK(*files == std::vector<std::string>{folder + "/a.yaml", folder + "/b/one.yaml", folder + "/b/two.yaml"});
  CHECK(FindTests({folder + "/nothing-here"}).error().message == "no such file or folder");
  const std::string empty = testing::WriteScratch("empty/readme.txt", "");
  CHECK(FindTests({empty.substr(0, empty.size() - 11)}).error().message.find("no *.yaml files in this folder or below it") != std::string::npos);
}

std::vector<std::string> Suite2021() {
  Result<std::vector<std::string>> files = FindTests({testing::SourcePath("tests/conformance/hmip-pdu-2021"),
                                                     testing::SourcePath("cases/blackburn-with-darwen-2023.yaml"),
                                                     testing::SourcePath("cases/east-berkshire-2023.yaml"),
                                                     testing::SourcePath("cases/north-and-north-east-lincolnshire-2023.yaml")});
  REQUIRE(files.ok());
  return *files;
}

TEST_CASE("the shipped suite passes", "[conformance][run]") {
  Result<std::vector<std::string>> files =
      FindTests({testing::SourcePath("tests/conformance"), testing::SourcePath("cases")});
  REQUIRE(files.ok());
  RulesLibrary library;
  const TestRun run = RunTests(*files, library, {});
  for (const TestOutcome& outcome : run.outcomes) {
    INFO(outcome.file << (outcome.error ? ": " + outcome.error->ToString() : ""));
    CHECK(outcome.status == TestStatus::kPassed);
  }
  CHECK(run.passed >= 50);
}

TEST_CASE("a region file with expect: is a test of its regional methodology", "[conformance][run][region]") {
  RulesLibrary library({testing::SourcePath("rules")});
  const TestOutcome outcome =
      RunTest(testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml"), library, {});
  INFO((outcome.error ? outcome.error->ToString() : std::string()));
  CHECK(outcome.status == TestStatus::kPassed);
  CHECK(outcome.methodology->name == "hmip-region-2023");
  REQUIRE(outcome.region != nullptr);
  CHECK(outcome.region->pdus.size() == 4);
  CHECK(outcome.check_result.has_value());  // it expects findings: [], so check ran on its published: block
  CHECK(outcome.evaluation->score == 8);
}

TEST_CASE("a failed regional expectation and a region that cannot be rated", "[conformance][run][region]") {
  testing::WriteScratch("run/region-pdu.yaml", testing::ReadSource("tests/conformance/hmip-region-2023/pdus/"
                                                                   "pdu-2021-requires-improvement-a.yaml"));
  const std::string head = "region: R\nmethodology: hmip-region-2023\ninspections: [region-pdu.yaml]\n"
                           "ratings: {\"1.1\": Good, \"1.2\": Good, \"2.3\": Good}\nkey_questions:\n"
                           "  \"2.5.1\": {yes: 1, relevant: 2}\n  \"2.5.2\": {yes: 1, relevant: 2}\n"
                           "  \"2.6.1\": {yes: 1, relevant: 2}\n  \"2.6.2\": {yes: 1, relevant: 2}\n";
  const TestOutcome failed = Run("region-failed.yaml", head + "expect:\n  standards: {\"2.1\": Good}\n");
  CHECK(failed.status == TestStatus::kFailed);
  REQUIRE(failed.checks.size() == 2);  // the standard, and no violation
  CHECK(failed.checks[0].actual == "Requires improvement");
  const TestOutcome error = Run("region-error.yaml", head + "expect:\n  standards: {\"2.9\": Good}\n");
  CHECK(error.status == TestStatus::kError);
  CHECK(error.error->message.find("no standard \"2.9\" in hmip-region-2023") != std::string::npos);
  const TestOutcome findings = Run("region-findings.yaml", head + "expect:\n  findings: []\n");
  CHECK(findings.status == TestStatus::kError);
}

// The band edges and the discretion distance, each moved by one step: the
// same text in every shipped rules file.
std::vector<std::pair<std::string, std::string>> BandAndDiscretionEdits() {
  return {
      {"below: 50}\n    - {rating: Requires improvement, from: 50,", "below: 51}\n    - {rating: Requires improvement, from: 51,"},
      {"below: 50}\n    - {rating: Requires improvement, from: 50,", "below: 49}\n    - {rating: Requires improvement, from: 49,"},
      {"below: 65}\n    - {rating: Good, from: 65,", "below: 66}\n    - {rating: Good, from: 66,"},
      {"below: 65}\n    - {rating: Good, from: 65,", "below: 64}\n    - {rating: Good, from: 64,"},
      {"below: 80}\n    - {rating: Outstanding, from: 80}", "below: 81}\n    - {rating: Outstanding, from: 81}"},
      {"below: 80}\n    - {rating: Outstanding, from: 80}", "below: 79}\n    - {rating: Outstanding, from: 79}"},
      {"decide_on: exact fraction", "decide_on: printed percentage"},
      {"max_bands: 1", "max_bands: 2"},
      {"max_bands: 1", "max_bands: 0"},
  };
}

// Each edit of the rules text `base`, applied alone and given to every test
// as --rules, must make the suite fail, with no test that cannot run.
void ExpectEveryEditFails(const std::vector<std::string>& files, const std::string& base,
                          const std::vector<std::pair<std::string, std::string>>& edits) {
  for (const auto& [from, to] : edits) {
    INFO("changed to: " << to);
    const std::string rules = testing::WriteScratch("mutated-rules.yaml", Edit(base, from, to));
    RulesLibrary library;
    const TestRun run = RunTests(files, library, TestOptions{rules, {}, ""});
    CHECK(run.errors == 0);
    CHECK(run.failed > 0);
  }
}

std::vector<std::string> RegionSuite() {
  Result<std::vector<std::string>> files =
      ExpandInputs({testing::SourcePath("tests/conformance/hmip-region-2023"),
                    testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml")});
  REQUIRE(files.ok());
  return *files;
}

TEST_CASE("the regional suite fails when any rule of hmip-region-2023 moves by one step", "[conformance][run][region]") {
  const std::string base = testing::ReadSource("rules/hmip-region-2023.yaml");
  std::vector<std::pair<std::string, std::string>> edits = BandAndDiscretionEdits();
  edits.insert(edits.end(), {
      {"hmip-pdu-2021: [\"2.1.1\"]", "hmip-pdu-2021: [\"2.2.1\"]"},
      {"{rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 12}",
       "{rating: Inadequate, from: 0, to: 5}\n        - {rating: Requires improvement, from: 6, to: 12}"},
      {"from: 5, to: 12}\n        - {rating: Good, from: 13,", "from: 5, to: 11}\n        - {rating: Good, from: 12,"},
      {"from: 13, to: 20}\n        - {rating: Outstanding, from: 21,", "from: 13, to: 21}\n        - {rating: Outstanding, from: 22,"},
      {"{rating: Inadequate, from: 0, to: 3}\n        - {rating: Requires improvement, from: 4, to: 10}",
       "{rating: Inadequate, from: 0, to: 2}\n        - {rating: Requires improvement, from: 3, to: 10}"},
      {"from: 4, to: 10}\n        - {rating: Good, from: 11,", "from: 4, to: 11}\n        - {rating: Good, from: 12,"},
      {"from: 11, to: 17}\n        - {rating: Outstanding, from: 18,", "from: 11, to: 16}\n        - {rating: Outstanding, from: 17,"},
      {"{rating: Inadequate, from: 0, to: 3}\n        - {rating: Requires improvement, from: 4, to: 9}",
       "{rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 9}"},
      {"from: 4, to: 9}\n        - {rating: Good, from: 10,", "from: 4, to: 8}\n        - {rating: Good, from: 9,"},
      {"from: 10, to: 15}\n        - {rating: Outstanding, from: 16,", "from: 10, to: 16}\n        - {rating: Outstanding, from: 17,"},
  });
  RulesLibrary shipped;
  CHECK(RunTests(RegionSuite(), shipped, {}).failed == 0);
  ExpectEveryEditFails(RegionSuite(), base, edits);
}

// Points cannot move by one step: the loader requires them to rise, so with
// 0 to 3 no other integer points keep the maximum; a moved maximum needs new
// score tables, which the score-table edits below cover.
TEST_CASE("the shipped suite fails when any rule of hmip-pdu-2021 moves by one step", "[conformance][run]") {
  const std::string base = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  std::vector<std::pair<std::string, std::string>> edits = BandAndDiscretionEdits();
  edits.insert(edits.end(), {
      {"at_most: Requires improvement", "at_most: Inadequate"},
      {"when: {standard: \"2.1\", rating: Inadequate}", "when: {standard: \"2.1\", rating_in: [Inadequate, Requires improvement]}"},
      {"expect: {standard: \"2.4\", rating_in: [Requires improvement, Good]}",
       "expect: {standard: \"2.4\", rating_in: [Inadequate, Requires improvement, Good]}"},
      {"when: {standard: \"1.3\", rating: Requires improvement}", "when: {standard: \"1.3\", rating: Good}"},
      {"{rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 13}",
       "{rating: Inadequate, from: 0, to: 5}\n        - {rating: Requires improvement, from: 6, to: 13}"},
      {"from: 5, to: 13}\n        - {rating: Good, from: 14,", "from: 5, to: 12}\n        - {rating: Good, from: 13,"},
      {"from: 14, to: 22}\n        - {rating: Outstanding, from: 23,", "from: 14, to: 23}\n        - {rating: Outstanding, from: 24,"},
      {"{rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 12}",
       "{rating: Inadequate, from: 0, to: 3}\n        - {rating: Requires improvement, from: 4, to: 12}"},
      {"from: 5, to: 12}\n        - {rating: Good, from: 13,", "from: 5, to: 13}\n        - {rating: Good, from: 14,"},
      {"from: 13, to: 20}\n        - {rating: Outstanding, from: 21,", "from: 13, to: 19}\n        - {rating: Outstanding, from: 20,"},
  });
  ExpectEveryEditFails(Suite2021(), base, edits);
}

}  // namespace
}  // namespace rerate
