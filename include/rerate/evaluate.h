// Evaluation: the ratings a methodology gives an inspection's evidence, with
// every rule that changed something.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rerate/evidence.h"
#include "rerate/rules.h"
#include "rerate/trace.h"

namespace rerate {

struct KqResult {
  int key_question = -1;  // index into Methodology::key_questions
  KqSource source = KqSource::kNone;
  int yes = 0;
  int relevant = 0;
  bool has_result = false;             // relevant > 0, or a printed figure
  int percent = 0;                     // the printed whole percentage
  std::optional<Rating> band;          // under the methodology's rule; none without a
                                       // result and for a reported-only standard
  std::optional<Rating> exact_band;    // band of the exact fraction (counts known)
  std::optional<Rating> printed_band;  // band of the printed percentage
  bool rounding_sensitive = false;     // exact and printed bands differ
  bool edge_unknown = false;           // percentage only, on a band edge: exact band unknown
  bool lowest = false;                 // drives its standard's rating

  bool HasResult() const { return has_result; }
};

struct PromptResult {
  std::string id;
  int key_question = -1;
  int yes = 0;
  int relevant = 0;
};

enum class StandardStatus { kRated, kNotRated, kReportedOnly };

struct StandardResult {
  int standard = -1;
  StandardStatus status = StandardStatus::kRated;
  // Case standards: the band of the lowest KQ (or the given rating when there
  // is no KQ data); judgement standards: the inspectors' rating.
  std::optional<Rating> computed;
  std::optional<Rating> rating;  // final, after discretion and limits
  int points = 0;
  bool from_key_questions = false;
  std::vector<KqResult> key_questions;
  // The ids of the rules that decided the rating, in order (the methodology's
  // own strings: an Evaluation keeps its methodology alive).
  std::vector<std::string_view> applied;

  // Rated, with a rating (not Not rated, not reported only).
  bool HasRating() const { return status == StandardStatus::kRated && rating.has_value(); }
};

enum class EventKind { kLimit, kDiscretion, kDeparture };

// A rule that changed a rating, or soft guidance departed from.
struct RuleEvent {
  EventKind kind = EventKind::kLimit;
  std::string rule;
  int standard = -1;
  std::optional<Rating> before;
  std::optional<Rating> after;
  std::string reason;  // the recorded reason (discretion, departure); empty when none
  std::string detail;  // the numbers behind it, in plain English
  SourceLocation where;
};

enum class WarningKind {
  kDepartureWithoutReason,  // guidance departed from, no reason recorded
  kDepartureNotNeeded,      // a reason recorded, but the guidance is followed
  kDiscretionNoChange,      // discretion gives the rating already computed
  kEdgeUnknown,             // printed percentage only, on a band edge
  kDataNotRated,            // a Not rated standard has key-question data
};

struct Warning {
  WarningKind kind = WarningKind::kDepartureWithoutReason;
  std::string rule;
  int standard = -1;
  std::string message;
  SourceLocation where;
};

// A methodology rule the inspection's own records break (discretion beyond
// the distance allowed).  `rate` refuses such input; `check` reports it.
struct Violation {
  std::string rule;
  int standard = -1;
  std::string message;
  SourceLocation where;
};

// How much an evaluation writes: everything, or the ratings alone (events,
// warnings and violations are recorded with their kind, rule, standard and
// ratings, but their words are left empty), for searches that evaluate
// thousands of variants and read only ratings; the one they choose is then
// evaluated in full.
enum class Detail { kFull, kRatings };

struct Evaluation {
  std::shared_ptr<const Methodology> methodology;
  Detail detail = Detail::kFull;
  std::string file;
  std::string inspection;
  std::string fieldwork;
  std::string source;      // where the inspection's data comes from, as it says
  std::string cases_file;  // the case file (a sheet: "book.xlsx [Cases]"), when there is one
  int cases = 0;           // cases read from it
  TableSkips cases_skipped;  // rows and columns its reader left out

  std::vector<StandardResult> standards;  // in methodology order
  std::vector<PromptResult> prompts;
  int score = 0;
  int max = 0;
  std::optional<Rating> overall;

  std::vector<RuleEvent> events;
  // Per Methodology::limits: whether its condition held when it was checked
  // (whether or not it lowered anything), so a comparison of two evaluations
  // can say that a limit stopped or started to apply.
  std::vector<bool> limit_held;
  std::vector<Warning> warnings;
  std::vector<Violation> violations;

  const StandardResult& For(int standard) const { return standards[standard]; }
  // Whether the condition's standard is rated one of its ratings.
  bool Holds(const RatingCondition& condition) const;
  // The KQ result for a methodology KQ index.
  const KqResult& ForKq(int key_question) const;
};

// Applies the methodology to the evidence.  With a tracer, records one step
// per decision; with none, builds no explanation text but the details of the
// events and warnings it records.
Evaluation Evaluate(const Evidence& evidence, Tracer* tracer = nullptr);

// The same into `out`, whose vectors keep their memory: for searches that
// evaluate thousands of variants of one inspection (target, stability).
void EvaluateInto(const Evidence& evidence, Evaluation* out, Tracer* tracer = nullptr, Detail detail = Detail::kFull);

// KQ results per value of a case attribute: reported, never rated.
struct Breakdown {
  std::string attribute;
  // Attribute values some case has: those the rules file declares, in its
  // order, then any others in order of first appearance.
  std::vector<std::string> groups;
  std::vector<int> group_cases;     // cases per group
  struct Row {
    int key_question = -1;
    std::vector<int> yes;       // per group
    std::vector<int> relevant;  // per group
  };
  std::vector<Row> rows;  // every KQ with case answers, methodology order
};

Result<Breakdown> BreakDown(const Evidence& evidence, const std::string& attribute);

}  // namespace rerate
