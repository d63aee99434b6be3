// Private to target*.cc: the exhaustive search over combinations of
// case-standard ratings (see include/rerate/target.h for why it is exact).
#pragma once

#include <cstdint>
#include <vector>

#include "rerate/target.h"

namespace rerate {

// One rating a planned case standard may be brought to, and what it costs.
struct Candidate {
  Rating level;             // at least this rating
  std::int64_t cost = 0;    // answers turned from no to yes (a sum of counts: wider than int)
  std::vector<int> raises;  // per key question of the standard, in its order
  // Per key question: the printed figure it is moved to, for a printed-only
  // key question freed by the search (-1: left as it is).
  std::vector<int> percents;
};

struct PlannedStandard {
  int standard = -1;
  std::vector<Candidate> candidates;  // ascending; the first costs nothing
};

struct Combo {
  std::int64_t cost = 0;
  int changed_key_questions = 0;
  std::vector<int> choice;  // per planned standard: an index into its candidates
};

class TargetSearch {
 public:
  // The evidence must outlive the search.  Key questions known only as a
  // printed figure are held where they are, or with `free_printed` moved at
  // no counted cost (to tell "unreachable" from "needs their counts").
  TargetSearch(const Evidence& evidence, const Evaluation& now, const TargetSpec& spec, bool free_printed = false);

  // False when the combinations are too many to try (the message says why).
  bool Prepare(std::string* error);

  // The cheapest combinations that reach the target with the judgement
  // ratings as they stand in the working copy, best first; empty when none
  // does.  With `budget`, stops once the search's evaluations exceed it and
  // sets *stopped (the answer is then not known).
  std::vector<const Combo*> Cheapest(long budget = -1, bool* stopped = nullptr);

  // The evaluation with the combination applied, for its ratings (see Detail
  // in rerate/evaluate.h): valid until the next call.
  const Evaluation& EvaluateCombo(const Combo& combo);
  // The same with every word, to show.
  Evaluation EvaluateComboInFull(const Combo& combo);
  // Every planned standard at its highest candidate.
  Combo Ceiling() const;

  // Sets a judgement rating in the working copy (for the judgement search).
  void SetJudged(int standard, Rating rating) { work_.judged[standard] = rating; }
  void RestoreJudged() { work_.judged = base_.judged; }

  bool Reaches(const Evaluation& evaluation) const;

  const std::vector<PlannedStandard>& planned() const { return planned_; }
  const std::vector<FixedKq>& fixed() const { return fixed_; }
  long combinations() const { return static_cast<long>(combos_.size()); }
  long evaluations() const { return evaluations_; }

 private:
  void PlanStandard(int standard);
  // The combination's answers in the working copy (one evaluation counted).
  void Apply(const Combo& combo);

  const Evidence& base_;
  const Evaluation& now_;
  const TargetSpec& spec_;
  bool free_printed_;
  Evidence work_;
  std::vector<PlannedStandard> planned_;
  std::vector<FixedKq> fixed_;
  std::vector<Combo> combos_;  // ascending cost, then fewer key questions, then lower ratings
  long evaluations_ = 0;
  Evaluation scratch_;  // every combination is evaluated into it, reusing its memory
};

// The most combinations FindTarget tries, and the most evaluations the
// search for judgement ratings runs before it gives up (and says so).
constexpr long kMaxCombinations = 1'000'000;
constexpr long kMaxJudgementEvaluations = 3'000'000;

}  // namespace rerate
