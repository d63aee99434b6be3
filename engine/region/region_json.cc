// `region --format json`: counts as integers, ratings as the rules file's
// names or null, a percentage as the printed whole percentage.
#include "region/region_json.h"

#include "render/json_parts.h"
#include "render/rate_json.h"
#include "rerate/bands.h"

namespace rerate {

namespace {

Json PercentJson(const Methodology& m, std::int64_t yes, std::int64_t relevant) {
  if (relevant <= 0) return Json(nullptr);
  return Json(PrintedPercent(static_cast<int>(yes), static_cast<int>(relevant), m.banding.rounding));
}

// One PDU's result for a key question: {inspection, yes, relevant, percent}.
Json PduKqJson(const RegionResult& r, int pdu, int key_question) {
  const KqResult& kq = r.pdus[pdu].evaluation.ForKq(key_question);
  const bool counts = kq.source != KqSource::kPercent && kq.HasResult();
  return Json::MakeObject()
      .Set("inspection", r.pdus[pdu].evaluation.inspection)
      .Set("yes", counts ? Json(kq.yes) : Json(nullptr))
      .Set("relevant", kq.relevant > 0 ? Json(kq.relevant) : Json(nullptr))
      .Set("percent", kq.HasResult() ? Json(kq.percent) : Json(nullptr));
}

Json PdusJson(const RegionResult& r) {
  const Methodology& m = *r.pdu_methodology;
  Json pdus = Json::MakeArray();
  for (const RegionPdu& pdu : r.pdus) {
    const Evaluation& e = pdu.evaluation;
    Json standards = Json::MakeArray();
    for (const StandardResult& result : e.standards) {
      if (result.status == StandardStatus::kReportedOnly) continue;
      standards.Push(Json::MakeObject().Set("id", m.standards[result.standard].id).Set("rating", RatingJson(m, result.rating)));
    }
    pdus.Push(Json::MakeObject()
                  .Set("inspection", e.inspection)
                  .Set("file", e.file)
                  .Set("methodology", m.name)
                  .Set("cases", e.cases)
                  .Set("score", Json::MakeObject().Set("points", e.score).Set("max", e.max))
                  .Set("overall", RatingJson(m, e.overall))
                  .Set("standards", std::move(standards))
                  .Set("warnings", WarningsJson(m, e.warnings)));
  }
  return pdus;
}

Json PooledJson(const RegionResult& r) {
  const Methodology& m = *r.pdu_methodology;
  Json pooled = Json::MakeArray();
  for (const PooledResult& kq : r.pooled) {
    const KeyQuestion& question = m.key_questions[kq.key_question];
    Json printed_only = Json::MakeArray();
    for (int pdu : kq.printed_only) printed_only.Push(r.pdus[pdu].evaluation.inspection);
    Json by_pdu = Json::MakeArray();
    for (size_t i = 0; i < r.pdus.size(); ++i) by_pdu.Push(PduKqJson(r, static_cast<int>(i), kq.key_question));
    Json prompts = Json::MakeArray();
    for (const PooledPrompt& prompt : r.prompts) {
      if (prompt.key_question != kq.key_question) continue;
      prompts.Push(Json::MakeObject()
                       .Set("id", prompt.id)
                       .Set("yes", prompt.yes)
                       .Set("relevant", prompt.relevant)
                       .Set("percent", PercentJson(m, prompt.yes, prompt.relevant))
                       .Set("pdus", prompt.pdus));
    }
    pooled.Push(Json::MakeObject()
                    .Set("id", question.id)
                    .Set("standard", m.standards[question.standard].id)
                    .Set("yes", kq.HasCounts() ? Json(kq.yes) : Json(nullptr))
                    .Set("relevant", kq.HasCounts() ? Json(kq.relevant) : Json(nullptr))
                    .Set("percent", kq.HasCounts() ? PercentJson(m, kq.yes, kq.relevant) : Json(nullptr))
                    .Set("pdus", kq.pdus)
                    .Set("lowest", kq.lowest < 0 ? Json(nullptr) : PduKqJson(r, kq.lowest, kq.key_question))
                    .Set("highest", kq.highest < 0 ? Json(nullptr) : PduKqJson(r, kq.highest, kq.key_question))
                    .Set("printed_only", std::move(printed_only))
                    .Set("by_pdu", std::move(by_pdu))
                    .Set("prompts", std::move(prompts)));
  }
  return pooled;
}

Json PoolsJson(const RegionResult& r) {
  const Methodology& m = *r.methodology;
  Json pools = Json::MakeArray();
  for (const PoolResult& result : r.pools) {
    const Pool& pool = m.pooling.pools[result.pool];
    Json reads = Json::MakeArray();
    if (const PoolSource* source = pool.For(r.pdu_methodology->name)) {
      for (const PoolKeyQuestion& question : source->key_questions) reads.Push(question.id);
    }
    Json by_pdu = Json::MakeArray();
    for (const PoolContribution& c : result.contributions) {
      by_pdu.Push(Json::MakeObject()
                      .Set("inspection", r.pdus[c.pdu].evaluation.inspection)
                      .Set("yes", c.yes)
                      .Set("relevant", c.relevant));
    }
    pools.Push(Json::MakeObject()
                   .Set("rule", pool.rule.id)
                   .Set("key_question", m.key_questions[pool.key_question].id)
                   .Set("method", PoolMethodName(pool.method))
                   .Set("cases", pool.cases ? Json::MakeObject()
                                                  .Set("attribute", pool.cases->attribute)
                                                  .Set("value", pool.cases->value)
                                            : Json(nullptr))
                   .Set("reads", std::move(reads))
                   .Set("used", result.used)
                   .Set("why_not_used", result.used ? Json(nullptr) : Json(result.why_not_used))
                   .Set("by_pdu", std::move(by_pdu))
                   .Set("yes", result.yes)
                   .Set("relevant", result.relevant));
  }
  return pools;
}

// The regional ratings, as rate's JSON gives an inspection's.
void RegionalJson(const RegionResult& r, Json* out) {
  if (!r.evaluation) {
    out->Set("score", nullptr).Set("overall", nullptr).Set("standards", Json::MakeArray());
    out->Set("events", Json::MakeArray()).Set("warnings", Json::MakeArray()).Set("violations", Json::MakeArray());
    return;
  }
  const Evaluation& e = *r.evaluation;
  const Methodology& m = *e.methodology;
  Json standards = Json::MakeArray();
  for (const StandardResult& result : e.standards) standards.Push(StandardJson(e, result));
  out->Set("score", Json::MakeObject().Set("points", e.score).Set("max", e.max))
      .Set("overall", RatingJson(m, e.overall))
      .Set("standards", std::move(standards))
      .Set("events", EventsJson(e))
      .Set("warnings", WarningsJson(m, e.warnings))
      .Set("violations", ViolationsJson(m, e.violations));
}

}  // namespace

Json RegionJson(const RegionResult& r) {
  const Methodology& pdu_m = *r.pdu_methodology;
  Json out = Json::MakeObject()
                 .Set("region", r.name)
                 .Set("file", r.file)
                 .Set("fieldwork", r.fieldwork.empty() ? Json(nullptr) : Json(r.fieldwork))
                 .Set("source", r.source.empty() ? Json(nullptr) : Json(r.source))
                 .Set("methodology", r.methodology ? Json(r.methodology->name) : Json(nullptr))
                 .Set("rules_file", r.methodology ? Json(r.methodology->file) : Json(nullptr))
                 .Set("pdu_methodology", Json::MakeObject().Set("name", pdu_m.name).Set("file", pdu_m.file))
                 .Set("cases", r.Cases())
                 .Set("pdus", PdusJson(r))
                 .Set("pooled", PooledJson(r))
                 .Set("pools", r.methodology ? PoolsJson(r) : Json::MakeArray());
  RegionalJson(r, &out);
  if (r.explained) out.Set("trace", TraceJson(r.trace));
  if (r.breakdown) {
    out.Set("breakdown", WrittenJson([&](JsonWriter& writer) {
      writer.BeginObject();
      WriteBreakdownFields(writer, pdu_m, r.breakdown->pooled);
      writer.Key("pdus").BeginArray();
      for (int pdu : r.breakdown->pdus_included) writer.String(r.pdus[pdu].evaluation.inspection);
      writer.EndArray().Key("pdus_without").BeginArray();
      for (int pdu : r.breakdown->pdus_without) writer.String(r.pdus[pdu].evaluation.inspection);
      writer.EndArray().EndObject();
    }));
  }
  return out;
}

}  // namespace rerate
