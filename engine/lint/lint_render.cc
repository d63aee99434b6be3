// `rerate lint` reports: one line per finding, compiler style, or JSON.
#include "base/json.h"
#include "base/suggest.h"
#include "base/text.h"
#include "render/json_parts.h"
#include "rerate/lint.h"

namespace rerate {

Result<LintFormat> ParseLintFormat(const std::string& name) {
  if (name == "text") return LintFormat::kText;
  if (name == "json") return LintFormat::kJson;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"text", "json"}) + " (expected text or json)"};
}

namespace {

const char* SeverityName(LintSeverity severity) { return severity == LintSeverity::kError ? "error" : "warning"; }

std::string Text(const std::vector<LintReport>& reports) {
  std::string out;
  for (const LintReport& report : reports) {
    for (const LintFinding& finding : report.findings) {
      out += finding.where.ToString() + ": " + SeverityName(finding.severity) + ": " + finding.message;
      out += finding.severity == LintSeverity::kWarning ? " [" + finding.check + "]\n" : "\n";
    }
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

}  // namespace

std::string RenderLint(const std::vector<LintReport>& reports, LintFormat format) {
  return format == LintFormat::kJson ? JsonText(reports) : Text(reports);
}

}  // namespace rerate
