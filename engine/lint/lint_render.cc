// `rerate lint` reports: one line per finding, compiler style, JSON, or
// JUnit XML for continuous integration.
#include <filesystem>

#include "base/json.h"
#include "base/suggest.h"
#include "base/text.h"
#include "base/xml.h"
#include "render/json_parts.h"
#include "rerate/lint.h"

namespace rerate {

Result<LintFormat> ParseLintFormat(const std::string& name) {
  if (name == "text") return LintFormat::kText;
  if (name == "json") return LintFormat::kJson;
  if (name == "junit") return LintFormat::kJunit;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"text", "json", "junit"}) +
                       " (expected text, json or junit)"};
}

namespace {

const char* SeverityName(LintSeverity severity) { return severity == LintSeverity::kError ? "error" : "warning"; }

// "file:line:col: warning: message [check]"
std::string FindingLine(const LintFinding& finding) {
  return finding.where.ToString() + ": " + SeverityName(finding.severity) + ": " + finding.message +
         (finding.severity == LintSeverity::kWarning ? " [" + finding.check + "]\n" : "\n");
}

std::string Text(const std::vector<LintReport>& reports) {
  std::string out;
  for (const LintReport& report : reports) {
    for (const LintFinding& finding : report.findings) out += FindingLine(finding);
  }
  for (const LintReport& report : reports) {
    const std::string name = report.methodology ? " (" + report.methodology->name + ")" : "";
    out += report.file + name + ": " +
           (report.findings.empty() ? std::string("no problems found")
                                    : Plural(report.Errors(), "error") + ", " + Plural(report.Warnings(), "warning")) +
           "\n";
  }
  return out;
}

std::string JsonText(const std::vector<LintReport>& reports) {
  Json files = Json::MakeArray();
  for (const LintReport& report : reports) {
    Json findings = Json::MakeArray();
    for (const LintFinding& finding : report.findings) {
      findings.Push(Json::MakeObject()
                        .Set("severity", SeverityName(finding.severity))
                        .Set("check", finding.check)
                        .Set("rule", finding.rule.empty() ? Json(nullptr) : Json(finding.rule))
                        .Set("where", LocationJson(finding.where))
                        .Set("message", finding.message));
    }
    files.Push(Json::MakeObject()
                   .Set("file", report.file)
                   .Set("methodology", report.methodology ? Json(report.methodology->name) : Json(nullptr))
                   .Set("errors", report.Errors())
                   .Set("warnings", report.Warnings())
                   .Set("findings", std::move(findings)));
  }
  return Json::MakeObject().Set("files", std::move(files)).Dump();
}

// One testcase: passes without findings, else a failure listing the
// check's warnings (an error for the loader's).
std::string JunitCase(const LintReport& report, const std::string& check, int* failures, int* errors) {
  std::string classname = "lint." + std::filesystem::path(report.file).replace_extension().string();
  for (char& c : classname) c = c == '/' ? '.' : c;
  const std::string open = "    <testcase" + XmlAttribute("classname", classname) + XmlAttribute("name", check) +
                           XmlAttribute("file", report.file);
  std::string lines;
  int found = 0;
  for (const LintFinding& finding : report.findings) {
    if (finding.check != check) continue;
    lines += FindingLine(finding);
    ++found;
  }
  if (found == 0) return open + "/>\n";
  const bool error = check == "load";
  ++*(error ? errors : failures);
  const std::string element = error ? "error" : "failure";
  const std::string message = error ? "the rules file cannot be loaded" : Plural(found, "warning");
  return open + ">\n      <" + element + XmlAttribute("message", message) +
         XmlAttribute("type", error ? "load" : "warning") + ">" + XmlEscape(lines) + "</" + element +
         ">\n    </testcase>\n";
}

std::string JunitText(const std::vector<LintReport>& reports) {
  std::string suites;
  int all_tests = 0;
  int all_failures = 0;
  int all_errors = 0;
  for (const LintReport& report : reports) {
    // A file the loader refuses is checked no further: "load" alone.
    std::vector<std::string> checks = {"load"};
    if (report.methodology) checks.insert(checks.end(), LintChecks().begin(), LintChecks().end());
    int failures = 0;
    int errors = 0;
    std::string cases;
    for (const std::string& check : checks) cases += JunitCase(report, check, &failures, &errors);
    const int tests = static_cast<int>(checks.size());
    suites += "  <testsuite" + XmlAttribute("name", report.file) + JunitCounts(tests, failures, errors) + ">\n" +
              cases + "  </testsuite>\n";
    all_tests += tests;
    all_failures += failures;
    all_errors += errors;
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + XmlAttribute("name", "rerate lint") +
         JunitCounts(all_tests, all_failures, all_errors) + ">\n" + suites + "</testsuites>\n";
}

}  // namespace

std::string RenderLint(const std::vector<LintReport>& reports, LintFormat format) {
  switch (format) {
    case LintFormat::kJson: return JsonText(reports);
    case LintFormat::kJunit: return JunitText(reports);
    case LintFormat::kText: break;
  }
  return Text(reports);
}

}  // namespace rerate
