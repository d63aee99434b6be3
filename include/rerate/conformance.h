// Conformance tests: an inspection file with an `expect:` block says what a
// methodology must make of it; a region file with one, what a regional
// methodology must make of the region (its PDUs' pooled data and its own).  RunTests rates each test and compares; the
// coverage report says which behaviours of each rules file no passing test
// exercises.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rerate/check.h"
#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/inspection.h"
#include "rerate/region.h"
#include "rerate/result.h"
#include "rerate/rules.h"
#include "rerate/trace.h"
#include "rerate/inputs.h"

namespace rerate {

// What an expectation is checked against.
struct TestSubject {
  const Evidence* evidence = nullptr;
  const Evaluation* evaluation = nullptr;
  const std::vector<TraceStep>* trace = nullptr;
  const CheckResult* check = nullptr;  // `rerate check` of the test, when it expects findings
};

// One expected value, e.g. "standard 2.2 Assessment is Inadequate".
struct Expectation {
  std::string key;       // the expect: key it is written under: "standards", "score", ...
  std::string id;        // the standard or key-question id; "" for overall, score, warnings
  std::string subject;   // for people: "standard 2.2 Assessment"
  std::string expected;  // canonical text, compared with observe()'s
  SourceLocation where;
  std::function<std::string(const TestSubject&)> observe;
  // Why the actual value is what it is (trace lines, warning messages).
  std::function<std::vector<std::string>(const TestSubject&)> explain;
};

struct TestSpec {
  std::vector<std::string> labels;
  std::vector<Expectation> expectations;
  SourceLocation where;  // the expect: block

  // Whether the test states an expectation under `key` (for `id`, when given).
  bool Expects(const std::string& key, const std::string& id = "") const;
  bool HasLabel(const std::string& label) const;
};

// Reads an inspection's expect: block against the methodology it is rated
// with.  Unknown keys, ids and ratings are errors naming file:line:col.
Result<TestSpec> ReadExpect(const Inspection& inspection, const Methodology& methodology);

struct CheckOutcome {
  int expectation = -1;  // index into TestSpec::expectations
  std::string actual;
  bool passed = false;
  std::vector<std::string> why;  // for a failed check
};

enum class TestStatus {
  kPassed,
  kFailed,       // an expectation does not hold
  kError,        // the test cannot be run: a load or input error
  kNotSelected,  // read, but no label asked for by --label
};

struct TestOutcome {
  std::string file;
  TestStatus status = TestStatus::kError;
  std::optional<Error> error;  // kError
  TestSpec spec;
  std::vector<CheckOutcome> checks;
  std::shared_ptr<const Methodology> methodology;  // null when none could be loaded
  std::optional<Evidence> evidence;
  std::optional<Evaluation> evaluation;
  std::vector<TraceStep> trace;
  std::optional<CheckResult> check_result;  // `rerate check` of the test, when it expects findings
  bool rules_overridden = false;            // rated with --rules instead of the methodology it names
  std::shared_ptr<const RegionResult> region;  // a region test: what the region gave (pools, PDUs)

  int Failures() const;
};

struct TestOptions {
  // --rules FILE: rate the tests of FILE's methodology (those that name it)
  // with FILE; --rules NAME=FILE: rate the tests that name methodology NAME
  // with FILE (a variant under another name).  Other tests use their own.
  std::string rules_override;
  std::vector<std::string> labels;  // --label: run only tests carrying one of these
  std::string run;                  // --run: only tests whose path (as given) matches this ECMAScript regex
};

// Fails on a --run that is not a valid regular expression.
Status CheckTestOptions(const TestOptions& options);

// Files and folders to test files: a folder gives every *.yaml below it,
// recursively and in path order, skipping folders named rules/ (rules files,
// found by methodology name).  Fails on a path that does not exist or a
// folder without test files.
Result<std::vector<std::string>> FindTests(const std::vector<std::string>& paths);

TestOutcome RunTest(const std::string& file, RulesLibrary& library, const TestOptions& options);

struct TestRun {
  std::vector<TestOutcome> outcomes;  // in file order
  int passed = 0;
  int failed = 0;
  int errors = 0;
  int not_selected = 0;             // by --label or --run
  int matched_by_run = 0;           // tests whose path --run matches (all without --run)
  std::string overridden_methodology;  // the methodology --rules applies to; "" without --rules
};

TestRun RunTests(const std::vector<std::string>& files, RulesLibrary& library, const TestOptions& options);

// Fails when a label asked for is carried by none of the tests read (a typo
// would otherwise select nothing and pass), suggesting the nearest; when
// --run matches no test; when --rules applies to no test (it would change
// nothing), saying which methodologies the tests name.
Status CheckSelection(const TestRun& run, const TestOptions& options);

// --- coverage -------------------------------------------------------------

// One behaviour of a rule that some passing test must exercise, e.g. "a key
// question exactly on 65%, its band expected".  What each kind of rule needs
// is listed in README.md ("What exercises a rule").
struct Obligation {
  std::string rule;         // the rule's id
  SourceLocation where;     // where the rule is written
  std::string description;  // what a test must do
  std::string covered_by;   // the first passing test that does it; "" when none
};

// The share of behaviours a rules file's tests must exercise, in hundredths
// of a percent: every one unless --threshold says otherwise.
constexpr int kEveryBehaviour = 10000;

struct RulesCoverage {
  std::shared_ptr<const Methodology> methodology;
  std::vector<Obligation> obligations;  // grouped by rule, in the file's order
  int threshold = kEveryBehaviour;      // hundredths of a percent

  int Uncovered() const;
  // Whether the share exercised is at least the threshold (exactly:
  // exercised * 10000 >= threshold * behaviours).
  bool Met() const;
};

// --threshold PCT: a percentage from 0 to 100 with at most two decimals
// ("80", "87.5"), in hundredths of a percent.
Result<int> ParseCoverageThreshold(const std::string& text);

// The obligations of one methodology, none covered yet.
std::vector<Obligation> ObligationsOf(const Methodology& methodology);

// Coverage of every methodology the outcomes were rated with (one entry per
// rules file, in order of first use); only passing tests count.
std::vector<RulesCoverage> ComputeCoverage(const std::vector<TestOutcome>& outcomes,
                                           int threshold = kEveryBehaviour);

// --- reports --------------------------------------------------------------

enum class TestFormat { kText, kJson, kJunit };

// "text", "json" or "junit".
Result<TestFormat> ParseTestFormat(const std::string& name);

// Every test's result and a closing line "N passed, N failed"; with coverage,
// then the coverage of each rules file.  JUnit: one testcase per test file and,
// with coverage, one per obligation.
std::string RenderTestRun(const TestRun& run, const std::vector<RulesCoverage>* coverage, TestFormat format);

}  // namespace rerate
