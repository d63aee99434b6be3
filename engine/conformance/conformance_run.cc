// Running conformance tests: find them, rate each, compare with its expect:.
#include <algorithm>
#include <filesystem>

#include "base/suggest.h"
#include "base/text.h"
#include "rerate/check.h"
#include "rerate/conformance.h"
#include "rerate/region.h"

namespace rerate {

namespace fs = std::filesystem;

int TestOutcome::Failures() const {
  int failures = 0;
  for (const CheckOutcome& check : checks) failures += check.passed ? 0 : 1;
  return failures;
}

namespace {

TestOutcome Errored(TestOutcome outcome, Error error) {
  outcome.status = TestStatus::kError;
  outcome.error = std::move(error);
  return outcome;
}

bool Selected(const TestSpec& spec, const std::vector<std::string>& labels) {
  if (labels.empty()) return true;
  return std::any_of(labels.begin(), labels.end(), [&](const std::string& label) { return spec.HasLabel(label); });
}

void Check(TestOutcome* outcome) {
  const TestSubject subject{&*outcome->evidence, &*outcome->evaluation, &outcome->trace,
                            outcome->check_result ? &*outcome->check_result : nullptr};
  const std::vector<Expectation>& expectations = outcome->spec.expectations;
  for (size_t i = 0; i < expectations.size(); ++i) {
    CheckOutcome check;
    check.expectation = static_cast<int>(i);
    check.actual = expectations[i].observe(subject);
    check.passed = check.actual == expectations[i].expected;
    if (!check.passed) check.why = expectations[i].explain(subject);
    outcome->checks.push_back(std::move(check));
  }
  outcome->status = outcome->Failures() == 0 ? TestStatus::kPassed : TestStatus::kFailed;
}

// A region test: the expectations are about the regional evaluation, rated
// under the regional methodology (or --rules) from the PDUs' pooled data.
TestOutcome RunRegionTest(const std::string& file, RulesLibrary& library, const TestOptions& options) {
  TestOutcome outcome;
  outcome.file = file;
  Result<Region> region = LoadRegion(file);
  if (!region) return Errored(std::move(outcome), region.error());
  const Inspection& regional = region->regional;
  Result<std::shared_ptr<const Methodology>> methodology = library.ForInspection(regional, options.rules_override);
  if (!methodology) return Errored(std::move(outcome), methodology.error());
  outcome.methodology = *methodology;
  Result<TestSpec> spec = ReadExpect(regional, **methodology);
  if (!spec) return Errored(std::move(outcome), spec.error());
  outcome.spec = std::move(spec).value();
  if (!Selected(outcome.spec, options.labels)) {
    outcome.status = TestStatus::kNotSelected;
    return outcome;
  }
  Result<RegionResult> rated = RateRegion(*region, library, RegionOptions{options.rules_override, true, ""});
  if (!rated) return Errored(std::move(outcome), rated.error());
  outcome.region = std::make_shared<const RegionResult>(std::move(rated).value());
  outcome.evidence = *outcome.region->evidence;
  outcome.evaluation = *outcome.region->evaluation;
  outcome.trace = outcome.region->trace;
  if (outcome.spec.Expects("findings")) {
    if (!regional.published) {
      return Errored(std::move(outcome), Error{SourceLocation{file, 1, 1}, "expect: findings: needs a published: block "
                                                                           "to check"});
    }
    Result<CheckResult> checked = CheckEvidence(*outcome.evidence, *regional.published, {"pooled", "pdus"});
    if (!checked) return Errored(std::move(outcome), checked.error());
    outcome.check_result = std::move(checked).value();
  }
  Check(&outcome);
  return outcome;
}

}  // namespace

Result<std::vector<std::string>> FindTests(const std::vector<std::string>& paths) {
  return ExpandInputs(paths, /*recursive=*/true);
}

TestOutcome RunTest(const std::string& file, RulesLibrary& library, const TestOptions& options) {
  if (IsRegionFile(file)) return RunRegionTest(file, library, options);
  TestOutcome outcome;
  outcome.file = file;
  Result<Inspection> inspection = LoadInspection(file);
  if (!inspection) return Errored(std::move(outcome), inspection.error());
  Result<std::shared_ptr<const Methodology>> methodology = library.ForInspection(*inspection, options.rules_override);
  if (!methodology) return Errored(std::move(outcome), methodology.error());
  outcome.methodology = *methodology;
  Result<TestSpec> spec = ReadExpect(*inspection, **methodology);
  if (!spec) return Errored(std::move(outcome), spec.error());
  outcome.spec = std::move(spec).value();
  if (!Selected(outcome.spec, options.labels)) {
    outcome.status = TestStatus::kNotSelected;
    return outcome;
  }
  Result<Evidence> evidence = Resolve(*inspection, *methodology);
  if (!evidence) return Errored(std::move(outcome), evidence.error());
  outcome.evidence = std::move(evidence).value();
  TraceLog log;
  outcome.evaluation = Evaluate(*outcome.evidence, &log);
  outcome.trace = log.steps();
  if (outcome.spec.Expects("findings")) {
    Result<CheckResult> checked = CheckInspection(*inspection, *methodology);
    if (!checked) return Errored(std::move(outcome), checked.error());
    outcome.check_result = std::move(checked).value();
  }
  Check(&outcome);
  return outcome;
}

TestRun RunTests(const std::vector<std::string>& files, RulesLibrary& library, const TestOptions& options) {
  TestRun run;
  for (const std::string& file : files) {
    run.outcomes.push_back(RunTest(file, library, options));
    switch (run.outcomes.back().status) {
      case TestStatus::kPassed: ++run.passed; break;
      case TestStatus::kFailed: ++run.failed; break;
      case TestStatus::kError: ++run.errors; break;
      case TestStatus::kNotSelected: ++run.not_selected; break;
    }
  }
  return run;
}

Status CheckLabels(const TestRun& run, const std::vector<std::string>& labels) {
  std::vector<std::string> carried;
  for (const TestOutcome& outcome : run.outcomes) {
    for (const std::string& label : outcome.spec.labels) {
      if (std::find(carried.begin(), carried.end(), label) == carried.end()) carried.push_back(label);
    }
  }
  std::sort(carried.begin(), carried.end());
  for (const std::string& label : labels) {
    if (std::find(carried.begin(), carried.end(), label) != carried.end()) continue;
    return Error{{}, "--label " + label + ": no test carries it" + DidYouMean(label, carried) +
                         (carried.empty() ? "" : " (the tests carry " + OneOf(carried) + ")")};
  }
  return OkStatus();
}

}  // namespace rerate
