// JSON pieces that every command's --format json writes the same way: a
// rating, a place, a key question's result, warnings and violations.
#include "render/json_parts.h"

namespace rerate {

namespace {

const char* SourceName(KqSource source) {
  switch (source) {
    case KqSource::kNone: return "none";
    case KqSource::kCases: return "cases";
    case KqSource::kCounts: return "counts";
    case KqSource::kPercent: return "percent";
  }
  return "none";
}

const char* WarningKindName(WarningKind kind) {
  switch (kind) {
    case WarningKind::kDepartureWithoutReason: return "departure_without_reason";
    case WarningKind::kDepartureNotNeeded: return "departure_not_needed";
    case WarningKind::kDiscretionNoChange: return "discretion_no_change";
    case WarningKind::kEdgeUnknown: return "edge_unknown";
    case WarningKind::kDataNotRated: return "data_not_rated";
  }
  return "";
}

}  // namespace

Json RatingJson(const Methodology& m, const std::optional<Rating>& rating) {
  return rating ? Json(m.RatingName(*rating)) : Json(nullptr);
}

Json LocationJson(const SourceLocation& where) { return Json(where.ToString()); }

Json KqJson(const Methodology& m, const KqResult& kq) {
  const bool counts = kq.source == KqSource::kCases || kq.source == KqSource::kCounts;
  return Json::MakeObject()
      .Set("id", m.key_questions[kq.key_question].id)
      .Set("text", m.key_questions[kq.key_question].text)
      .Set("source", SourceName(kq.source))
      .Set("yes", counts ? Json(kq.yes) : Json(nullptr))
      .Set("relevant", counts || kq.relevant > 0 ? Json(kq.relevant) : Json(nullptr))
      .Set("percent", kq.HasResult() ? Json(kq.percent) : Json(nullptr))
      .Set("band", RatingJson(m, kq.band))
      .Set("exact_band", RatingJson(m, kq.exact_band))
      .Set("printed_band", RatingJson(m, kq.printed_band))
      .Set("rounding_sensitive", kq.rounding_sensitive)
      .Set("edge_unknown", kq.edge_unknown)
      .Set("lowest", kq.lowest);
}

Json WarningsJson(const Methodology& m, const std::vector<Warning>& warnings) {
  Json items = Json::MakeArray();
  for (const Warning& warning : warnings) {
    items.Push(Json::MakeObject()
                   .Set("kind", WarningKindName(warning.kind))
                   .Set("rule", warning.rule)
                   .Set("standard", warning.standard >= 0 ? Json(m.standards[warning.standard].id) : Json(nullptr))
                   .Set("message", warning.message)
                   .Set("where", LocationJson(warning.where)));
  }
  return items;
}

Json ViolationsJson(const Methodology& m, const std::vector<Violation>& violations) {
  Json items = Json::MakeArray();
  for (const Violation& violation : violations) {
    items.Push(Json::MakeObject()
                   .Set("rule", violation.rule)
                   .Set("standard", violation.standard >= 0 ? Json(m.standards[violation.standard].id) : Json(nullptr))
                   .Set("message", violation.message)
                   .Set("where", LocationJson(violation.where)));
  }
  return items;
}

}  // namespace rerate
