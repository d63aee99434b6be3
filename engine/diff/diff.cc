// DiffInspections: one inspection rated under two rules files, compared
// level by level: key-question bands, standard ratings, score, overall.
#include <algorithm>
#include <filesystem>
#include <map>

#include "base/text.h"
#include "diff/diff_compare.h"
#include "model/names.h"
#include "rerate/diff.h"
#include "rerate/evaluate.h"
#include "rerate/evidence.h"

namespace rerate {

const char* DiffLevelName(DiffLevel level) {
  switch (level) {
    case DiffLevel::kKeyQuestion: return "key_question";
    case DiffLevel::kStandard: return "standard";
    case DiffLevel::kScore: return "score";
    case DiffLevel::kOverall: return "overall";
  }
  return "standard";
}

namespace {

// A warning's identity across the two evaluations: its kind, rule, standard.
std::string WarningKey(const Evaluation& e, const Warning& warning) {
  const std::string standard = warning.standard >= 0 ? e.methodology->standards[warning.standard].id : "";
  return std::to_string(static_cast<int>(warning.kind)) + "|" + warning.rule + "|" + standard;
}

std::vector<std::string> WarningsOnlyIn(const Evaluation& in, const Evaluation& other) {
  std::vector<std::string> keys;
  for (const Warning& warning : other.warnings) keys.push_back(WarningKey(other, warning));
  std::vector<std::string> only;
  for (const Warning& warning : in.warnings) {
    auto found = std::find(keys.begin(), keys.end(), WarningKey(in, warning));
    if (found != keys.end()) {
      keys.erase(found);
      continue;
    }
    only.push_back(warning.where.ToString() + ": " + warning.message);
  }
  return only;
}

bool NamesMethodology(const Inspection& inspection, const Methodology& from, RulesLibrary& library) {
  const std::string& named = inspection.methodology.value;
  if (named == from.name) return true;
  const bool is_path = named.find('/') != std::string::npos || std::filesystem::path(named).extension() == ".yaml";
  if (!is_path) return false;
  Result<std::shared_ptr<const Methodology>> rules = library.ForInspection(inspection, "");
  return rules && (*rules)->name == from.name;
}

InspectionDiff Failed(InspectionDiff diff, Error error, const Methodology& under) {
  diff.status = DiffStatus::kError;
  error.message += " (rating under " + under.file + ")";
  diff.error = std::move(error);
  return diff;
}

}  // namespace

InspectionDiff DiffInspection(const std::string& file, const std::shared_ptr<const Methodology>& from,
                              const std::shared_ptr<const Methodology>& to, RulesLibrary& library) {
  InspectionDiff diff;
  diff.file = file;
  Result<Inspection> inspection = LoadInspection(file);
  if (!inspection) {
    diff.error = inspection.error();
    return diff;
  }
  diff.inspection = inspection->name.value;
  if (!NamesMethodology(*inspection, *from, library)) {
    diff.status = DiffStatus::kSkipped;
    diff.reason = "its methodology is " + inspection->methodology.value + ", not " + from->name + " (--from)";
    return diff;
  }
  Result<Evidence> before = Resolve(*inspection, from);
  if (!before) return Failed(std::move(diff), before.error(), *from);
  Result<Evidence> after = Resolve(*inspection, to);
  if (!after) return Failed(std::move(diff), after.error(), *to);
  const Evaluation a = Evaluate(*before);
  const Evaluation b = Evaluate(*after);
  if (!a.violations.empty()) {
    return Failed(std::move(diff), Error{a.violations.front().where, a.violations.front().message}, *from);
  }
  diff.score_before = OutOf(a.score, a.max);
  diff.score_after = OutOf(b.score, b.max);
  diff.overall_before = RatingText(*a.methodology, a.overall);
  diff.overall_after = RatingText(*b.methodology, b.overall);
  if (!b.violations.empty()) {
    diff.status = DiffStatus::kRefused;
    for (const Violation& violation : b.violations) diff.refused.push_back(violation.where.ToString() + ": " + violation.message);
    return diff;
  }
  if (a.overall && b.overall) diff.overall_direction = (*b.overall > *a.overall) - (*b.overall < *a.overall);
  diff.changes = CompareEvaluations(a, b);
  diff.warnings_new = WarningsOnlyIn(b, a);
  diff.warnings_gone = WarningsOnlyIn(a, b);
  diff.status = diff.changes.empty() ? DiffStatus::kUnchanged : DiffStatus::kChanged;
  return diff;
}

void DiffSummary::Add(const InspectionDiff& diff) {
  switch (diff.status) {
    case DiffStatus::kSkipped: ++skipped; return;
    case DiffStatus::kError: ++errors; return;
    case DiffStatus::kRefused: ++refused; return;
    case DiffStatus::kChanged: ++changed; break;
    case DiffStatus::kUnchanged: break;
  }
  ++compared;
  auto any = [&](DiffLevel level) {
    return std::any_of(diff.changes.begin(), diff.changes.end(), [&](const Change& c) { return c.level == level; });
  };
  key_questions += any(DiffLevel::kKeyQuestion) ? 1 : 0;
  standards += any(DiffLevel::kStandard) ? 1 : 0;
  scores += any(DiffLevel::kScore) ? 1 : 0;
  overall += any(DiffLevel::kOverall) ? 1 : 0;
  overall_up += diff.overall_direction > 0 ? 1 : 0;
  overall_down += diff.overall_direction < 0 ? 1 : 0;
}

DiffRun DiffInspections(const std::vector<std::string>& files, std::shared_ptr<const Methodology> from,
                        std::shared_ptr<const Methodology> to, RulesLibrary& library) {
  DiffRun run;
  run.from = std::move(from);
  run.to = std::move(to);
  for (const std::string& file : files) {
    run.inspections.push_back(DiffInspection(file, run.from, run.to, library));
    run.summary.Add(run.inspections.back());
  }
  return run;
}

}  // namespace rerate
