// `target` as text and markdown: the plan, what it changes and why, or why
// casework alone falls short; margins and pivotal answers on request.
#include "target/target_render.h"

#include <fmt/format.h>

#include "base/text.h"
#include "model/names.h"
#include "render/markdown.h"
#include "render/wording.h"
#include "rerate/bands.h"
#include "rerate/target.h"
#include "target/target_json.h"
#include "target/target_render_parts.h"
#include "whatif/whatif_render_parts.h"

namespace rerate {

std::string TargetText(const Methodology& m, const TargetSpec& spec) {
  std::vector<std::string> parts;
  if (spec.overall) parts.push_back("overall " + m.RatingName(*spec.overall));
  for (const auto& [s, rating] : spec.standards) parts.push_back(StandardLabel(m, s) + " " + m.RatingName(rating));
  return parts.empty() ? "none" : AllOf(parts);
}

std::string TargetArguments(const Methodology& m, const TargetSpec& spec) {
  std::string text;
  if (spec.overall) text += " --overall " + ShellWord(m.RatingName(*spec.overall));
  for (const auto& [s, rating] : spec.standards) {
    text += " --standard " + ShellWord(m.standards[s].id + "=" + m.RatingName(rating));
  }
  return text;
}

std::string ScenarioArguments(const std::vector<AppliedChange>* scenario) {
  std::string text;
  if (scenario == nullptr) return text;
  for (const AppliedChange& change : *scenario) text += " " + ChangeArgument(change.spec);
  return text;
}

std::string CasesText(const std::vector<std::string>& cases, size_t at_most) {
  std::string text;
  for (size_t i = 0; i < cases.size() && i < at_most; ++i) text += (i == 0 ? "" : ", ") + cases[i];
  if (cases.size() > at_most) text += " and " + std::to_string(cases.size() - at_most) + " more";
  return text;
}

std::string StepAfterText(const Methodology& m, const PlanStep& step) {
  const int yes = step.yes + step.to_yes;
  return OutOf(yes, step.relevant) + " (" +
         std::to_string(PrintedPercent(yes, step.relevant, m.banding.rounding)) + "%, " +
         m.RatingName(BandOf(m.banding, yes, step.relevant)) + ")";
}

namespace {

class TargetPrinter {
 public:
  TargetPrinter(const TargetOutput& report, bool markdown)
      : r_(report), now_(*report.now), m_(*now_.methodology), md_(markdown), words_(!report.brief) {}

  std::string Render() {
    Header();
    Scenario();
    if (r_.result != nullptr) {
      Notes();
      r_.result->reachable ? Reachable() : Unreachable();
    }
    if (r_.margins != nullptr) out_ += RenderMargins(m_, *r_.margins, md_, words_);
    if (r_.pivotal != nullptr) out_ += RenderPivotal(now_, *r_.pivotal, md_, words_);
    return out_;
  }

 private:
  void Line(const std::string& text = "") {
    const size_t end = text.find_last_not_of(' ');
    out_ += (end == std::string::npos ? "" : text.substr(0, end + 1)) + "\n";
  }
  void Title(const std::string& text) { Line(md_ ? "### " + text + "\n" : text); }
  std::string Bullet() const { return md_ ? "- " : "  "; }

  void Header() {
    const std::string what = r_.result != nullptr ? "target " + TargetText(m_, r_.result->spec) : "margins";
    Line(md_ ? "## " + now_.inspection + ": " + what : now_.inspection + ": " + what);
    if (md_) Line();
    Line(Bullet() + "methodology: " + m_.name + " (" + m_.file + ")");
    if (!now_.cases_file.empty()) Line(Bullet() + "cases: " + std::to_string(now_.cases) + " read from " + now_.cases_file);
    Line(Bullet() + "now: score " + OutOf(now_.score, now_.max) + ", overall " +
         RatingText(m_, now_.overall));
    Line();
  }

  void Scenario() {
    if (r_.scenario == nullptr || r_.scenario->empty()) return;
    Title("What-if changes applied first (\"now\" includes them)");
    for (const AppliedChange& change : *r_.scenario) Line(Bullet() + ChangeArgument(change.spec) + ": " + change.summary);
    Line();
  }

  void Notes() {
    const TargetResult& t = *r_.result;
    for (const FixedKq& fixed : t.fixed) {
      Line(Bullet() + "note: " + m_.key_questions[fixed.key_question].id + " is known only as a printed percentage (" +
           std::to_string(fixed.percent) + "%, " + RatingText(m_, fixed.band) +
           "): its counts are unknown, so plans hold it where it is");
    }
    for (int s : t.discretion_kept) {
      Line(Bullet() + "note: " + StandardLabel(m_, s) + " keeps its recorded discretion in every plan (a plan that "
           "makes it break " + m_.discretion.rule.id + " is not counted); give --drop-discretion " +
           m_.standards[s].id + " to plan without it");
    }
    if (!t.fixed.empty() || !t.discretion_kept.empty()) Line();
  }

  void Reachable() {
    const TargetResult& t = *r_.result;
    const Plan& plan = *t.plan;
    if (t.reached_now) {
      Line("Already reached: no answer needs to change.");
      Line();
      return;
    }
    Line("Reachable by casework: " + Plural(plan.changes, "answer") +
         " turned from no to yes, the fewest that reach it.");
    Line("Exact: all " + std::to_string(t.combinations) + " combinations of case-standard ratings were costed, "
         "and run through the rules cheapest first; none cheaper reaches it.");
    Line();
    Title("Plan");
    PlanTable(plan);
    Title("What the plan changes, and why");
    const std::vector<ChangeExplanation> why = ExplainDifference(now_, plan.after, {});
    out_ += ExplanationsText(why, md_);
    Line();
    if (words_) out_ += ExplanationRulesText(m_, why, md_);
    Alternatives();
    Line("See it with: rerate whatif " + ShellWord(now_.file) + ScenarioArguments(r_.scenario) + PlanArguments(plan));
    Line();
  }

  static std::string PlanArguments(const Plan& plan) {
    std::string text;
    for (const ChangeSpec& change : plan.as_changes) text += " " + ChangeArgument(change);
    return text;
  }

  void PlanTable(const Plan& plan) {
    if (md_) {
      Line(words_ ? "| Key question | Question | Now | Change | After | Cases to turn |"
                  : "| Key question | Now | Change | After | Cases to turn |");
      Line(words_ ? "|---|---|---|---|---|---|" : "|---|---|---|---|---|");
    } else {
      Line(fmt::format("  {:<10} {:<34} {:<7} {}", "Question", "Now", "Change", "After"));
    }
    for (const PlanStep& step : plan.steps) {
      const std::string& id = m_.key_questions[step.key_question].id;
      const KqResult& kq = now_.ForKq(step.key_question);
      const std::string before = OutOf(step.yes, step.relevant) + " (" +
                                 std::to_string(kq.percent) + "%, " + RatingText(m_, kq.band) + ")";
      const std::string change = "+" + std::to_string(step.to_yes);
      if (md_) {
        std::vector<std::string> cells = {id};
        if (words_) cells.push_back(QuestionText(m_, id));
        cells.insert(cells.end(), {before, change, StepAfterText(m_, step), CasesText(step.cases, step.cases.size())});
        Line(MarkdownRow(cells));
        continue;
      }
      Line(fmt::format("  {:<10} {:<34} {:<7} {}", id, before, change, StepAfterText(m_, step)));
      if (words_) out_ += IndentedText(QuestionText(m_, id), "             ");
      if (!step.cases.empty()) Line("             cases: " + CasesText(step.cases, step.cases.size()));
    }
    if (md_) Line();
    if (!plan.steps.empty() && !plan.steps.front().cases.empty()) {
      Line(Bullet() + "the cases named are the first no answers in file order (as whatif turns them); any no "
                      "answers to the same key question would do");
    }
    Line();
  }

  void Alternatives() {
    const TargetResult& t = *r_.result;
    if (t.alternatives_total == 0) return;
    Title(Plural(t.alternatives_total, "other plan") +
          " of the same size" +
          (t.alternatives.size() < static_cast<size_t>(t.alternatives_total)
               ? " (the first " + std::to_string(t.alternatives.size()) + " shown)"
               : ""));
    for (const Plan& plan : t.alternatives) {
      std::vector<std::string> ratings;
      for (size_t i = 0; i < t.planned.size(); ++i) {
        const int s = t.planned[i];
        if (now_.standards[s].computed == plan.levels[i]) continue;
        ratings.push_back(m_.standards[s].id + " " + m_.RatingName(plan.levels[i]));
      }
      std::vector<std::string> steps;
      for (const PlanStep& step : plan.steps) {
        steps.push_back(m_.key_questions[step.key_question].id + " +" + std::to_string(step.to_yes));
      }
      Line(Bullet() + AllOf(ratings) + ": score " + OutOf(plan.after.score, plan.after.max) + ", overall " + RatingText(m_, plan.after.overall));
      Line((md_ ? "  - " : "      ") + AllOf(steps));
    }
    if (words_) AlternativesWording();
    Line();
  }

  // What the key questions the other plans name, and the plan does not, ask.
  void AlternativesWording() {
    const TargetResult& t = *r_.result;
    std::vector<bool> named(m_.key_questions.size(), false);
    for (const Plan& plan : t.alternatives) {
      for (const PlanStep& step : plan.steps) named[step.key_question] = true;
    }
    for (const PlanStep& step : t.plan->steps) named[step.key_question] = false;
    for (size_t q = 0; q < named.size(); ++q) {
      if (!named[q]) continue;
      const std::string line = m_.key_questions[q].id + ": " + m_.key_questions[q].text;
      out_ += md_ ? "- " + line + "\n" : IndentedText(line, "  ");
    }
  }

  // Out of reach with the printed-only key questions held, within reach if
  // they rose: how much casework that takes cannot be counted without them.
  void NeedsCounts() {
    const TargetResult& t = *r_.result;
    std::vector<std::string> needed;
    for (const FixedKq& fixed : t.needs_counts_for) {
      needed.push_back(m_.key_questions[fixed.key_question].id + " (printed " + std::to_string(fixed.percent) + "%)");
    }
    Line("Cannot tell from printed percentages alone.");
    Line(Bullet() + "with " + AllOf(needed) + " held where " + Agree(needed.size(), "it is", "they are") +
         ", casework cannot reach it; if " + Agree(needed.size(), "it rose", "they rose") +
         " it could, but how many answers that takes depends on counts this inspection does not give (--kq " +
         m_.key_questions[t.needs_counts_for.front().key_question].id + "=K/N gives them)");
  }

  void Unreachable() {
    const TargetResult& t = *r_.result;
    if (t.needs_counts) {
      NeedsCounts();
    } else {
      Line("Not reachable by casework alone.");
    }
    for (const std::string& why : t.why) Line(Bullet() + why);
    Line();
    Title("Judgement ratings that would make it reachable (inspectors' judgements, not casework)");
    if (t.judgement_options.empty()) {
      Line(Bullet() + (t.judgement_search_complete
                           ? "none: no judgement ratings, however high, make it reachable by casework"
                           : "the search stopped before finding any (too many combinations to try)"));
      Line();
      return;
    }
    const int bands = t.judgement_options.front().bands;
    Line(Bullet() + "the fewest bands to raise is " + std::to_string(bands) + "; any one of these would do" +
         (t.judgement_search_complete ? "" : " (the search stopped early; there may be more)") + ":");
    for (const JudgementOption& option : t.judgement_options) {
      std::vector<std::string> ratings;
      for (const auto& [s, rating] : option.ratings) {
        const bool judgement = m_.standards[s].basis == StandardBasis::kJudgement;
        ratings.push_back(StandardLabel(m_, s) + (judgement ? " judged " : " given ") +
                          RatingText(m_, now_.standards[s].computed) + " -> " + m_.RatingName(rating));
      }
      Line((md_ ? "  - " : "    ") + AllOf(ratings) + ", with " + Plural(option.casework, "answer") + " of casework");
    }
    const JudgementOption& first = t.judgement_options.front();
    std::string sets;
    for (const auto& [s, rating] : first.ratings) sets += " --set " + ShellWord(m_.standards[s].id + "=" + m_.RatingName(rating));
    Line();
    Line("See a plan with: rerate target " + ShellWord(now_.file) + ScenarioArguments(r_.scenario) + sets +
         TargetArguments(m_, t.spec));
    Line();
  }

  const TargetOutput& r_;
  const Evaluation& now_;
  const Methodology& m_;
  bool md_;
  bool words_;  // each key question's wording and each rule's description
  std::string out_;
};

}  // namespace

std::string RenderTarget(const TargetOutput& report, Format format) {
  if (format == Format::kJson) return TargetJson(report).Dump();
  return TargetPrinter(report, format == Format::kMarkdown).Render();
}

}  // namespace rerate
