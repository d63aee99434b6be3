// `rerate diff` reports: text for people, JSON for scripts.
#include "base/json.h"
#include "base/suggest.h"
#include "base/text.h"
#include "diff/diff_compare.h"
#include "rerate/diff.h"

namespace rerate {

Result<DiffFormat> ParseDiffFormat(const std::string& name) {
  if (name == "text") return DiffFormat::kText;
  if (name == "json") return DiffFormat::kJson;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"text", "json"}) + " (expected text or json)"};
}

namespace {

const char* StatusName(DiffStatus status) {
  switch (status) {
    case DiffStatus::kChanged: return "changed";
    case DiffStatus::kUnchanged: return "unchanged";
    case DiffStatus::kSkipped: return "skipped";
    case DiffStatus::kRefused: return "refused";
    case DiffStatus::kError: return "error";
  }
  return "error";
}

std::string Optional(const std::optional<std::string>& text) { return text ? *text : "absent"; }

std::string Heading(const InspectionDiff& diff) {
  const std::string name = diff.inspection.empty() ? diff.file : diff.inspection + " (" + diff.file + ")";
  switch (diff.status) {
    case DiffStatus::kSkipped: return name + ": skipped: " + diff.reason;
    case DiffStatus::kError: return name + ": error: " + diff.error->ToString();
    case DiffStatus::kRefused: return name + ": refused under --to";
    case DiffStatus::kUnchanged:
      return name + ": no change (score " + diff.score_before + ", overall " + diff.overall_before + ")";
    case DiffStatus::kChanged: break;
  }
  const std::string score = diff.score_before == diff.score_after ? diff.score_before + " (unchanged)"
                                                                  : diff.score_before + " -> " + diff.score_after;
  const std::string overall = diff.overall_before == diff.overall_after
                                  ? diff.overall_before + " (unchanged)"
                                  : diff.overall_before + " -> " + diff.overall_after;
  return name + ": score " + score + ", overall " + overall;
}

std::string InspectionText(const InspectionDiff& diff, const Methodology& from, const Methodology& to_rules) {
  std::string out = Heading(diff) + "\n";
  for (const std::string& violation : diff.refused) out += "  " + violation + "\n";
  for (const Change& change : diff.changes) {
    out += "  " + change.subject + ": " + Optional(change.before) + " -> " + Optional(change.after) +
           (change.rule.empty() ? "" : "  [" + change.rule + "]") + "\n";
    out += "      " + change.detail + "\n";
  }
  const std::string to = SideLabel(to_rules, from);
  for (const std::string& warning : diff.warnings_new) out += "  new warning under " + to + ": " + warning + "\n";
  for (const std::string& warning : diff.warnings_gone) out += "  warning gone under " + to + ": " + warning + "\n";
  return out;
}

std::string TextHeader(const Methodology& from, const Methodology& to) {
  return "rerate diff\n  from: " + from.file + " (" + from.name + ")\n  to:   " + to.file + " (" + to.name + ")\n\n";
}

std::string TextSummary(const DiffSummary& s) {
  std::string out = "Summary\n  " + Plural(s.compared, "inspection") + " compared";
  if (s.skipped > 0) out += ", " + std::to_string(s.skipped) + " skipped (another methodology)";
  if (s.refused > 0) out += ", " + std::to_string(s.refused) + " refused under --to";
  if (s.errors > 0) out += ", " + Plural(s.errors, "error");
  out += "\n  " + std::to_string(s.changed) + " changed: key-question bands in " + std::to_string(s.key_questions) +
         ", standard ratings in " + std::to_string(s.standards) + ", score in " + std::to_string(s.scores) +
         ", overall rating in " + std::to_string(s.overall) + "\n";
  out += "  overall rating: " + std::to_string(s.overall_up) + " up, " + std::to_string(s.overall_down) + " down\n";
  return out;
}

Json Strings(const std::vector<std::string>& items) {
  Json array = Json::MakeArray();
  for (const std::string& item : items) array.Push(item);
  return array;
}

Json MaybeString(const std::optional<std::string>& text) { return text ? Json(*text) : Json(nullptr); }

Json ChangeJson(const InspectionDiff& diff, const Change& change) {
  return Json::MakeObject()
      .Set("inspection", diff.inspection)
      .Set("file", diff.file)
      .Set("level", DiffLevelName(change.level))
      .Set("id", change.id)
      .Set("before", MaybeString(change.before))
      .Set("after", MaybeString(change.after))
      .Set("rule", change.rule.empty() ? Json(nullptr) : Json(change.rule))
      .Set("detail", change.detail);
}

Json InspectionJson(const InspectionDiff& diff) {
  const bool rated = diff.status == DiffStatus::kChanged || diff.status == DiffStatus::kUnchanged ||
                     diff.status == DiffStatus::kRefused;
  auto pair = [&](const std::string& before, const std::string& after) {
    return rated ? Json::MakeObject().Set("before", before).Set("after", after) : Json(nullptr);
  };
  return Json::MakeObject()
      .Set("inspection", diff.inspection.empty() ? Json(nullptr) : Json(diff.inspection))
      .Set("file", diff.file)
      .Set("status", StatusName(diff.status))
      .Set("reason", diff.reason.empty() ? Json(nullptr) : Json(diff.reason))
      .Set("error", diff.error ? Json(diff.error->ToString()) : Json(nullptr))
      .Set("refused", Strings(diff.refused))
      .Set("score", pair(diff.score_before, diff.score_after))
      .Set("overall", pair(diff.overall_before, diff.overall_after))
      .Set("changes", static_cast<int>(diff.changes.size()))
      .Set("warnings_new", Strings(diff.warnings_new))
      .Set("warnings_gone", Strings(diff.warnings_gone));
}

Json SummaryJson(const DiffSummary& s) {
  return Json::MakeObject()
      .Set("compared", s.compared)
      .Set("skipped", s.skipped)
      .Set("refused", s.refused)
      .Set("errors", s.errors)
      .Set("changed", s.changed)
      .Set("key_question", s.key_questions)
      .Set("standard", s.standards)
      .Set("score", s.scores)
      .Set("overall", s.overall)
      .Set("overall_up", s.overall_up)
      .Set("overall_down", s.overall_down);
}

Json RulesJson(const Methodology& m) { return Json::MakeObject().Set("file", m.file).Set("methodology", m.name); }

// Takes what the writer appended to `buffer` since the last call.
std::string Drain(std::string* buffer) {
  std::string text = std::move(*buffer);
  buffer->clear();
  return text;
}

}  // namespace

// The JSON document as it is written: the changes stream out as they come,
// each inspection's entry waits for the inspections: list.
struct DiffWriter::State {
  std::string buffer;
  JsonWriter out{&buffer};
  std::vector<Json> inspections;
};

DiffWriter::DiffWriter(std::shared_ptr<const Methodology> from, std::shared_ptr<const Methodology> to,
                       DiffFormat format)
    : from_(std::move(from)), to_(std::move(to)), format_(format), state_(std::make_unique<State>()) {}

DiffWriter::~DiffWriter() = default;

std::string DiffWriter::Begin() {
  if (format_ != DiffFormat::kJson) return TextHeader(*from_, *to_);
  JsonWriter& out = state_->out;
  out.BeginObject();
  out.Key("from").Value(RulesJson(*from_));
  out.Key("to").Value(RulesJson(*to_));
  out.Key("changes").BeginArray();
  return Drain(&state_->buffer);
}

std::string DiffWriter::Add(const InspectionDiff& diff) {
  summary_.Add(diff);
  if (format_ != DiffFormat::kJson) return InspectionText(diff, *from_, *to_) + "\n";
  for (const Change& change : diff.changes) state_->out.Value(ChangeJson(diff, change));
  state_->inspections.push_back(InspectionJson(diff));
  return Drain(&state_->buffer);
}

std::string DiffWriter::Finish() {
  if (format_ != DiffFormat::kJson) return TextSummary(summary_);
  JsonWriter& out = state_->out;
  out.EndArray().Key("inspections").BeginArray();
  for (const Json& inspection : state_->inspections) out.Value(inspection);
  out.EndArray().Key("summary").Value(SummaryJson(summary_)).EndObject();
  return Drain(&state_->buffer) + "\n";
}

std::string RenderDiff(const DiffRun& run, DiffFormat format) {
  DiffWriter writer(run.from, run.to, format);
  std::string out = writer.Begin();
  for (const InspectionDiff& diff : run.inspections) out += writer.Add(diff);
  return out + writer.Finish();
}

}  // namespace rerate
