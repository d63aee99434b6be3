// `target --format json`.  Counts are integers; ratings are the scale's
// names or null.
#include "target/target_json.h"

#include "base/json.h"
#include "base/text.h"
#include "model/names.h"
#include "render/json_parts.h"
#include "rerate/bands.h"
#include "target/target_render.h"
#include "whatif/whatif_render_parts.h"

namespace rerate {

namespace {

Json ScoreJson(const Evaluation& e) { return Json::MakeObject().Set("points", e.score).Set("max", e.max); }

Json PlanJson(const Methodology& m, const Plan& plan) {
  Json steps = Json::MakeArray();
  for (const PlanStep& step : plan.steps) {
    const int yes = step.yes + step.to_yes;
    Json cases = Json::MakeArray();
    for (const std::string& id : step.cases) cases.Push(id);
    steps.Push(Json::MakeObject()
                   .Set("key_question", m.key_questions[step.key_question].id)
                   .Set("standard", m.standards[m.key_questions[step.key_question].standard].id)
                   .Set("yes", step.yes)
                   .Set("relevant", step.relevant)
                   .Set("to_yes", step.to_yes)
                   .Set("yes_after", yes)
                   .Set("percent_after", PrintedPercent(yes, step.relevant, m.banding.rounding))
                   .Set("band_after", m.RatingName(BandOf(m.banding, yes, step.relevant)))
                   .Set("cases", std::move(cases)));
  }
  return steps;
}

Json AfterJson(const Evaluation& now, const Plan& plan) {
  const Methodology& m = *now.methodology;
  Json standards = Json::MakeArray();
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (now.standards[s].status == StandardStatus::kReportedOnly) continue;
    standards.Push(Json::MakeObject()
                       .Set("id", m.standards[s].id)
                       .Set("before", RatingJson(m, now.standards[s].rating))
                       .Set("after", RatingJson(m, plan.after.standards[s].rating)));
  }
  return Json::MakeObject()
      .Set("score", ScoreJson(plan.after))
      .Set("overall", RatingJson(m, plan.after.overall))
      .Set("standards", std::move(standards))
      .Set("explanations", ExplanationsJson(ExplainDifference(now, plan.after, {})));
}

std::string WhatIfCommand(const TargetOutput& report, const Plan& plan) {
  std::string text = "rerate whatif " + ShellWord(report.now->file) + ScenarioArguments(report.scenario);
  for (const ChangeSpec& change : plan.as_changes) text += " " + ChangeArgument(change);
  return text;
}

Json UnreachableJson(const TargetResult& t) {
  const Methodology& m = *t.now.methodology;
  Json standards = Json::MakeArray();
  for (const StandardResult& result : t.ceiling->standards) {
    if (result.status != StandardStatus::kRated) continue;
    standards.Push(Json::MakeObject().Set("id", m.standards[result.standard].id).Set("rating", RatingJson(m, result.rating)));
  }
  Json why = Json::MakeArray();
  for (const std::string& line : t.why) why.Push(line);
  Json needs_counts_for = Json::MakeArray();
  for (const FixedKq& fixed : t.needs_counts_for) {
    needs_counts_for.Push(Json::MakeObject()
                              .Set("key_question", m.key_questions[fixed.key_question].id)
                              .Set("percent", fixed.percent)
                              .Set("band", RatingJson(m, fixed.band)));
  }
  Json options = Json::MakeArray();
  for (const JudgementOption& option : t.judgement_options) {
    Json ratings = Json::MakeArray();
    for (const auto& [s, rating] : option.ratings) {
      ratings.Push(Json::MakeObject()
                       .Set("standard", m.standards[s].id)
                       .Set("from", RatingJson(m, t.now.standards[s].computed))
                       .Set("to", m.RatingName(rating)));
    }
    options.Push(Json::MakeObject()
                     .Set("ratings", std::move(ratings))
                     .Set("bands", option.bands)
                     .Set("changes", option.casework));
  }
  return Json::MakeObject()
      .Set("ceiling", Json::MakeObject()
                          .Set("score", ScoreJson(*t.ceiling))
                          .Set("overall", RatingJson(m, t.ceiling->overall))
                          .Set("standards", std::move(standards)))
      .Set("why", std::move(why))
      .Set("needs_counts_for", std::move(needs_counts_for))
      .Set("judgement_options", std::move(options))
      .Set("judgement_search_complete", t.judgement_search_complete);
}

void SetTargetFields(const TargetOutput& report, Json* out) {
  const Evaluation& now = *report.now;
  const Methodology& m = *now.methodology;
  const TargetResult* t = report.result;
  if (t == nullptr) {
    out->Set("target", nullptr).Set("reached_now", nullptr).Set("reachable", nullptr).Set("needs_counts", nullptr);
    out->Set("changes", nullptr);
    out->Set("plan", Json::MakeArray());
    return;
  }
  Json standards = Json::MakeArray();
  for (const auto& [s, rating] : t->spec.standards) {
    standards.Push(Json::MakeObject().Set("id", m.standards[s].id).Set("rating", m.RatingName(rating)));
  }
  Json fixed = Json::MakeArray();
  for (const FixedKq& kq : t->fixed) {
    fixed.Push(Json::MakeObject()
                   .Set("key_question", m.key_questions[kq.key_question].id)
                   .Set("percent", kq.percent)
                   .Set("band", RatingJson(m, kq.band)));
  }
  Json kept = Json::MakeArray();
  for (int s : t->discretion_kept) kept.Push(m.standards[s].id);
  Json alternatives = Json::MakeArray();
  for (const Plan& plan : t->alternatives) {
    alternatives.Push(Json::MakeObject()
                          .Set("changes", plan.changes)
                          .Set("score", ScoreJson(plan.after))
                          .Set("overall", RatingJson(m, plan.after.overall))
                          .Set("plan", PlanJson(m, plan)));
  }
  const Plan* plan = t->plan ? &*t->plan : nullptr;
  out->Set("target", Json::MakeObject()
                         .Set("overall", t->spec.overall ? Json(m.RatingName(*t->spec.overall)) : Json(nullptr))
                         .Set("standards", std::move(standards)))
      .Set("reached_now", t->reached_now)
      .Set("reachable", t->reachable)
      .Set("needs_counts", t->needs_counts)
      .Set("changes", plan != nullptr ? Json(plan->changes) : Json(nullptr))
      .Set("plan", plan != nullptr ? PlanJson(m, *plan) : Json::MakeArray())
      .Set("after", plan != nullptr ? AfterJson(now, *plan) : Json(nullptr))
      .Set("whatif", plan != nullptr ? Json(WhatIfCommand(report, *plan)) : Json(nullptr))
      .Set("alternatives", std::move(alternatives))
      .Set("alternatives_total", t->alternatives_total)
      .Set("combinations", static_cast<std::int64_t>(t->combinations))
      .Set("evaluations", static_cast<std::int64_t>(t->evaluations))
      .Set("fixed", std::move(fixed))
      .Set("discretion_kept", std::move(kept))
      .Set("unreachable", t->reachable ? Json(nullptr) : UnreachableJson(*t));
}

Json MarginsJson(const Methodology& m, const std::vector<StandardMargin>& margins) {
  const auto number = [](const auto& value) { return value ? Json(static_cast<std::int64_t>(*value)) : Json(nullptr); };
  Json items = Json::MakeArray();
  for (const StandardMargin& margin : margins) {
    Json drop = Json::MakeArray();
    for (int q : margin.first_to_drop) drop.Push(m.key_questions[q].id);
    Json rise = Json::MakeArray();
    for (const auto& [q, more] : margin.rise_steps) {
      rise.Push(Json::MakeObject().Set("key_question", m.key_questions[q].id).Set("to_yes", more));
    }
    Json key_questions = Json::MakeArray();
    for (const KqMargin& kq : margin.key_questions) {
      key_questions.Push(Json::MakeObject()
                             .Set("id", m.key_questions[kq.key_question].id)
                             .Set("yes", kq.counts_known ? Json(kq.yes) : Json(nullptr))
                             .Set("relevant", kq.counts_known ? Json(kq.relevant) : Json(nullptr))
                             .Set("band", RatingJson(m, kq.band))
                             .Set("can_lose", number(kq.can_lose))
                             .Set("to_rise", number(kq.to_rise)));
    }
    items.Push(Json::MakeObject()
                   .Set("standard", m.standards[margin.standard].id)
                   .Set("computed_rating", RatingJson(m, margin.computed))
                   .Set("counts_known", margin.counts_known)
                   .Set("can_lose", number(margin.can_lose))
                   .Set("first_to_drop", std::move(drop))
                   .Set("to_rise", number(margin.to_rise))
                   .Set("rise", std::move(rise))
                   .Set("fragile", margin.can_lose.has_value() && *margin.can_lose == 0)
                   .Set("key_questions", std::move(key_questions)));
  }
  return items;
}

Json PivotalJson(const Methodology& m, const std::vector<PivotalAnswer>& pivotal) {
  Json items = Json::MakeArray();
  for (const PivotalAnswer& answer : pivotal) {
    Json cases = Json::MakeArray();
    for (const std::string& id : answer.cases) cases.Push(id);
    Json ratings = Json::MakeArray();
    for (const auto& [s, change] : answer.ratings) {
      ratings.Push(Json::MakeObject()
                       .Set("standard", m.standards[s].id)
                       .Set("before", RatingJson(m, change.first))
                       .Set("after", RatingJson(m, change.second)));
    }
    items.Push(Json::MakeObject()
                   .Set("standard", m.standards[answer.standard].id)
                   .Set("key_question", m.key_questions[answer.key_question].id)
                   .Set("from", AnswerName(answer.from))
                   .Set("to", AnswerName(answer.to))
                   .Set("cases", std::move(cases))
                   .Set("ratings", std::move(ratings))
                   .Set("score_after", Json::MakeObject().Set("points", answer.score_after).Set("max", answer.max_after))
                   .Set("overall_after", RatingJson(m, answer.overall_after)));
  }
  return items;
}

}  // namespace

Json TargetJson(const TargetOutput& report) {
  const Evaluation& now = *report.now;
  const Methodology& m = *now.methodology;
  Json out = Json::MakeObject()
                 .Set("inspection", now.inspection)
                 .Set("file", now.file)
                 .Set("methodology", m.name)
                 .Set("scenario", report.scenario != nullptr ? ChangesJson(*report.scenario) : Json::MakeArray())
                 .Set("now", Json::MakeObject().Set("score", ScoreJson(now)).Set("overall", RatingJson(m, now.overall)));
  SetTargetFields(report, &out);
  if (report.margins != nullptr) out.Set("margin", MarginsJson(m, *report.margins));
  if (report.pivotal != nullptr) out.Set("pivotal", PivotalJson(m, *report.pivotal));
  return out;
}

}  // namespace rerate
