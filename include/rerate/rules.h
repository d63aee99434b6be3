// A methodology: everything rerate knows about how HMIP rates, read from a
// YAML rules file.  It is loaded and validated once (LoadRules) and then only
// ever handed around as a shared_ptr<const Methodology>; evaluation trusts it
// and never re-checks it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rerate/result.h"

namespace rerate {

// A position on the methodology's rating scale: 0 is the lowest rating.
// The names and points live in the Methodology's scale.
struct Rating {
  int level = 0;
  auto operator<=>(const Rating&) const = default;
};

// Where a rule comes from: "seed" (a published report shows it) or
// "default" (a best-known value the reports do not pin down).
struct Provenance {
  std::string basis;
  std::string source;
};

// What every rule carries: the id the trace names it by, what it does in a
// sentence for people reading the output beside the id (optional), its
// provenance and where it is written.
struct RuleInfo {
  std::string id;
  std::string description;
  Provenance provenance;
  SourceLocation where;
};

// An exact non-negative rational, used for percentage thresholds such as 65
// or 62.5 (written as decimals in the rules file, never as binary floats).
struct Fraction {
  std::int64_t numerator = 0;
  std::int64_t denominator = 1;
};

struct ScaleLevel {
  std::string name;
  int points = 0;
  SourceLocation where;
};

struct Scale {
  RuleInfo rule;
  std::vector<ScaleLevel> levels;  // lowest first
  std::string not_rated_label;     // "Not rated"
};

enum class BandBasis { kExactFraction, kPrintedPercentage };
enum class Rounding { kHalfUp, kHalfEven };

// One key-question band: from <= percentage < below (no upper end for the top band).
struct KqBand {
  Rating rating;
  Fraction from;
  std::optional<Fraction> below;
  SourceLocation where;
};

struct KqBanding {
  RuleInfo rule;
  BandBasis decide_on = BandBasis::kExactFraction;
  Rounding rounding = Rounding::kHalfUp;
  std::vector<KqBand> bands;  // ascending by `from`, tiling 0% to 100%
};

struct Prompt {
  std::string id;
  std::string text;
  SourceLocation where;
};

struct KeyQuestion {
  std::string id;
  std::string text;
  int standard = -1;  // index into Methodology::standards
  std::vector<Prompt> prompts;
  SourceLocation where;
};

enum class StandardBasis { kJudgement, kCases };

struct Domain {
  std::string id;
  std::string name;
  SourceLocation where;
};

struct Standard {
  std::string id;
  std::string name;
  std::string statement;  // the standard's wording, as the framework prints it
  int domain = -1;        // index into Methodology::domains
  StandardBasis basis = StandardBasis::kJudgement;
  bool may_be_not_rated = false;
  bool reported_only = false;      // reported with its KQs, never rated or scored
  std::vector<int> key_questions;  // indices into Methodology::key_questions
  SourceLocation where;
};

// "Standard S is rated one of R...".
struct RatingCondition {
  int standard = -1;
  std::vector<Rating> ratings;
};

// A hard limit: when `when` holds, `standard` may be rated at most `at_most`.
struct Limit {
  RuleInfo rule;
  RatingCondition when;
  int standard = -1;
  Rating at_most;
};

// Soft guidance: when `when` holds, `expect` usually holds too; departing
// from it needs a recorded reason.
struct Guidance {
  RuleInfo rule;
  RatingCondition when;
  RatingCondition expect;
};

struct CaseStandardRule {
  RuleInfo rule;  // "lowest key question drives the standard"
};

struct DiscretionPolicy {
  RuleInfo rule;
  int max_bands = 1;
  bool reason_required = true;
};

struct JudgementRule {
  RuleInfo rule;  // inspectors rate judgement standards; the engine never invents them
};

struct ScoreBand {
  Rating rating;
  int from = 0;  // inclusive
  int to = 0;    // inclusive
  SourceLocation where;
};

struct ScoreTable {
  int max = 0;
  std::vector<ScoreBand> bands;  // ascending, tiling 0..max
  SourceLocation where;
};

struct OverallRule {
  RuleInfo rule;
  std::vector<ScoreTable> tables;
};

// A case attribute used for breakdowns (rule 11), with its allowed values
// (empty: any value).
struct Attribute {
  std::string name;
  std::string description;
  std::vector<std::string> values;
  SourceLocation where;
};

struct BreakdownRule {
  RuleInfo rule;
  std::vector<Attribute> attributes;
};

// --- regional methodologies ------------------------------------------------
//
// A regional rules file rates a region from the data of its PDU inspections:
// some of its key questions are pools of PDU key questions.  Pooling gives
// such a key question its yes/relevant; Evaluate then rates the regional
// standards exactly as it rates a PDU's.

enum class PoolMethod {
  kPooledCounts,       // yes and relevant summed over every PDU's cases
  kMeanOfPercentages,  // the mean of each PDU's yes/relevant, kept as an exact fraction
};

// A PDU key question a pool reads, as written.
struct PoolKeyQuestion {
  std::string id;
  SourceLocation where;
};

// What a pool reads from the PDUs of one PDU methodology.
struct PoolSource {
  std::string methodology;  // the PDU methodology's name, "hmip-pdu-2021"
  std::vector<PoolKeyQuestion> key_questions;
  SourceLocation where;
};

// Only the cases whose attribute has this value (post-release cases, say).
struct PoolCases {
  std::string attribute;
  std::string value;
  SourceLocation where;
};

struct Pool {
  RuleInfo rule;
  int key_question = -1;  // the regional key question it gives data to
  PoolMethod method = PoolMethod::kPooledCounts;
  std::optional<PoolCases> cases;
  std::vector<PoolSource> from;  // one per PDU methodology, as written

  // What it reads from PDUs of `methodology`, or null when nothing.
  const PoolSource* For(const std::string& methodology) const;
};

struct Pooling {
  RuleInfo rule;                                  // the section: its default method
  PoolMethod method = PoolMethod::kPooledCounts;  // for pools that name none
  std::vector<Pool> pools;
};

// "pooled counts" or "mean of percentages", as a rules file writes it.
const char* PoolMethodName(PoolMethod method);

struct Methodology {
  std::string name;   // "hmip-pdu-2021"
  std::string title;
  std::string file;   // the rules file it was loaded from

  Scale scale;
  KqBanding banding;
  CaseStandardRule case_rating;
  JudgementRule judgement;
  DiscretionPolicy discretion;
  OverallRule overall;
  BreakdownRule breakdowns;
  std::vector<Domain> domains;
  std::vector<Standard> standards;
  std::vector<KeyQuestion> key_questions;
  std::vector<Limit> limits;
  std::vector<Guidance> guidance;
  Pooling pooling;  // empty for a PDU methodology

  // A regional methodology: some key questions are pools of PDU data.
  bool IsRegional() const { return !pooling.pools.empty(); }
  // The pool giving data to a key question, or null.
  const Pool* PoolFor(int key_question) const;

  // Lookups by id or name; -1 or nullopt when absent.
  int FindStandard(const std::string& id) const;
  int FindKeyQuestion(const std::string& id) const;
  int FindPrompt(const std::string& id, int* key_question) const;
  std::optional<Rating> FindRating(const std::string& name) const;  // case-insensitive

  const std::string& RatingName(Rating rating) const;
  int Points(Rating rating) const;
  Rating Lowest() const { return Rating{0}; }
  Rating Highest() const { return Rating{static_cast<int>(scale.levels.size()) - 1}; }

  // Standards that count towards the score (neither reported only).
  std::vector<int> ScoredStandards() const;
  // Every maximum score reachable by marking Not rated any subset of the
  // standards that may be Not rated, ascending.
  std::vector<int> ReachableMaxima() const;
  const ScoreTable* TableFor(int max) const;

  // Every rule id in the file, for lint and coverage reports.
  std::vector<const RuleInfo*> Rules() const;
};

// Loads and validates a rules file.  Errors name file:line:col and what was
// expected there.
Result<std::shared_ptr<const Methodology>> LoadRules(const std::string& path);

}  // namespace rerate
