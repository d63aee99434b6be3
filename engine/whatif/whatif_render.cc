// `whatif` output: the changes, before and after side by side with the
// changed rows marked, and why each difference arose.
#include <fmt/format.h>

#include "base/json.h"
#include "base/text.h"
#include "model/names.h"
#include "render/json_parts.h"
#include "render/markdown.h"
#include "render/wording.h"
#include "rerate/whatif.h"
#include "whatif/whatif_render_parts.h"

namespace rerate {

namespace {

std::string StatusText(const Methodology& m, const StandardResult& result) {
  switch (result.status) {
    case StandardStatus::kReportedOnly: return "reported, not rated";
    case StandardStatus::kNotRated: return m.scale.not_rated_label;
    case StandardStatus::kRated: return RatingText(m, result.rating);
  }
  return "";
}

std::string PointsText(const StandardResult& result) {
  return result.status == StandardStatus::kRated ? std::to_string(result.points) : "-";
}

std::string CountsText(const KqResult& kq) {
  return kq.source == KqSource::kCases || kq.source == KqSource::kCounts
             ? OutOf(kq.yes, kq.relevant)
             : "-";
}

std::string PercentText(const KqResult& kq) { return kq.HasResult() ? std::to_string(kq.percent) + "%" : "-"; }

std::string BandText(const Methodology& m, const KqResult& kq) { return kq.band ? m.RatingName(*kq.band) : "-"; }

bool StandardChanged(const Methodology& m, const StandardResult& a, const StandardResult& b) {
  return StatusText(m, a) != StatusText(m, b) || a.points != b.points;
}

bool KqChanged(const KqResult& a, const KqResult& b) {
  return a.source != b.source || a.yes != b.yes || a.relevant != b.relevant || a.percent != b.percent ||
         a.band != b.band;
}

class WhatIfText {
 public:
  WhatIfText(const WhatIf& w, bool markdown, bool brief)
      : w_(w), m_(*w.after.methodology), md_(markdown), words_(!brief) {}

  std::string Render() {
    Header();
    Changes();
    Ratings();
    KeyQuestions();
    Why();
    if (words_) out_ += ExplanationRulesText(m_, w_.explanations, md_);
    Problems();
    return out_;
  }

 private:
  void Line(const std::string& text = "") {
    const size_t end = text.find_last_not_of(' ');
    out_ += (end == std::string::npos ? "" : text.substr(0, end + 1)) + "\n";
  }

  std::string Bold(const std::string& text, bool changed) const { return changed && md_ ? "**" + text + "**" : text; }

  void Header() {
    const Evaluation& e = w_.after;
    Line(md_ ? "## " + e.inspection + ": what if" : e.inspection + ": what if");
    if (md_) Line();
    const std::string bullet = md_ ? "- " : "  ";
    Line(bullet + "methodology: " + m_.name + " (" + m_.file + ")");
    if (!e.cases_file.empty()) Line(bullet + "cases: " + std::to_string(e.cases) + " read from " + e.cases_file);
    Line(bullet + "the changes apply to a copy of the evidence; no file is changed");
    Line();
  }

  void Changes() {
    Line(md_ ? "### Changes, applied in order\n" : "Changes, applied in order");
    if (w_.changes.empty()) Line(md_ ? "- none: before and after are the same" : "  none: before and after are the same");
    for (size_t i = 0; i < w_.changes.size(); ++i) {
      const AppliedChange& change = w_.changes[i];
      const std::string origin = change.spec.where.file.empty() ? "" : " (" + change.spec.where.ToString() + ")";
      if (md_) {
        Line(std::to_string(i + 1) + ". `" + ChangeArgument(change.spec) + "`" + origin + ": " + change.summary);
      } else {
        Line("  " + std::to_string(i + 1) + ". " + ChangeArgument(change.spec) + origin);
        Line("     " + change.summary);
      }
    }
    Line();
  }

  void Ratings() {
    const Evaluation& b = w_.before;
    const Evaluation& a = w_.after;
    const std::string score_b = OutOf(b.score, b.max);
    const std::string score_a = OutOf(a.score, a.max);
    const std::string overall_b = RatingText(m_, b.overall);
    const std::string overall_a = RatingText(m_, a.overall);
    if (md_) {
      Line("| Standard | Before | Points | After | Points |");
      Line("|---|---|---|---|---|");
      Line("| Score | " + score_b + " | | " + Bold(score_a, score_a != score_b) + " | |");
      Line("| Overall | " + overall_b + " | | " + Bold(overall_a, overall_a != overall_b) + " | |");
    } else {
      Line(fmt::format("  {:<34} {:<24}   {}", "Ratings (* changed)", "before", "after"));
      Line(fmt::format("{} {:<34} {:<24}   {}", score_a != score_b ? "*" : " ", "Score", score_b, score_a));
      Line(fmt::format("{} {:<34} {:<24}   {}", overall_a != overall_b ? "*" : " ", "Overall", overall_b, overall_a));
    }
    int domain = -1;
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      const Standard& standard = m_.standards[s];
      const StandardResult& before = b.standards[s];
      const StandardResult& after = a.standards[s];
      if (standard.domain != domain) {
        domain = standard.domain;
        const std::string title = m_.domains[domain].id + ". " + m_.domains[domain].name;
        md_ ? Line(MarkdownRow({"**" + title + "**", "", "", "", ""})) : Line("  " + title);
      }
      const bool changed = StandardChanged(m_, before, after);
      if (md_) {
        Line(MarkdownRow({standard.id + " " + standard.name, StatusText(m_, before), PointsText(before),
                          Bold(StatusText(m_, after), changed), Bold(PointsText(after), changed)}));
      } else {
        Line(fmt::format("{} {:<5} {:<28} {:<21} {:>2}   {:<21} {:>2}", changed ? "*" : " ", standard.id,
                         standard.name, StatusText(m_, before), PointsText(before), StatusText(m_, after),
                         PointsText(after)));
      }
    }
    Line();
  }

  void KeyQuestions() {
    if (md_) {
      Line("### Key questions\n");
      Line(words_ ? "| Key question | Question | Before | % | Band | After | % | Band |"
                  : "| Key question | Before | % | Band | After | % | Band |");
      Line(words_ ? "|---|---|---|---|---|---|---|---|" : "|---|---|---|---|---|---|---|");
    } else {
      Line("  Key questions (* changed)");
      Line(fmt::format("  {:<8} {:>7} {:<30} {:>7}", "", "before", "", "after"));
    }
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      const StandardResult& before = w_.before.standards[s];
      const StandardResult& after = w_.after.standards[s];
      for (size_t i = 0; i < after.key_questions.size(); ++i) {
        const KqResult& old_kq = before.key_questions[i];
        const KqResult& new_kq = after.key_questions[i];
        const bool changed = KqChanged(old_kq, new_kq);
        const std::string& id = m_.key_questions[new_kq.key_question].id;
        std::vector<std::string> cells = {id};
        if (words_) cells.push_back(QuestionText(m_, id));
        if (md_) {
          cells.insert(cells.end(), {CountsText(old_kq), PercentText(old_kq), BandText(m_, old_kq),
                                     Bold(CountsText(new_kq), changed), Bold(PercentText(new_kq), changed),
                                     Bold(BandText(m_, new_kq), changed)});
          Line(MarkdownRow(cells));
        } else {
          Line(fmt::format("{} {:<8} {:>7} {:>5}  {:<21}   {:>7} {:>5}  {}", changed ? "*" : " ", id,
                           CountsText(old_kq), PercentText(old_kq), BandText(m_, old_kq), CountsText(new_kq),
                           PercentText(new_kq), BandText(m_, new_kq)));
          // What a changed key question asks, under it; the others are as before.
          if (changed && words_) out_ += IndentedText(QuestionText(m_, id), "    ");
        }
      }
    }
    Line();
  }

  void Why() {
    Line(md_ ? "### Why\n" : "Why");
    out_ += ExplanationsText(w_.explanations, md_);
    Line();
  }

  void Problems() {
    if (w_.after.violations.empty() && w_.new_warnings.empty()) return;
    const std::string title = w_.after.violations.empty() ? "Warnings after the changes"
                              : w_.new_warnings.empty() ? "Rules broken after the changes"
                                                        : "Rules broken and warnings after the changes";
    Line(md_ ? "### " + title + "\n" : title);
    const std::string bullet = md_ ? "- " : "  ";
    for (const Violation& violation : w_.after.violations) {
      const std::string where = violation.where.ToString();
      Line(bullet + "violation: " + (where.empty() ? "" : where + ": ") + violation.message);
    }
    for (const Warning& warning : w_.new_warnings) {
      const std::string where = warning.where.ToString();
      Line(bullet + "warning: " + (where.empty() ? "" : where + ": ") + warning.message);
    }
    Line();
  }

  const WhatIf& w_;
  const Methodology& m_;
  bool md_;
  bool words_;  // each changed key question's wording and each rule's description
  std::string out_;
};

Json WhatIfJson(const WhatIf& w) {
  const Methodology& m = *w.after.methodology;
  Json standards = Json::MakeArray();
  Json key_questions = Json::MakeArray();
  for (size_t s = 0; s < m.standards.size(); ++s) {
    const StandardResult& before = w.before.standards[s];
    const StandardResult& after = w.after.standards[s];
    standards.Push(Json::MakeObject()
                       .Set("id", m.standards[s].id)
                       .Set("name", m.standards[s].name)
                       .Set("changed", StandardChanged(m, before, after))
                       .Set("before", StandardSideJson(m, before))
                       .Set("after", StandardSideJson(m, after)));
    for (size_t i = 0; i < after.key_questions.size(); ++i) {
      const KqResult& new_kq = after.key_questions[i];
      key_questions.Push(Json::MakeObject()
                             .Set("id", m.key_questions[new_kq.key_question].id)
                             .Set("standard", m.standards[s].id)
                             .Set("changed", KqChanged(before.key_questions[i], new_kq))
                             .Set("before", KqJson(m, before.key_questions[i]))
                             .Set("after", KqJson(m, new_kq)));
    }
  }
  return Json::MakeObject()
      .Set("inspection", w.after.inspection)
      .Set("file", w.after.file)
      .Set("methodology", m.name)
      .Set("changes", ChangesJson(w.changes))
      .Set("score", SideBySideJson(Json::MakeObject().Set("points", w.before.score).Set("max", w.before.max),
                                   Json::MakeObject().Set("points", w.after.score).Set("max", w.after.max),
                                   w.before.score != w.after.score || w.before.max != w.after.max))
      .Set("overall", SideBySideJson(RatingJson(m, w.before.overall), RatingJson(m, w.after.overall),
                                     w.before.overall != w.after.overall))
      .Set("standards", std::move(standards))
      .Set("key_questions", std::move(key_questions))
      .Set("explanations", ExplanationsJson(w.explanations))
      .Set("violations", ViolationsJson(m, w.after.violations))
      .Set("new_warnings", WarningsJson(m, w.new_warnings));
}

}  // namespace

std::string RenderWhatIf(const WhatIf& whatif, Format format, bool brief) {
  if (format == Format::kJson) return WhatIfJson(whatif).Dump();
  return WhatIfText(whatif, format == Format::kMarkdown, brief).Render();
}

}  // namespace rerate
