// `rerate test` reports: text for people, JSON for scripts (JUnit XML is in
// conformance_junit.cc).
#include "conformance/conformance_render.h"

#include <cstdint>

#include "base/json.h"
#include "base/suggest.h"
#include "base/text.h"
#include "conformance/conformance_junit.h"
#include "render/json_parts.h"

namespace rerate {

Result<TestFormat> ParseTestFormat(const std::string& name) {
  if (name == "text") return TestFormat::kText;
  if (name == "json") return TestFormat::kJson;
  if (name == "junit") return TestFormat::kJunit;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"text", "json", "junit"}) +
                       " (expected text, json or junit)"};
}

const char* TestStatusName(TestStatus status) {
  switch (status) {
    case TestStatus::kPassed: return "passed";
    case TestStatus::kFailed: return "failed";
    case TestStatus::kError: return "error";
    case TestStatus::kNotSelected: return "not_selected";
  }
  return "error";
}

std::string ClosingLine(const TestRun& run) {
  std::string line = std::to_string(run.passed) + " passed, " + std::to_string(run.failed) + " failed";
  if (run.errors > 0) line += ", " + std::to_string(run.errors) + " could not be run";
  const int by_run = static_cast<int>(run.outcomes.size()) - run.matched_by_run;
  const int by_label = run.not_selected - by_run;
  if (by_run > 0 && by_label > 0) {
    line += " (" + std::to_string(by_run) + " not selected by --run, " + std::to_string(by_label) + " by --label)";
  } else if (run.not_selected > 0) {
    line += " (" + std::to_string(run.not_selected) + " not selected by " + (by_run > 0 ? "--run)" : "--label)");
  }
  return line;
}

std::string OverrideLine(const TestRun& run) {
  int overridden = 0;
  std::string file;
  for (const TestOutcome& outcome : run.outcomes) {
    if (!outcome.rules_overridden) continue;
    ++overridden;
    file = outcome.methodology ? outcome.methodology->file : file;
  }
  return "--rules: " + Plural(overridden, "test") + " of " + run.overridden_methodology + " rated with " + file +
         "; the others with the methodology they name";
}

std::string PercentText(int hundredths) {
  std::string text = std::to_string(hundredths / 100);
  if (hundredths % 100 != 0) {
    text += "." + std::to_string(hundredths % 100 / 10);
    if (hundredths % 10 != 0) text += std::to_string(hundredths % 10);
  }
  return text + "%";
}

std::vector<std::string> FailureLines(const TestOutcome& outcome) {
  std::vector<std::string> lines;
  for (const CheckOutcome& check : outcome.checks) {
    if (check.passed) continue;
    const Expectation& expectation = outcome.spec.expectations[check.expectation];
    lines.push_back(expectation.where.ToString() + ": " + expectation.subject);
    lines.push_back("  expected: " + expectation.expected);
    lines.push_back("  actual:   " + check.actual);
    for (const std::string& why : check.why) lines.push_back("    " + why);
  }
  return lines;
}

namespace {

std::string Text(const TestRun& run, const std::vector<RulesCoverage>* coverage) {
  std::string out;
  for (const TestOutcome& outcome : run.outcomes) {
    switch (outcome.status) {
      case TestStatus::kNotSelected: continue;
      case TestStatus::kPassed: out += "PASS  " + outcome.file + "\n"; break;
      case TestStatus::kFailed:
        out += "FAIL  " + outcome.file + "\n";
        for (const std::string& line : FailureLines(outcome)) out += "  " + line + "\n";
        break;
      case TestStatus::kError:
        out += "ERROR " + outcome.file + "\n  " + outcome.error->ToString() + "\n";
        break;
    }
  }
  out += "\n" + ClosingLine(run) + "\n";
  if (!run.overridden_methodology.empty()) out += OverrideLine(run) + "\n";
  if (coverage != nullptr) {
    for (const RulesCoverage& rules : *coverage) out += "\n" + CoverageText(rules);
  }
  return out;
}

Json CheckJson(const TestOutcome& outcome, const CheckOutcome& check) {
  const Expectation& expectation = outcome.spec.expectations[check.expectation];
  Json why = Json::MakeArray();
  for (const std::string& line : check.why) why.Push(line);
  return Json::MakeObject()
      .Set("key", expectation.key)
      .Set("id", expectation.id.empty() ? Json(nullptr) : Json(expectation.id))
      .Set("subject", expectation.subject)
      .Set("expected", expectation.expected)
      .Set("actual", check.actual)
      .Set("passed", check.passed)
      .Set("where", LocationJson(expectation.where))
      .Set("why", std::move(why));
}

Json OutcomeJson(const TestOutcome& outcome) {
  Json labels = Json::MakeArray();
  for (const std::string& label : outcome.spec.labels) labels.Push(label);
  Json checks = Json::MakeArray();
  for (const CheckOutcome& check : outcome.checks) checks.Push(CheckJson(outcome, check));
  Json error = nullptr;
  if (outcome.error) {
    error = Json::MakeObject().Set("where", LocationJson(outcome.error->where)).Set("message", outcome.error->message);
  }
  return Json::MakeObject()
      .Set("file", outcome.file)
      .Set("status", TestStatusName(outcome.status))
      .Set("methodology", outcome.methodology ? Json(outcome.methodology->name) : Json(nullptr))
      .Set("rules_file", outcome.methodology ? Json(outcome.methodology->file) : Json(nullptr))
      .Set("rules_overridden", outcome.rules_overridden)
      .Set("labels", std::move(labels))
      .Set("error", std::move(error))
      .Set("checks", std::move(checks));
}

Json CoverageJson(const RulesCoverage& rules) {
  Json obligations = Json::MakeArray();
  for (const Obligation& obligation : rules.obligations) {
    obligations.Push(Json::MakeObject()
                         .Set("rule", obligation.rule)
                         .Set("where", LocationJson(obligation.where))
                         .Set("description", obligation.description)
                         .Set("covered_by", obligation.covered_by.empty() ? Json(nullptr) : Json(obligation.covered_by)));
  }
  return Json::MakeObject()
      .Set("rules_file", rules.methodology->file)
      .Set("methodology", rules.methodology->name)
      .Set("obligations", static_cast<int>(rules.obligations.size()))
      .Set("uncovered", rules.Uncovered())
      .Set("threshold", rules.threshold == kEveryBehaviour ? Json(nullptr) : Json(PercentText(rules.threshold)))
      .Set("met", rules.Met())
      .Set("items", std::move(obligations));
}

std::string JsonText(const TestRun& run, const std::vector<RulesCoverage>* coverage) {
  Json tests = Json::MakeArray();
  for (const TestOutcome& outcome : run.outcomes) tests.Push(OutcomeJson(outcome));
  Json result = Json::MakeObject()
                    .Set("tests", std::move(tests))
                    .Set("summary", Json::MakeObject()
                                        .Set("passed", run.passed)
                                        .Set("failed", run.failed)
                                        .Set("errors", run.errors)
                                        .Set("not_selected", run.not_selected));
  if (coverage != nullptr) {
    Json items = Json::MakeArray();
    for (const RulesCoverage& rules : *coverage) items.Push(CoverageJson(rules));
    result.Set("coverage", std::move(items));
  }
  return result.Dump();
}

}  // namespace

std::string CoverageText(const RulesCoverage& rules) {
  const Methodology& m = *rules.methodology;
  const int total = static_cast<int>(rules.obligations.size());
  std::string out = "Coverage of " + m.file + " (" + m.name + "): " + std::to_string(total - rules.Uncovered()) +
                    " of " + std::to_string(total) + " behaviours exercised\n";
  if (rules.threshold != kEveryBehaviour) {
    // Exact: the share is shown truncated, never rounded up to the threshold.
    const std::int64_t share = total == 0 ? kEveryBehaviour : (total - rules.Uncovered()) * std::int64_t{kEveryBehaviour} / total;
    out += "  " + PercentText(static_cast<int>(share)) + (rules.Met() ? ", at least " : ", below ") + "the threshold of " +
           PercentText(rules.threshold) + "\n";
  }
  for (size_t i = 0; i < rules.obligations.size();) {
    size_t end = i;
    int covered = 0;
    while (end < rules.obligations.size() && rules.obligations[end].rule == rules.obligations[i].rule) {
      covered += rules.obligations[end].covered_by.empty() ? 0 : 1;
      ++end;
    }
    out += "  " + rules.obligations[i].rule + ": " + std::to_string(covered) + " of " + std::to_string(end - i) + "\n";
    for (; i < end; ++i) {
      const Obligation& obligation = rules.obligations[i];
      out += obligation.covered_by.empty() ? "    MISSING " + obligation.description + "\n"
                                           : "    ok  " + obligation.description + ": " + obligation.covered_by + "\n";
    }
  }
  for (const Obligation& obligation : rules.obligations) {
    if (!obligation.covered_by.empty()) continue;
    out += obligation.where.ToString() + ": not exercised: " + obligation.rule + ": " + obligation.description + "\n";
  }
  return out;
}

std::string RenderTestRun(const TestRun& run, const std::vector<RulesCoverage>* coverage, TestFormat format) {
  switch (format) {
    case TestFormat::kText: return Text(run, coverage);
    case TestFormat::kJson: return JsonText(run, coverage);
    case TestFormat::kJunit: return JunitText(run, coverage);
  }
  return Text(run, coverage);
}

}  // namespace rerate
