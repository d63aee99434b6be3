// Running conformance tests: find them, rate each, compare with its expect:.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>

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

// What --rules applies to: the tests that name `methodology`, rated with
// `file`.  "NAME=FILE" names it; a plain FILE applies to its own
// methodology's tests (read from the file; when it cannot be read, every
// test reports why).
struct Override {
  std::string methodology;
  std::string file;
  std::optional<Error> error;
};

Override ReadOverride(const std::string& option, RulesLibrary& library) {
  Override override;
  if (option.empty()) return override;
  const size_t equals = option.find('=');
  const std::string name = equals == std::string::npos ? "" : option.substr(0, equals);
  if (!name.empty() && name.find('/') == std::string::npos && name.find(".yaml") == std::string::npos) {
    override.methodology = name;
    override.file = option.substr(equals + 1);
    return override;
  }
  override.file = option;
  Result<std::shared_ptr<const Methodology>> rules = library.Load(option);
  if (rules) {
    override.methodology = (*rules)->name;
  } else {
    override.error = rules.error();
  }
  return override;
}

// The test's methodology, or the --rules file when it applies to the test.
Result<std::shared_ptr<const Methodology>> MethodologyFor(const Inspection& inspection, const Override& override,
                                                          RulesLibrary& library, bool* overridden) {
  *overridden = false;
  if (override.file.empty()) return library.ForInspection(inspection, "");
  if (override.error) return *override.error;
  // A test naming the methodology uses the override without looking its own
  // rules up (they may exist only as the override); one naming a path uses
  // it when that file is of the override's methodology.
  if (inspection.methodology.value != override.methodology) {
    Result<std::shared_ptr<const Methodology>> own = library.ForInspection(inspection, "");
    if (!own || (*own)->name != override.methodology) return own;
  }
  *overridden = true;
  return library.Load(override.file);
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
TestOutcome RunRegionTest(TestOutcome outcome, RulesLibrary& library, const TestOptions& options,
                          const Override& override) {
  const std::string& file = outcome.file;
  Result<Region> region = LoadRegion(file);
  if (!region) return Errored(std::move(outcome), region.error());
  const Inspection& regional = region->regional;
  Result<std::shared_ptr<const Methodology>> methodology =
      MethodologyFor(regional, override, library, &outcome.rules_overridden);
  if (!methodology) return Errored(std::move(outcome), methodology.error());
  outcome.methodology = *methodology;
  Result<TestSpec> spec = ReadExpect(regional, **methodology);
  if (!spec) return Errored(std::move(outcome), spec.error());
  outcome.spec = std::move(spec).value();
  if (!Selected(outcome.spec, options.labels)) {
    outcome.status = TestStatus::kNotSelected;
    return outcome;
  }
  const std::string rules = outcome.rules_overridden ? override.file : "";
  Result<RegionResult> rated = RateRegion(*region, library, RegionOptions{rules, true, ""});
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

namespace {

// --run as a regular expression; nullopt without --run, and (never seen
// after CheckTestOptions) for a pattern std::regex cannot read.
std::optional<std::regex> RunPattern(const TestOptions& options) {
  if (options.run.empty()) return std::nullopt;
  try {
    return std::regex(options.run, std::regex::ECMAScript);
  } catch (const std::regex_error&) {
    return std::nullopt;
  }
}

bool PathSelected(const std::string& file, const TestOptions& options, const std::optional<std::regex>& pattern) {
  if (options.run.empty()) return true;
  return pattern && std::regex_search(file, *pattern);
}

TestOutcome Run(const std::string& file, RulesLibrary& library, const TestOptions& options, const Override& override,
                const std::optional<std::regex>& pattern) {
  TestOutcome outcome;
  outcome.file = file;
  if (!PathSelected(file, options, pattern)) {
    outcome.status = TestStatus::kNotSelected;
    return outcome;
  }
  if (IsRegionFile(file)) return RunRegionTest(std::move(outcome), library, options, override);
  Result<Inspection> inspection = LoadInspection(file, library.case_files());
  if (!inspection) return Errored(std::move(outcome), inspection.error());
  Result<std::shared_ptr<const Methodology>> methodology =
      MethodologyFor(*inspection, override, library, &outcome.rules_overridden);
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

}  // namespace

Status CheckTestOptions(const TestOptions& options) {
  if (options.run.empty()) return OkStatus();
  try {
    std::regex(options.run, std::regex::ECMAScript);
  } catch (const std::regex_error& e) {
    return Error{{}, "--run " + options.run + ": not a regular expression (" + e.what() + ")"};
  }
  return OkStatus();
}

TestOutcome RunTest(const std::string& file, RulesLibrary& library, const TestOptions& options) {
  return Run(file, library, options, ReadOverride(options.rules_override, library), RunPattern(options));
}

TestRun RunTests(const std::vector<std::string>& files, RulesLibrary& library, const TestOptions& options) {
  TestRun run;
  const Override override = ReadOverride(options.rules_override, library);
  if (!override.error) run.overridden_methodology = override.methodology;
  const std::optional<std::regex> pattern = RunPattern(options);
  for (const std::string& file : files) {
    if (PathSelected(file, options, pattern)) ++run.matched_by_run;
    run.outcomes.push_back(Run(file, library, options, override, pattern));
    switch (run.outcomes.back().status) {
      case TestStatus::kPassed: ++run.passed; break;
      case TestStatus::kFailed: ++run.failed; break;
      case TestStatus::kError: ++run.errors; break;
      case TestStatus::kNotSelected: ++run.not_selected; break;
    }
  }
  return run;
}

Status CheckSelection(const TestRun& run, const TestOptions& options) {
  std::vector<std::string> carried;
  for (const TestOutcome& outcome : run.outcomes) {
    for (const std::string& label : outcome.spec.labels) {
      if (std::find(carried.begin(), carried.end(), label) == carried.end()) carried.push_back(label);
    }
  }
  std::sort(carried.begin(), carried.end());
  for (const std::string& label : options.labels) {
    if (std::find(carried.begin(), carried.end(), label) != carried.end()) continue;
    return Error{{}, "--label " + label + ": no test carries it" + DidYouMean(label, carried) +
                         (carried.empty() ? "" : " (the tests carry " + OneOf(carried) + ")")};
  }
  if (!options.run.empty() && run.matched_by_run == 0) {
    return Error{{}, "--run " + options.run + ": no test's path matches it"};
  }
  const bool overridden = std::any_of(run.outcomes.begin(), run.outcomes.end(),
                                      [](const TestOutcome& outcome) { return outcome.rules_overridden; });
  if (!run.overridden_methodology.empty() && !overridden) {
    std::vector<std::string> named;
    for (const TestOutcome& outcome : run.outcomes) {
      if (!outcome.methodology) continue;
      if (std::find(named.begin(), named.end(), outcome.methodology->name) == named.end()) {
        named.push_back(outcome.methodology->name);
      }
    }
    return Error{{}, "--rules " + options.rules_override + ": no test is of methodology " + run.overridden_methodology +
                         ", so it would change nothing" + (named.empty() ? "" : " (the tests are of " + AllOf(named) + ")") +
                         "; --rules NAME=FILE rates the tests of methodology NAME with FILE"};
  }
  return OkStatus();
}

}  // namespace rerate
