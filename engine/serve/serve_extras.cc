#include "serve/serve_extras.h"

#include "model/names.h"
#include "model/rule_text.h"
#include "render/json_parts.h"
#include "rerate/bands.h"

namespace rerate {

Json InspectionsJson(const Catalog& catalog) {
  Json items = Json::MakeArray();
  for (const ServedInspection& served : catalog.inspections) {
    const Evaluation& e = served.evaluation;
    items.Push(Json::MakeObject()
                   .Set("id", served.id)
                   .Set("inspection", e.inspection)
                   .Set("file", e.file)
                   .Set("methodology", e.methodology->name)
                   .Set("score", Json::MakeObject().Set("points", e.score).Set("max", e.max))
                   .Set("overall", RatingJson(*e.methodology, e.overall)));
  }
  return Json::MakeObject().Set("inspections", std::move(items));
}

namespace {

Json BandsJson(const Methodology& m) {
  Json edges = Json::MakeArray();
  for (const KqBand& band : m.banding.bands) {
    edges.Push(Json::MakeObject()
                   .Set("rating", m.RatingName(band.rating))
                   .Set("from", FractionText(band.from))
                   .Set("below", band.below ? Json(FractionText(*band.below)) : Json(nullptr))
                   .Set("text", BandRangeText(band)));
  }
  return Json::MakeObject()
      .Set("rule", m.banding.rule.id)
      .Set("decide_on", m.banding.decide_on == BandBasis::kExactFraction ? "exact fraction" : "printed percentage")
      .Set("edges", std::move(edges));
}

Json StandardsJson(const Methodology& m) {
  Json standards = Json::MakeArray();
  for (const Standard& standard : m.standards) {
    Json key_questions = Json::MakeArray();
    for (int kq : standard.key_questions) {
      key_questions.Push(
          Json::MakeObject().Set("id", m.key_questions[kq].id).Set("text", m.key_questions[kq].text));
    }
    standards.Push(Json::MakeObject()
                       .Set("id", standard.id)
                       .Set("name", standard.name)
                       .Set("domain", m.domains[standard.domain].id + ". " + m.domains[standard.domain].name)
                       .Set("basis", standard.basis == StandardBasis::kJudgement ? "judgement" : "cases")
                       .Set("may_be_not_rated", standard.may_be_not_rated)
                       .Set("reported_only", standard.reported_only)
                       .Set("key_questions", std::move(key_questions)));
  }
  return standards;
}

}  // namespace

Json MethodologyJson(const Methodology& m) {
  Json ratings = Json::MakeArray();
  for (const ScaleLevel& level : m.scale.levels) {
    ratings.Push(Json::MakeObject().Set("name", level.name).Set("points", level.points));
  }
  Json rules = Json::MakeArray();
  for (const auto& [id, description] : RuleDescriptions(m)) {
    rules.Push(Json::MakeObject().Set("id", id).Set("description", description));
  }
  return Json::MakeObject()
      .Set("methodology", m.name)
      .Set("title", m.title)
      .Set("file", m.file)
      .Set("ratings", std::move(ratings))
      .Set("not_rated", m.scale.not_rated_label)
      .Set("bands", BandsJson(m))
      .Set("discretion", Json::MakeObject()
                             .Set("rule", m.discretion.rule.id)
                             .Set("max_bands", m.discretion.max_bands)
                             .Set("reason_required", m.discretion.reason_required))
      .Set("standards", StandardsJson(m))
      .Set("rules", std::move(rules));
}

Result<Json> CaseAnswersJson(const Evidence& base, const std::vector<ChangeSpec>& changes) {
  if (!base.cases) return Error{{base.file, 0, 0}, "this inspection has no case data (no cases: file)"};
  Result<Scenario> scenario = ApplyChanges(base, changes);
  if (!scenario) return scenario.error();
  const Methodology& m = *base.methodology;
  const CaseData& data = *scenario->evidence.cases;
  Json ids = Json::MakeArray();
  std::vector<int> answered;
  for (size_t kq = 0; kq < data.answers.size(); ++kq) {
    if (data.answers[kq].empty()) continue;
    answered.push_back(static_cast<int>(kq));
    ids.Push(m.key_questions[kq].id);
  }
  Json cases = Json::MakeArray();
  for (size_t c = 0; c < data.case_ids.size(); ++c) {
    Json answers = Json::MakeArray();
    for (int kq : answered) answers.Push(AnswerName(data.answers[kq][c]));
    cases.Push(Json::MakeObject().Set("id", data.case_ids[c]).Set("answers", std::move(answers)));
  }
  return Json::MakeObject().Set("key_questions", std::move(ids)).Set("cases", std::move(cases));
}

}  // namespace rerate
