// `rate --format json`: the same result for scripts.  Ratings are names from
// the scale, or null when there is none; counts are integers.
#include "render/rate_json.h"

#include "render/json_parts.h"

namespace rerate {

namespace {

const char* StatusName(StandardStatus status) {
  switch (status) {
    case StandardStatus::kRated: return "rated";
    case StandardStatus::kNotRated: return "not_rated";
    case StandardStatus::kReportedOnly: return "reported_only";
  }
  return "rated";
}

const char* EventKindName(EventKind kind) {
  switch (kind) {
    case EventKind::kLimit: return "limit";
    case EventKind::kDiscretion: return "discretion";
    case EventKind::kDeparture: return "departure";
  }
  return "limit";
}

}  // namespace

Json StandardJson(const Evaluation& e, const StandardResult& result) {
  const Methodology& m = *e.methodology;
  const Standard& standard = m.standards[result.standard];
  Json key_questions = Json::MakeArray();
  for (const KqResult& kq : result.key_questions) {
    Json item = KqJson(m, kq);
    Json prompts = Json::MakeArray();
    for (const PromptResult& prompt : e.prompts) {
      if (prompt.key_question != kq.key_question) continue;
      prompts.Push(Json::MakeObject().Set("id", prompt.id).Set("yes", prompt.yes).Set("relevant", prompt.relevant));
    }
    item.Set("prompts", std::move(prompts));
    key_questions.Push(std::move(item));
  }
  Json applied = Json::MakeArray();
  for (const std::string& rule : result.applied) applied.Push(rule);
  return Json::MakeObject()
      .Set("id", standard.id)
      .Set("name", standard.name)
      .Set("domain", m.domains[standard.domain].id)
      .Set("basis", standard.basis == StandardBasis::kCases ? "cases" : "judgement")
      .Set("status", StatusName(result.status))
      .Set("rating", RatingJson(m, result.rating))
      .Set("points", result.status == StandardStatus::kRated ? Json(result.points) : Json(nullptr))
      .Set("computed_rating", RatingJson(m, result.computed))
      .Set("key_questions", std::move(key_questions))
      .Set("applied", std::move(applied));
}

Json EventsJson(const Evaluation& e) {
  const Methodology& m = *e.methodology;
  Json events = Json::MakeArray();
  for (const RuleEvent& event : e.events) {
    events.Push(Json::MakeObject()
                    .Set("kind", EventKindName(event.kind))
                    .Set("rule", event.rule)
                    .Set("standard", m.standards[event.standard].id)
                    .Set("before", RatingJson(m, event.before))
                    .Set("after", RatingJson(m, event.after))
                    .Set("reason", event.reason.empty() ? Json(nullptr) : Json(event.reason))
                    .Set("detail", event.detail));
  }
  return events;
}

Json BreakdownJson(const Methodology& m, const Breakdown& breakdown) {
  Json groups = Json::MakeArray();
  for (size_t g = 0; g < breakdown.groups.size(); ++g) {
    Json key_questions = Json::MakeArray();
    for (const Breakdown::Row& row : breakdown.rows) {
      key_questions.Push(Json::MakeObject()
                             .Set("id", m.key_questions[row.key_question].id)
                             .Set("yes", row.yes[g])
                             .Set("relevant", row.relevant[g]));
    }
    groups.Push(Json::MakeObject()
                    .Set("value", breakdown.groups[g])
                    .Set("cases", breakdown.group_cases[g])
                    .Set("key_questions", std::move(key_questions)));
  }
  return Json::MakeObject().Set("attribute", breakdown.attribute).Set("groups", std::move(groups));
}

Json TraceJson(const std::vector<TraceStep>& steps) {
  Json trace = Json::MakeArray();
  for (const TraceStep& step : steps) {
    trace.Push(Json::MakeObject().Set("rule", step.rule).Set("subject", step.subject).Set("message", step.message));
  }
  return trace;
}

Json RateJson(const RateOutput& output) {
  const Evaluation& e = *output.evaluation;
  const Methodology& m = *e.methodology;
  Json standards = Json::MakeArray();
  for (const StandardResult& result : e.standards) standards.Push(StandardJson(e, result));
  Json result = Json::MakeObject()
                    .Set("inspection", e.inspection)
                    .Set("file", e.file)
                    .Set("methodology", m.name)
                    .Set("rules_file", m.file)
                    .Set("fieldwork", e.fieldwork.empty() ? Json(nullptr) : Json(e.fieldwork))
                    .Set("source", e.source.empty() ? Json(nullptr) : Json(e.source))
                    .Set("cases", e.cases_file.empty() ? Json(nullptr)
                                                       : Json::MakeObject().Set("file", e.cases_file).Set("count", e.cases))
                    .Set("score", Json::MakeObject().Set("points", e.score).Set("max", e.max))
                    .Set("overall", RatingJson(m, e.overall))
                    .Set("standards", std::move(standards))
                    .Set("events", EventsJson(e))
                    .Set("warnings", WarningsJson(m, e.warnings))
                    .Set("violations", ViolationsJson(m, e.violations));
  if (output.trace != nullptr) result.Set("trace", TraceJson(*output.trace));
  if (output.breakdown != nullptr) result.Set("breakdown", BreakdownJson(m, *output.breakdown));
  return result;
}

}  // namespace rerate
