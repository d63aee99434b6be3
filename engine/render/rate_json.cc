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

void WriteStandard(JsonWriter& out, const Evaluation& e, const StandardResult& result) {
  const Methodology& m = *e.methodology;
  const Standard& standard = m.standards[result.standard];
  out.BeginObject()
      .Field("id", standard.id)
      .Field("name", standard.name)
      .Field("domain", m.domains[standard.domain].id)
      .Field("basis", standard.basis == StandardBasis::kCases ? "cases" : "judgement")
      .Field("status", StatusName(result.status));
  WriteRating(out.Key("rating"), m, result.rating);
  result.status == StandardStatus::kRated ? out.Field("points", result.points) : out.NullField("points");
  WriteRating(out.Key("computed_rating"), m, result.computed);
  out.Key("key_questions").BeginArray();
  for (const KqResult& kq : result.key_questions) {
    out.BeginObject();
    WriteKqFields(out, m, kq);
    out.Key("prompts").BeginArray();
    for (const PromptResult& prompt : e.prompts) {
      if (prompt.key_question != kq.key_question) continue;
      out.BeginObject().Field("id", prompt.id).Field("yes", prompt.yes).Field("relevant", prompt.relevant).EndObject();
    }
    out.EndArray().EndObject();
  }
  out.EndArray();
  out.Key("applied").BeginArray();
  for (std::string_view rule : result.applied) out.String(rule);
  out.EndArray().EndObject();
}

void WriteEvents(JsonWriter& out, const Evaluation& e) {
  const Methodology& m = *e.methodology;
  out.BeginArray();
  for (const RuleEvent& event : e.events) {
    out.BeginObject().Field("kind", EventKindName(event.kind)).Field("rule", event.rule);
    out.Field("standard", m.standards[event.standard].id);
    WriteRating(out.Key("before"), m, event.before);
    WriteRating(out.Key("after"), m, event.after);
    event.reason.empty() ? out.NullField("reason") : out.Field("reason", event.reason);
    out.Field("detail", event.detail).EndObject();
  }
  out.EndArray();
}

void WriteTrace(JsonWriter& out, const std::vector<TraceStep>& trace) {
  out.BeginArray();
  for (const TraceStep& step : trace) {
    out.BeginObject().Field("rule", step.rule).Field("subject", step.subject).Field("message", step.message).EndObject();
  }
  out.EndArray();
}

void WriteBreakdown(JsonWriter& out, const Methodology& m, const Breakdown& breakdown) {
  out.BeginObject();
  WriteBreakdownFields(out, m, breakdown);
  out.EndObject();
}

void WriteBreakdownFields(JsonWriter& out, const Methodology& m, const Breakdown& breakdown) {
  out.Field("attribute", breakdown.attribute).Key("groups").BeginArray();
  for (size_t g = 0; g < breakdown.groups.size(); ++g) {
    out.BeginObject().Field("value", breakdown.groups[g]).Field("cases", breakdown.group_cases[g]);
    out.Key("key_questions").BeginArray();
    for (const Breakdown::Row& row : breakdown.rows) {
      out.BeginObject()
          .Field("id", m.key_questions[row.key_question].id)
          .Field("yes", row.yes[g])
          .Field("relevant", row.relevant[g])
          .EndObject();
    }
    out.EndArray().EndObject();
  }
  out.EndArray();
}

Json StandardJson(const Evaluation& e, const StandardResult& result) {
  return WrittenJson([&](JsonWriter& out) { WriteStandard(out, e, result); });
}

Json EventsJson(const Evaluation& e) {
  return WrittenJson([&](JsonWriter& out) { WriteEvents(out, e); });
}

Json TraceJson(const std::vector<TraceStep>& steps) {
  return WrittenJson([&](JsonWriter& out) { WriteTrace(out, steps); });
}

void WriteRateJson(JsonWriter& out, const RateOutput& output) {
  const Evaluation& e = *output.evaluation;
  const Methodology& m = *e.methodology;
  out.BeginObject().Field("inspection", e.inspection).Field("file", e.file).Field("methodology", m.name);
  out.Field("rules_file", m.file);
  e.fieldwork.empty() ? out.NullField("fieldwork") : out.Field("fieldwork", e.fieldwork);
  e.source.empty() ? out.NullField("source") : out.Field("source", e.source);
  if (e.cases_file.empty()) {
    out.NullField("cases");
  } else {
    const TableSkips& skipped = e.cases_skipped;
    out.Key("cases").BeginObject().Field("file", e.cases_file).Field("count", e.cases);
    out.Key("skipped").BeginObject().Field("empty_rows", skipped.empty_rows).Field("empty_columns", skipped.empty_columns)
        .Field("rows_above_header", skipped.rows_above_header).EndObject();
    out.EndObject();
  }
  out.Key("score").BeginObject().Field("points", e.score).Field("max", e.max).EndObject();
  WriteRating(out.Key("overall"), m, e.overall);
  out.Key("standards").BeginArray();
  for (const StandardResult& result : e.standards) WriteStandard(out, e, result);
  out.EndArray();
  WriteEvents(out.Key("events"), e);
  WriteWarnings(out.Key("warnings"), m, e.warnings);
  WriteViolations(out.Key("violations"), m, e.violations);
  if (output.trace != nullptr) WriteTrace(out.Key("trace"), *output.trace);
  if (output.breakdown != nullptr) WriteBreakdown(out.Key("breakdown"), m, *output.breakdown);
  out.EndObject();
}

}  // namespace rerate
