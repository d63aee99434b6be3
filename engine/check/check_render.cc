// `check` for people: a line per published value (reproduced, explained with
// the reason, unverifiable and why, or the finding with its numbers), then
// the explained items, findings and notes; several files end in a summary.
#include "check/check_render.h"

#include <algorithm>
#include <fmt/format.h>

#include "base/text.h"
#include "check/check_json.h"
#include "check/check_published.h"
#include "model/names.h"
#include "render/markdown.h"

namespace rerate {

namespace {

class CheckTextRenderer {
 public:
  CheckTextRenderer(const CheckResult& result, bool markdown)
      : r_(result), m_(*result.methodology), md_(markdown) {}

  std::string Render() {
    Header();
    Values("Score and overall rating", [](const CheckedValue& v) { return v.standard.empty(); });
    Values("Standards", [](const CheckedValue& v) { return !v.standard.empty() && v.subject == v.standard; });
    Values("Key questions", [](const CheckedValue& v) { return !v.standard.empty() && v.subject != v.standard; });
    Explained();
    Findings();
    Notes();
    Line(CheckVerdict(r_, md_));
    Line();
    return out_;
  }

 private:
  void Line(const std::string& text = "") { out_ += TrimEnd(text) + "\n"; }
  void Title(const std::string& text) { Line(md_ ? "### " + text : text); if (md_) Line(); }

  void Header() {
    Line(md_ ? "## " + r_.inspection : r_.inspection);
    if (md_) Line();
    const std::string bullet = md_ ? "- " : "  ";
    Line(bullet + "file: " + r_.file);
    Line(bullet + "methodology: " + m_.name + " (" + m_.file + ")");
    if (!r_.cases_file.empty()) Line(bullet + "cases: " + std::to_string(r_.cases) + " read from " + r_.cases_file);
    Line();
  }

  std::string Label(const CheckedValue& value) const {
    return value.name.empty() ? value.subject : value.subject + " " + value.name;
  }

  template <class Filter>
  void Values(const std::string& title, Filter filter) {
    bool any = false;
    for (const CheckedValue& value : r_.values) {
      if (!filter(value)) continue;
      if (!any) {
        Title(title);
        if (md_) Line("| Status | Value | Published | Detail |\n|---|---|---|---|");
        any = true;
      }
      const std::string published = PublishedText(value);
      const std::string status = value.status == ValueStatus::kFinding ? "FINDING" : ValueStatusName(value.status);
      if (md_) {
        Line(MarkdownRow({status, Label(value), published, value.detail}));
      } else {
        Line(fmt::format("  {:<12} {:<32} {:<21} {}", status, Label(value), published, value.detail));
      }
    }
    if (any) Line();
  }

  void Explained() {
    if (r_.explained.empty()) return;
    Title("Explained");
    for (const Explanation& item : r_.explained) {
      std::string text = item.rule + ": " + item.detail;
      if (!item.reason.empty()) text += "; reason: \"" + item.reason + "\"";
      Line(md_ ? "- " + item.kind + ", " + item.standard + ": " + text
               : fmt::format("  {:<11} {:<6} {}", item.kind, item.standard, text));
    }
    Line();
  }

  void Findings() {
    if (r_.findings.empty()) {
      Line(md_ ? "### Findings: none\n" : "Findings: none\n");
      return;
    }
    Title("Findings");
    for (const Finding& finding : r_.findings) {
      const std::string text = FindingSummary(m_, finding);
      Line(md_ ? "- " + std::string(FindingKindName(finding.kind)) + ", " + finding.subject + ": " + text
               : fmt::format("  {:<19} {:<7} {}", FindingKindName(finding.kind), finding.subject, text));
    }
    Line();
  }

  void Notes() {
    if (r_.notes.empty()) return;
    Title("Notes");
    for (const CheckNote& note : r_.notes) {
      Line((md_ ? "- " : "  ") + (note.subject.empty() ? "" : note.subject + ": ") + note.message);
    }
    Line();
  }

  const CheckResult& r_;
  const Methodology& m_;
  bool md_;
  std::string out_;
};

}  // namespace

std::string PublishedText(const CheckedValue& value) {
  const bool percent = !value.standard.empty() && value.subject != value.standard;
  return value.published.ToString() + (percent ? "%" : "");
}

std::string FindingSummary(const Methodology& methodology, const Finding& finding) {
  std::string text;
  if (!finding.key_question.empty()) {
    text = "in " + StandardLabel(methodology, methodology.FindStandard(finding.standard)) + ": ";
  }
  if (finding.kind == FindingKind::kRoundingSensitive) {
    // Not a published value: the bands the two readings of the figure give.
    text += "printed figure " + finding.published.ToString() + ", exact fraction " + finding.computed.ToString();
  } else {
    const std::string unit = finding.kind == FindingKind::kPercentage ? "%" : "";
    text += "published " + (finding.published.empty() ? "nothing" : finding.published.ToString() + unit);
    if (!finding.computed.empty()) text += ", computed " + finding.computed.ToString() + unit;
  }
  text += " (" + finding.rule + ")";
  if (!finding.where.file.empty()) text += " at " + finding.where.ToString();
  return text;
}

std::string CheckVerdict(const CheckResult& result, bool markdown) {
  const int findings = static_cast<int>(result.findings.size());
  const std::string counts =
      std::to_string(result.values.size()) + " published values: " +
      std::to_string(result.Count(ValueStatus::kReproduced)) + " reproduced, " +
      std::to_string(result.Count(ValueStatus::kExplained)) + " explained, " +
      std::to_string(result.Count(ValueStatus::kUnverifiable)) + " unverifiable; " +
      (findings == 0 ? "no findings" : Plural(findings, "finding"));
  return (markdown ? "**" : "") + std::string(result.ok() ? "OK" : "FINDINGS") + (markdown ? "**" : "") + ": " + counts;
}

std::string RenderCheckText(const CheckResult& result, bool markdown) {
  return CheckTextRenderer(result, markdown).Render();
}

CheckSummaryRow SummaryRowOf(const CheckResult& result) {
  return CheckSummaryRow{result.inspection,
                         result.file,
                         result.ok(),
                         result.Count(ValueStatus::kReproduced),
                         result.Count(ValueStatus::kExplained),
                         result.Count(ValueStatus::kUnverifiable),
                         static_cast<int>(result.findings.size())};
}

std::string RenderCheckSummaryText(const std::vector<CheckSummaryRow>& rows, bool markdown) {
  std::string out = markdown ? "## Summary\n\n| Inspection | Reproduced | Explained | Unverifiable | Findings | File |\n"
                               "|---|---|---|---|---|---|\n"
                             : "Summary\n";
  size_t width = std::string("Inspection").size();
  for (const CheckSummaryRow& row : rows) width = std::max(width, row.inspection.size());
  if (!markdown) {
    out += fmt::format("  {:<{}}  {:>10}  {:>9}  {:>12}  {:>8}  {}\n", "Inspection", width, "Reproduced", "Explained",
                       "Unverifiable", "Findings", "File");
  }
  for (const CheckSummaryRow& row : rows) {
    out += markdown ? fmt::format("| {} | {} | {} | {} | {} | {} |\n", row.inspection, row.reproduced, row.explained,
                                  row.unverifiable, row.findings, row.file)
                    : fmt::format("  {:<{}}  {:>10}  {:>9}  {:>12}  {:>8}  {}\n", row.inspection, width, row.reproduced,
                                  row.explained, row.unverifiable, row.findings, row.file);
  }
  return out;
}

std::string RenderCheckSummaryText(const std::vector<CheckResult>& results, bool markdown) {
  std::vector<CheckSummaryRow> rows;
  for (const CheckResult& result : results) rows.push_back(SummaryRowOf(result));
  return RenderCheckSummaryText(rows, markdown);
}

std::string RenderCheck(const CheckResult& result, Format format) {
  if (format == Format::kJson) return CheckJson(result).Dump();
  return RenderCheckText(result, format == Format::kMarkdown);
}

CheckPart RenderCheckPart(const CheckResult& result, Format format) {
  CheckPart part;
  part.row = SummaryRowOf(result);
  if (format == Format::kJson) {
    CheckJson(result).DumpTo(&part.text, 2);
  } else {
    part.text = RenderCheckText(result, format == Format::kMarkdown);
  }
  return part;
}

std::string CheckManyWriter::Add(CheckPart part) {
  rows_.push_back(std::move(part.row));
  if (format_ != Format::kJson) return std::move(part.text);
  return (rows_.size() == 1 ? "{\n  \"results\": [\n    " : ",\n    ") + part.text;
}

std::string CheckManyWriter::Finish() const {
  if (rows_.empty()) return "";
  if (format_ != Format::kJson) return RenderCheckSummaryText(rows_, format_ == Format::kMarkdown);
  Json summary = Json::MakeArray();
  for (const CheckSummaryRow& row : rows_) summary.Push(CheckSummaryJson(row));
  std::string out = "\n  ],\n  \"summary\": ";
  summary.DumpTo(&out, 1);
  return out + "\n}\n";
}

std::string RenderCheckMany(const std::vector<CheckResult>& results, Format format) {
  CheckManyWriter writer(format);
  std::string out;
  for (const CheckResult& result : results) out += writer.Add(RenderCheckPart(result, format));
  return out + writer.Finish();
}

}  // namespace rerate
