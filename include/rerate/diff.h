// Methodology regression: rate inspections under two rules files and report
// every key-question band, standard rating, score and overall rating that
// changes, with the rule responsible.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rerate/result.h"
#include "rerate/rules.h"
#include "rerate/inputs.h"

namespace rerate {

enum class DiffLevel { kKeyQuestion, kStandard, kScore, kOverall };

// "key_question", "standard", "score", "overall".
const char* DiffLevelName(DiffLevel level);

struct Change {
  DiffLevel level = DiffLevel::kStandard;
  std::string id;                     // the KQ or standard id; "score"; "overall"
  std::string subject;                // for people: "standard 2.2 Assessment"
  std::optional<std::string> before;  // under --from; none when it has no such item
  std::optional<std::string> after;   // under --to
  // The rule responsible: the first rule, in evaluation order, whose
  // different decision the change traces back to (README.md, "rerate diff").
  // Several comma-separated when several standards moved a score.
  std::string rule;
  std::string detail;  // the numbers behind it
};

enum class DiffStatus {
  kChanged,
  kUnchanged,
  kSkipped,  // the inspection names another methodology than --from's
  kRefused,  // --to's rules refuse the inspection (a violation, e.g. discretion too far)
  kError,    // cannot be read or rated under one of the two
};

struct InspectionDiff {
  std::string file;
  std::string inspection;
  DiffStatus status = DiffStatus::kError;
  std::string reason;                // kSkipped: why
  std::optional<Error> error;        // kError
  std::vector<std::string> refused;  // kRefused: the violations under --to
  std::string score_before;          // "10/27"
  std::string score_after;
  std::string overall_before;
  std::string overall_after;
  int overall_direction = 0;  // +1 up, -1 down, 0 unchanged
  std::vector<Change> changes;
  std::vector<std::string> warnings_new;   // warnings only under --to
  std::vector<std::string> warnings_gone;  // warnings only under --from
};

struct DiffSummary {
  int compared = 0;  // rated under both
  int skipped = 0;
  int refused = 0;
  int errors = 0;
  int changed = 0;  // inspections with at least one change
  int key_questions = 0;  // inspections with a key-question band changed
  int standards = 0;
  int scores = 0;
  int overall = 0;
  int overall_up = 0;
  int overall_down = 0;

  // Counts one inspection's result.
  void Add(const InspectionDiff& diff);
};

struct DiffRun {
  std::shared_ptr<const Methodology> from;
  std::shared_ptr<const Methodology> to;
  std::vector<InspectionDiff> inspections;  // in file order
  DiffSummary summary;
};

// Rates every inspection whose methodology is --from's under both rules
// files and compares; the others are listed as skipped, with the reason.
// `library` resolves a methodology an inspection gives as a path.
DiffRun DiffInspections(const std::vector<std::string>& files, std::shared_ptr<const Methodology> from,
                        std::shared_ptr<const Methodology> to, RulesLibrary& library);
// One inspection of them (any thread may call it: the library is shared).
InspectionDiff DiffInspection(const std::string& file, const std::shared_ptr<const Methodology>& from,
                              const std::shared_ptr<const Methodology>& to, RulesLibrary& library);

enum class DiffFormat { kText, kJson };

// "text" or "json".
Result<DiffFormat> ParseDiffFormat(const std::string& name);

// Text: each inspection with its changes, then a summary.  JSON:
// {from, to, changes: [{inspection, file, level, id, before, after, rule,
// detail}], inspections: [...], summary: {...}}.
std::string RenderDiff(const DiffRun& run, DiffFormat format);

// The same written one inspection at a time, so that a corpus is compared,
// written and freed in turn: Begin, then Add for each inspection in order,
// then Finish (the summary).  JSON keeps each inspection's short entry for
// the inspections: list, which follows every change.
class DiffWriter {
 public:
  DiffWriter(std::shared_ptr<const Methodology> from, std::shared_ptr<const Methodology> to, DiffFormat format);
  ~DiffWriter();
  DiffWriter(const DiffWriter&) = delete;
  DiffWriter& operator=(const DiffWriter&) = delete;

  std::string Begin();
  std::string Add(const InspectionDiff& diff);
  std::string Finish();
  const DiffSummary& summary() const { return summary_; }

 private:
  struct State;
  std::shared_ptr<const Methodology> from_;
  std::shared_ptr<const Methodology> to_;
  DiffFormat format_;
  DiffSummary summary_;
  std::unique_ptr<State> state_;  // the JSON being written
};

}  // namespace rerate
