// The counts-only model, exactly: each key question's yes count is
// binomial(n, k/n), independently; per case standard, the distribution of
// its lowest band follows from the key questions' band probabilities; every
// combination of case-standard ratings that can occur is one key, with its
// probability.  Which combinations can occur is decided on integers (the
// yes counts that reach each band); only their probabilities are doubles.
#pragma once

#include <cstdint>
#include <vector>

#include "rerate/result.h"
#include "stability/stability_model.h"

namespace rerate {

struct WeightedKey {
  std::uint64_t key = 0;
  double probability = 0;
  std::vector<int> tallies;  // yes and relevant per slot: counts that give this key
};

// Every key the model can give, with its probability.  Needs every slot to
// hold counts (none from case answers).
Result<std::vector<WeightedKey>> ExactKeys(const StabilityModel& model, const std::string& file);

// Per standard of the model: the probability of each level (lowest first)
// of its lowest band.
std::vector<std::vector<double>> LevelProbabilities(const StabilityModel& model);

}  // namespace rerate
