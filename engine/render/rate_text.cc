// `rate` as text: the ratings table as the report prints it, then each case
// standard's key questions, the rules that changed something and warnings.
#include "render/rate_text.h"

#include <algorithm>
#include <fmt/compile.h>
#include <fmt/format.h>

#include "base/text.h"
#include "model/names.h"
#include "model/rule_text.h"
#include "render/markdown.h"
#include "render/wording.h"
#include "rerate/bands.h"
#include "rerate/render.h"

namespace rerate {

namespace {

class TextRenderer {
 public:
  TextRenderer(const RateOutput& output, bool markdown)
      : r_(output), e_(*output.evaluation), m_(*e_.methodology), md_(markdown), words_(!output.brief) {}

  std::string Render() {
    Header();
    Ratings();
    KeyQuestions();
    Events();
    Warnings();
    if (r_.breakdown != nullptr) out_ += RenderBreakdown(e_, *r_.breakdown, md_);
    if (r_.trace != nullptr) {
      if (words_) RulesApplied();
      Explanation();
    }
    return out_;
  }

 private:
  void Line(const std::string& text = "") {
    const size_t end = text.find_last_not_of(' ');
    out_ += (end == std::string::npos ? "" : text.substr(0, end + 1)) + "\n";
  }

  void Header() {
    Line(md_ ? "## " + e_.inspection : e_.inspection);
    if (md_) Line();
    const std::string bullet = md_ ? "- " : "  ";
    Line(bullet + "methodology: " + m_.name + " (" + m_.file + ")");
    if (!e_.fieldwork.empty()) Line(bullet + "fieldwork: " + e_.fieldwork);
    if (!e_.cases_file.empty()) {
      Line(bullet + "cases: " + std::to_string(e_.cases) + " read from " + e_.cases_file);
    }
    if (!e_.source.empty()) Line(bullet + "source: " + e_.source);
    Line();
    const std::string score = OutOf(e_.score, e_.max);
    const std::string overall = RatingText(m_, e_.overall);
    if (md_) {
      Line("Score **" + score + "**, overall rating **" + overall + "**");
    } else {
      Line("Score " + score + "    Overall rating: " + overall);
    }
    Line();
  }

  std::string StatusText(const StandardResult& result) const {
    switch (result.status) {
      case StandardStatus::kReportedOnly: return "reported, not rated";
      case StandardStatus::kNotRated: return m_.scale.not_rated_label;
      case StandardStatus::kRated: return RatingText(m_, result.rating);
    }
    return "";
  }

  // "judged Good; court-work-caps-leadership" for a rating a rule changed.
  std::string ChangeNote(const StandardResult& result) const {
    if (result.status != StandardStatus::kRated || result.rating == result.computed) return "";
    const bool judged = m_.standards[result.standard].basis == StandardBasis::kJudgement;
    std::string note = (judged ? "judged " : "computed ") + RatingText(m_, result.computed);
    for (const RuleEvent& event : e_.events) {
      if (event.standard == result.standard && event.kind != EventKind::kDeparture) note += "; " + event.rule;
    }
    return note;
  }

  void Ratings() {
    if (md_) {
      Line("| Standard | Rating | Points | Note |");
      Line("|---|---|---|---|");
    }
    int domain = -1;
    for (const StandardResult& result : e_.standards) {
      const Standard& standard = m_.standards[result.standard];
      if (standard.domain != domain) {
        domain = standard.domain;
        const std::string title = m_.domains[domain].id + ". " + m_.domains[domain].name;
        md_ ? Line(MarkdownRow({"**" + title + "**", "", "", ""})) : Line(title);
      }
      const std::string points = result.status == StandardStatus::kRated ? std::to_string(result.points) : "-";
      const std::string note = ChangeNote(result);
      if (md_) {
        Line(MarkdownRow({standard.id + " " + standard.name, StatusText(result), points, note}));
      } else {
        Line(fmt::format(FMT_COMPILE("  {:<5} {:<28} {:<21} {:>2}{}"), standard.id, standard.name, StatusText(result), points,
                         note.empty() ? "" : "   (" + note + ")"));
      }
    }
    Line();
  }

  std::string Flags(const KqResult& kq, const StandardResult& standard) const {
    std::vector<std::string> flags;
    if (kq.lowest) flags.push_back("lowest");
    if (kq.source == KqSource::kPercent) flags.push_back("printed figure only");
    if (kq.rounding_sensitive) {
      flags.push_back("rounding-sensitive: exact " + m_.RatingName(*kq.exact_band) + ", printed " +
                      m_.RatingName(*kq.printed_band));
    }
    if (kq.edge_unknown) flags.push_back("on a band edge: exact band unknown");
    if (standard.status == StandardStatus::kReportedOnly) flags.push_back("reported, never rated");
    std::string text;
    for (const std::string& flag : flags) text += (text.empty() ? "" : "; ") + flag;
    return text;
  }

  void KeyQuestions() {
    Line(md_ ? "### Key questions" : "Key questions");
    if (md_) {
      Line();
      Line(words_ ? "| Key question | Question | Yes | Relevant | % | Band | Note |" : "| Key question | Yes | Relevant | % | Band | Note |");
      Line(words_ ? "|---|---|---|---|---|---|---|" : "|---|---|---|---|---|---|");
    }
    for (const StandardResult& result : e_.standards) {
      if (result.key_questions.empty()) continue;
      const Standard& standard = m_.standards[result.standard];
      if (!md_) Line("  " + standard.id + " " + standard.name + ": " + StatusText(result));
      for (const KqResult& kq : result.key_questions) KeyQuestionLine(kq, result);
    }
    Line();
  }

  void KeyQuestionLine(const KqResult& kq, const StandardResult& result) {
    const std::string& id = m_.key_questions[kq.key_question].id;
    std::string counts = "-";
    std::string yes = "-";
    std::string relevant = "-";
    if (kq.source == KqSource::kCases || kq.source == KqSource::kCounts) {
      yes = std::to_string(kq.yes);
      relevant = std::to_string(kq.relevant);
      counts = OutOf(kq.yes, kq.relevant);
    }
    const std::string percent = kq.HasResult() ? std::to_string(kq.percent) + "%" : "-";
    const std::string band = kq.source == KqSource::kNone ? "no data" : !kq.HasResult() ? "no result" : kq.band ? m_.RatingName(*kq.band) : "-";
    const std::string flags = Flags(kq, result);
    if (md_) {
      Line(MarkdownRow(Cells(id, {yes, relevant, percent, band, flags})));
    } else {
      Line(fmt::format(FMT_COMPILE("    {:<8} {:>7} {:>5}  {:<21}{}"), id, counts, percent, band,
                       flags.empty() ? "" : " " + flags));
      Wording(id, "      ");
    }
    for (const PromptResult& prompt : e_.prompts) {
      if (prompt.key_question != kq.key_question) continue;
      const std::string prompt_percent =
          prompt.relevant > 0 ? std::to_string(PrintedPercent(prompt.yes, prompt.relevant, m_.banding.rounding)) + "%" : "-";
      const std::string prompt_counts = OutOf(prompt.yes, prompt.relevant);
      if (md_) {
        Line(MarkdownRow(Cells(prompt.id, {std::to_string(prompt.yes), std::to_string(prompt.relevant), prompt_percent,
                                           "", "prompt, never rated"})));
      } else {
        Line(fmt::format(FMT_COMPILE("      {:<8} {:>5} {:>5}  prompt, never rated"), prompt.id, prompt_counts, prompt_percent));
        Wording(prompt.id, "        ");
      }
    }
  }

  // The row's cells: the id, what it asks (unless brief), then the rest.
  std::vector<std::string> Cells(const std::string& id, const std::vector<std::string>& rest) const {
    std::vector<std::string> cells = {id};
    if (words_) cells.push_back(QuestionText(m_, id));
    cells.insert(cells.end(), rest.begin(), rest.end());
    return cells;
  }

  // What a key question or prompt asks, under its row.
  void Wording(const std::string& id, const std::string& indent) {
    if (words_) out_ += IndentedText(QuestionText(m_, id), indent);
  }

  void Events() {
    bool any = false;
    for (const RuleEvent& event : e_.events) {
      if (!any) {
        Line(md_ ? "### Rules that changed a rating or were departed from\n" : "Rules that changed a rating or were departed from");
        any = true;
      }
      const std::string description = words_ ? RuleDescription(m_, event.rule) : "";
      if (description.empty()) {
        Line((md_ ? "- " : "  ") + EventText(m_, event));
      } else if (md_) {
        Line("- **" + event.rule + "**: " + description);
        Line("  - " + EventBody(m_, event));
      } else {
        Line("  " + event.rule + ": " + description);
        Line("    " + EventBody(m_, event));
      }
    }
    if (any) Line();
  }

  void Warnings() {
    if (e_.warnings.empty() && e_.violations.empty()) return;
    Line(md_ ? "### Warnings\n" : "Warnings");
    for (const Violation& violation : e_.violations) {
      Line((md_ ? "- " : "  ") + violation.where.ToString() + ": " + violation.message);
    }
    for (const Warning& warning : e_.warnings) {
      Line((md_ ? "- " : "  ") + warning.where.ToString() + ": " + warning.message);
    }
    Line();
  }

  // What each rule the explanation names does, before the explanation.
  void RulesApplied() {
    std::vector<std::string> rules;
    for (const TraceStep& step : *r_.trace) rules.push_back(step.rule);
    const std::string legend = RulesLegend(m_, rules, md_);
    if (legend.empty()) return;
    Line(md_ ? "### Rules applied, in order\n" : "Rules applied, in order");
    out_ += legend;
    Line();
  }

  void Explanation() {
    Line(md_ ? "### Explanation\n" : "Explanation");
    for (const TraceStep& step : *r_.trace) {
      if (md_) {
        Line("- `" + step.rule + "` " + step.subject + ": " + step.message);
      } else {
        Line(fmt::format(FMT_COMPILE("  {:<28} {:<8} {}"), step.rule, step.subject, step.message));
      }
    }
    Line();
  }

  const RateOutput& r_;
  const Evaluation& e_;
  const Methodology& m_;
  bool md_;
  bool words_;  // each key question's wording and each rule's description
  std::string out_;
};

}  // namespace

std::string EventText(const Methodology& m, const RuleEvent& event) { return event.rule + ": " + EventBody(m, event); }

std::string EventBody(const Methodology& m, const RuleEvent& event) {
  std::string text = StandardLabel(m, event.standard);
  if (event.kind == EventKind::kDeparture) {
    text += " departs from guidance. " + event.detail + ". ";
    text += event.reason.empty() ? "No reason recorded." : "Reason: \"" + event.reason + "\"";
    return text;
  }
  text += " " + RatingText(m, event.before) + " -> " + RatingText(m, event.after) + ". " + event.detail + ".";
  if (!event.reason.empty()) text += " Reason: \"" + event.reason + "\"";
  return text;
}

std::string RenderBreakdown(const Evaluation& e, const Breakdown& breakdown, bool markdown) {
  const Methodology& m = *e.methodology;
  std::string out = markdown ? "### Breakdown by " + breakdown.attribute + " (reported, never rated)\n\n"
                             : "Breakdown by " + breakdown.attribute + " (reported, never rated)\n";
  std::string header = markdown ? "| Key question |" : fmt::format(FMT_COMPILE("    {:<8}"), "");
  std::string rule = "|---|";
  for (size_t g = 0; g < breakdown.groups.size(); ++g) {
    const std::string title = breakdown.groups[g] + " (" + std::to_string(breakdown.group_cases[g]) + ")";
    header += markdown ? " " + title + " |" : fmt::format(FMT_COMPILE(" {:>16}"), title);
    rule += "---|";
  }
  out += header + "\n";
  if (markdown) out += rule + "\n";
  for (const Breakdown::Row& row : breakdown.rows) {
    std::string line = markdown ? "| " + m.key_questions[row.key_question].id + " |"
                                : fmt::format(FMT_COMPILE("    {:<8}"), m.key_questions[row.key_question].id);
    for (size_t g = 0; g < breakdown.groups.size(); ++g) {
      std::string cell = OutOf(row.yes[g], row.relevant[g]);
      if (row.relevant[g] > 0) {
        cell += " " + std::to_string(PrintedPercent(row.yes[g], row.relevant[g], m.banding.rounding)) + "%";
      }
      line += markdown ? " " + cell + " |" : fmt::format(FMT_COMPILE(" {:>16}"), cell);
    }
    out += line + "\n";
  }
  return out + "\n";
}

std::string RenderRateText(const RateOutput& output, bool markdown) {
  return TextRenderer(output, markdown).Render();
}

std::string RenderSummaryText(const std::vector<RateSummaryRow>& rows, bool markdown) {
  std::string out = markdown ? "## Summary\n\n| Inspection | Methodology | Score | Overall |\n|---|---|---|---|\n"
                             : "Summary\n";
  size_t name_width = std::string("Inspection").size();
  size_t methodology_width = std::string("Methodology").size();
  for (const RateSummaryRow& row : rows) {
    name_width = std::max(name_width, row.inspection.size());
    methodology_width = std::max(methodology_width, row.methodology.size());
  }
  if (!markdown) {
    out += fmt::format(FMT_COMPILE("  {:<{}}  {:<{}}  {:>6}  {}\n"), "Inspection", name_width, "Methodology", methodology_width,
                       "Score", "Overall");
  }
  for (const RateSummaryRow& row : rows) {
    const std::string score = OutOf(row.score, row.max);
    const std::string& overall = row.overall;
    out += markdown ? MarkdownRow({row.inspection, row.methodology, score, overall}) + "\n"
                    : fmt::format(FMT_COMPILE("  {:<{}}  {:<{}}  {:>6}  {}\n"), row.inspection, name_width, row.methodology,
                                  methodology_width, score, overall);
  }
  return out;
}

}  // namespace rerate
