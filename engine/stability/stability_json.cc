#include "stability/stability_json.h"

#include "render/json_parts.h"
#include "stability/stability_words.h"

namespace rerate {

namespace {

const char* StatusName(StandardStatus status) {
  return status == StandardStatus::kNotRated ? "not_rated" : "rated";
}

// The bootstrap's tallies, or null for the exact model.
Json CountsJson(const Methodology& m, const RatingShares& shares, bool discretion) {
  if (shares.count.empty()) return nullptr;
  Json ratings = Json::MakeObject();
  for (size_t level = 0; level < shares.count.size(); ++level) {
    ratings.Set(m.RatingName(Rating{static_cast<int>(level)}), shares.count[level]);
  }
  return Json::MakeObject()
      .Set("ratings", std::move(ratings))
      .Set("no_data", shares.no_data_count)
      .Set("discretion_dropped", discretion ? Json(shares.discretion_dropped_count) : Json(nullptr));
}

Json StandardJson(const StabilityResult& result, const StandardStability& standard) {
  const Methodology& m = *result.methodology;
  const bool discretion = standard.discretion.has_value();
  return Json::MakeObject()
      .Set("id", m.standards[standard.standard].id)
      .Set("name", m.standards[standard.standard].name)
      .Set("status", StatusName(standard.status))
      .Set("computed", RatingJson(m, standard.computed))
      .Set("published", standard.printed ? RatingJson(m, standard.published) : Json(nullptr))
      .Set("resampled", standard.resampled)
      .Set("probabilities", ProbabilitiesJson(m, standard.shares))
      .Set("no_data", Json::Decimal(standard.shares.no_data, kJsonPlaces))
      .Set("discretion", RatingJson(m, standard.discretion))
      .Set("discretion_dropped", discretion ? Json::Decimal(standard.shares.discretion_dropped, kJsonPlaces) : Json(nullptr))
      .Set("counts", CountsJson(m, standard.shares, discretion))
      .Set("sentence", StandardSentence(result, standard));
}

Json KeyQuestionJson(const Methodology& m, const KqStability& kq) {
  Json bands = Json::MakeArray();
  for (Rating band : kq.bands) bands.Push(m.RatingName(band));
  const Json interval = kq.counts_known ? Json::MakeObject()
                                              .Set("low", Json::Decimal(kq.low, kJsonPlaces))
                                              .Set("high", Json::Decimal(kq.high, kJsonPlaces))
                                        : Json(nullptr);
  return Json::MakeObject()
      .Set("id", m.key_questions[kq.key_question].id)
      .Set("standard", m.standards[m.key_questions[kq.key_question].standard].id)
      .Set("yes", kq.counts_known ? Json(kq.yes) : Json(nullptr))
      .Set("relevant", kq.counts_known ? Json(kq.relevant) : Json(nullptr))
      .Set("percent", kq.percent)
      .Set("interval", interval)
      .Set("band", RatingJson(m, kq.band))
      .Set("bands", std::move(bands))
      .Set("held", kq.held)
      .Set("drawn_binomially", kq.drawn_binomially);
}

}  // namespace

Json ProbabilitiesJson(const Methodology& m, const RatingShares& shares) {
  Json probabilities = Json::MakeObject();
  for (size_t level = 0; level < shares.probability.size(); ++level) {
    probabilities.Set(m.RatingName(Rating{static_cast<int>(level)}), Json::Decimal(shares.probability[level], kJsonPlaces));
  }
  return probabilities;
}

Json StabilityJson(const StabilityResult& result) {
  const Methodology& m = *result.methodology;
  const bool cases = result.method == StabilityMethod::kCases;
  Json standards = Json::MakeArray();
  for (const StandardStability& standard : result.standards) standards.Push(StandardJson(result, standard));
  Json key_questions = Json::MakeArray();
  for (const KqStability& kq : result.key_questions) key_questions.Push(KeyQuestionJson(m, kq));
  Json notes = Json::MakeArray();
  for (const std::string& note : StabilityNotes(result)) notes.Push(note);
  return Json::MakeObject()
      .Set("inspection", result.inspection)
      .Set("file", result.file)
      .Set("methodology", m.name)
      .Set("rules_file", m.file)
      .Set("cases", result.cases_file.empty() ? Json(nullptr)
                                              : Json::MakeObject().Set("file", result.cases_file).Set("count", result.cases))
      .Set("method", StabilityMethodName(result.method))
      .Set("resamples", cases ? Json(result.resamples) : Json(nullptr))
      .Set("seed", cases ? Json(static_cast<std::int64_t>(result.seed)) : Json(nullptr))
      .Set("confidence", Json::Decimal(result.confidence.level, kJsonPlaces))
      .Set("combinations", result.combinations)
      .Set("overall", Json::MakeObject()
                          .Set("computed", RatingJson(m, result.overall_computed))
                          .Set("published", RatingJson(m, result.overall_published))
                          .Set("probabilities", ProbabilitiesJson(m, result.overall))
                          .Set("no_data", Json::Decimal(result.overall.no_data, kJsonPlaces))
                          .Set("counts", CountsJson(m, result.overall, false))
                          .Set("sentence", "Overall: " + SharesSentence(result, result.overall) + "."))
      .Set("standards", std::move(standards))
      .Set("key_questions", std::move(key_questions))
      .Set("notes", std::move(notes));
}

Json StabilityManyJson(const std::vector<StabilityResult>& results, const std::vector<FailedFile>& failed) {
  Json items = Json::MakeArray();
  Json summary = Json::MakeArray();
  for (const StabilityResult& result : results) {
    const Methodology& m = *result.methodology;
    items.Push(StabilityJson(result));
    const StandardStability* least = LeastStable(result);
    summary.Push(Json::MakeObject()
                     .Set("inspection", result.inspection)
                     .Set("file", result.file)
                     .Set("method", StabilityMethodName(result.method))
                     .Set("overall", RatingJson(m, result.overall_computed))
                     .Set("share", Json::Decimal(result.overall.Of(result.overall_computed), kJsonPlaces))
                     .Set("least_stable", least == nullptr ? Json(nullptr)
                                                           : Json::MakeObject()
                                                                 .Set("standard", m.standards[least->standard].id)
                                                                 .Set("share", Json::Decimal(least->shares.Of(least->computed), kJsonPlaces))));
  }
  Json failures = Json::MakeArray();
  for (const FailedFile& file : failed) failures.Push(FailedFileJson(file));
  return Json::MakeObject().Set("results", std::move(items)).Set("summary", std::move(summary)).Set("failed", std::move(failures));
}

}  // namespace rerate
