// `rerate test --format junit`: JUnit XML for continuous integration.  One
// testsuite per folder of tests, one testcase per test file; with coverage,
// one testsuite per rules file and one testcase per behaviour, failing when
// no test exercises it.
#include "conformance/conformance_junit.h"

#include <filesystem>

#include "base/xml.h"
#include "conformance/conformance_render.h"

namespace rerate {

namespace {

std::string Folder(const std::string& file) {
  const std::string folder = std::filesystem::path(file).parent_path().string();
  return folder.empty() ? "." : folder;
}

std::string ClassName(const std::string& folder) {
  std::string name = folder;
  for (char& c : name) c = c == '/' ? '.' : c;
  return name;
}

std::string TestCase(const TestOutcome& outcome) {
  const std::string open = "    <testcase" + XmlAttribute("classname", ClassName(Folder(outcome.file))) +
                           XmlAttribute("name", std::filesystem::path(outcome.file).stem().string()) +
                           XmlAttribute("file", outcome.file);
  if (outcome.status == TestStatus::kPassed) return open + "/>\n";
  std::string body;
  std::string element;
  std::string message;
  if (outcome.status == TestStatus::kError) {
    element = "error";
    message = outcome.error->ToString();
    body = message;
  } else {
    element = "failure";
    message = std::to_string(outcome.Failures()) + " of " + std::to_string(outcome.checks.size()) +
              " expectations failed";
    for (const std::string& line : FailureLines(outcome)) body += line + "\n";
  }
  return open + ">\n      <" + element + XmlAttribute("message", message) + XmlAttribute("type", element == "error" ? "input" : "expectation") +
         ">" + XmlEscape(body) + "</" + element + ">\n    </testcase>\n";
}

std::string TestSuites(const TestRun& run) {
  std::string out;
  for (size_t i = 0; i < run.outcomes.size();) {
    const std::string folder = Folder(run.outcomes[i].file);
    std::string cases;
    int tests = 0;
    int failures = 0;
    int errors = 0;
    for (; i < run.outcomes.size() && Folder(run.outcomes[i].file) == folder; ++i) {
      const TestOutcome& outcome = run.outcomes[i];
      if (outcome.status == TestStatus::kNotSelected) continue;
      ++tests;
      failures += outcome.status == TestStatus::kFailed ? 1 : 0;
      errors += outcome.status == TestStatus::kError ? 1 : 0;
      cases += TestCase(outcome);
    }
    if (tests == 0) continue;
    out += "  <testsuite" + XmlAttribute("name", folder) + JunitCounts(tests, failures, errors) + ">\n" + cases + "  </testsuite>\n";
  }
  return out;
}

// Each behaviour a testcase; without a threshold an unexercised one fails.
// With --threshold the threshold decides: unexercised behaviours are
// skipped, and one more testcase fails when the share exercised is below it.
std::string CoverageSuite(const RulesCoverage& rules, int* tests, int* failures) {
  const bool threshold = rules.threshold != kEveryBehaviour;
  const std::string file = rules.methodology->file;
  std::string cases;
  for (const Obligation& obligation : rules.obligations) {
    cases += "    <testcase" + XmlAttribute("classname", "coverage." + rules.methodology->name + "." + obligation.rule) +
             XmlAttribute("name", obligation.description) + XmlAttribute("file", file);
    if (!obligation.covered_by.empty()) {
      cases += "/>\n";
      continue;
    }
    const std::string message = obligation.where.ToString() + ": no passing test exercises this";
    cases += threshold ? ">\n      <skipped" + XmlAttribute("message", message) + "/>\n    </testcase>\n"
                       : ">\n      <failure" + XmlAttribute("message", message) + XmlAttribute("type", "coverage") + ">" +
                             XmlEscape(message) + "</failure>\n    </testcase>\n";
  }
  int suite_tests = static_cast<int>(rules.obligations.size());
  int suite_failures = threshold ? 0 : rules.Uncovered();
  if (threshold) {
    ++suite_tests;
    const std::string name = "at least " + PercentText(rules.threshold) + " of the behaviours exercised";
    cases += "    <testcase" + XmlAttribute("classname", "coverage." + rules.methodology->name) + XmlAttribute("name", name) +
             XmlAttribute("file", file);
    if (rules.Met()) {
      cases += "/>\n";
    } else {
      ++suite_failures;
      const int total = static_cast<int>(rules.obligations.size());
      const std::string message = std::to_string(total - rules.Uncovered()) + " of " + std::to_string(total) +
                                  " behaviours exercised, below " + PercentText(rules.threshold);
      cases += ">\n      <failure" + XmlAttribute("message", "below the threshold") + XmlAttribute("type", "coverage") +
               ">" + XmlEscape(message) + "</failure>\n    </testcase>\n";
    }
  }
  *tests += suite_tests;
  *failures += suite_failures;
  return "  <testsuite" + XmlAttribute("name", "coverage of " + file) +
         JunitCounts(suite_tests, suite_failures, 0) + ">\n" + cases + "  </testsuite>\n";
}

}  // namespace

std::string JunitText(const TestRun& run, const std::vector<RulesCoverage>* coverage) {
  int tests = run.passed + run.failed + run.errors;
  int failures = run.failed;
  std::string suites = TestSuites(run);
  if (coverage != nullptr) {
    for (const RulesCoverage& rules : *coverage) suites += CoverageSuite(rules, &tests, &failures);
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + XmlAttribute("name", "rerate test") +
         JunitCounts(tests, failures, run.errors) + ">\n" + suites + "</testsuites>\n";
}

}  // namespace rerate
