// What the rules make of one key (the computed ratings of the case standards
// resampling moves): the real Evaluate, run on evidence carrying the counts
// of a resample with that key, decides every final rating and the overall.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/result.h"
#include "stability/stability_model.h"

namespace rerate {

struct Outcome {
  // Per listed standard: its final rating (none: no data, or Not rated).
  std::vector<std::optional<Rating>> ratings;
  std::vector<bool> no_data;  // a key question of it has no relevant case
  std::vector<bool> dropped;  // its recorded discretion no longer fits the rules' distance
  std::optional<Rating> overall;  // none: no data
};

class OutcomeEvaluator {
 public:
  // `listed`: the standards whose ratings are reported, methodology order.
  // The evidence and the model must outlive the evaluator.
  OutcomeEvaluator(const Evidence& evidence, const StabilityModel& model, std::vector<int> listed);

  // `tallies`: yes and relevant per slot of a resample whose key is `key`.
  // A standard with no data has every key question emptied, so no rule reads
  // a rating from it.  A recorded discretion that would move its standard
  // further than the rules allow is dropped (and said so), and the rules run
  // again without it.  Fails only if the key and the evaluation disagree (a
  // defect in rerate).
  Result<Outcome> Evaluate(std::uint64_t key, const std::vector<int>& tallies);

  std::int64_t evaluations() const { return evaluations_; }

 private:
  const Evidence& base_;
  const StabilityModel& model_;
  std::vector<int> listed_;
  Evidence work_;
  std::int64_t evaluations_ = 0;
};

}  // namespace rerate
