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


void WriteStandardId(JsonWriter& out, const Methodology& m, int standard) {
  if (standard >= 0) {
    out.String(m.standards[standard].id);
  } else {
    out.Null();
  }
}

}  // namespace

Json RatingJson(const Methodology& m, const std::optional<Rating>& rating) {
  return rating ? Json(m.RatingName(*rating)) : Json(nullptr);
}

void WriteRating(JsonWriter& out, const Methodology& m, const std::optional<Rating>& rating) {
  if (rating) {
    out.String(m.RatingName(*rating));
  } else {
    out.Null();
  }
}

Json LocationJson(const SourceLocation& where) { return Json(where.ToString()); }

Json FailedFileJson(const FailedFile& failed) {
  const SourceLocation& where = failed.error.where;
  const auto known = [](int n) { return n > 0 ? Json(n) : Json(); };
  return Json::MakeObject()
      .Set("input", failed.input)
      .Set("file", where.file.empty() ? failed.input : where.file)
      .Set("line", known(where.line))
      .Set("column", known(where.column))
      .Set("message", failed.error.message);
}

std::string FailedFilesField(const std::vector<FailedFile>& failed) {
  Json list = Json::MakeArray();
  for (const FailedFile& file : failed) list.Push(FailedFileJson(file));
  std::string out = ",\n  \"failed\": ";
  list.DumpTo(&out, 1);
  return out;
}

void WriteKqFields(JsonWriter& out, const Methodology& m, const KqResult& kq) {
  const bool counts = kq.source == KqSource::kCases || kq.source == KqSource::kCounts;
  out.Field("id", m.key_questions[kq.key_question].id).Field("text", m.key_questions[kq.key_question].text);
  out.Field("source", SourceName(kq.source));
  counts ? out.Field("yes", kq.yes) : out.NullField("yes");
  counts || kq.relevant > 0 ? out.Field("relevant", kq.relevant) : out.NullField("relevant");
  kq.HasResult() ? out.Field("percent", kq.percent) : out.NullField("percent");
  WriteRating(out.Key("band"), m, kq.band);
  WriteRating(out.Key("exact_band"), m, kq.exact_band);
  WriteRating(out.Key("printed_band"), m, kq.printed_band);
  out.Field("rounding_sensitive", kq.rounding_sensitive).Field("edge_unknown", kq.edge_unknown).Field("lowest", kq.lowest);
}

Json KqJson(const Methodology& m, const KqResult& kq) {
  return WrittenJson([&](JsonWriter& out) {
    out.BeginObject();
    WriteKqFields(out, m, kq);
    out.EndObject();
  });
}

void WriteWarnings(JsonWriter& out, const Methodology& m, const std::vector<Warning>& warnings) {
  out.BeginArray();
  for (const Warning& warning : warnings) {
    out.BeginObject().Field("kind", WarningKindName(warning.kind)).Field("rule", warning.rule);
    WriteStandardId(out.Key("standard"), m, warning.standard);
    out.Field("message", warning.message).Field("where", warning.where.ToString()).EndObject();
  }
  out.EndArray();
}

void WriteViolations(JsonWriter& out, const Methodology& m, const std::vector<Violation>& violations) {
  out.BeginArray();
  for (const Violation& violation : violations) {
    out.BeginObject().Field("rule", violation.rule);
    WriteStandardId(out.Key("standard"), m, violation.standard);
    out.Field("message", violation.message).Field("where", violation.where.ToString()).EndObject();
  }
  out.EndArray();
}

Json WarningsJson(const Methodology& m, const std::vector<Warning>& warnings) {
  return WrittenJson([&](JsonWriter& out) { WriteWarnings(out, m, warnings); });
}

Json ViolationsJson(const Methodology& m, const std::vector<Violation>& violations) {
  return WrittenJson([&](JsonWriter& out) { WriteViolations(out, m, violations); });
}

}  // namespace rerate
