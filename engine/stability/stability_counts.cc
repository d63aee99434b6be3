#include "stability/stability_counts.h"

#include <algorithm>

#include "stability/binomial.h"

namespace rerate {

namespace {

// The yes counts a slot can take: all of 0..n, or n alone when every
// inspected answer was yes, or 0 alone when none was.
int LeastYes(const Slot& slot) { return slot.yes == slot.relevant ? slot.relevant : 0; }
int MostYes(const Slot& slot) { return slot.yes == 0 ? 0 : slot.relevant; }

// The fewest yes answers that reach `level` (0 for the lowest).
int Threshold(const Slot& slot, int level) { return level == 0 ? 0 : slot.thresholds[static_cast<size_t>(level) - 1]; }

// P(band >= level) for level 0..levels-1: sums of the binomial terms at or
// above each threshold, added from the smallest terms up.
std::vector<double> BandTails(const Slot& slot, int levels) {
  const std::vector<double> pmf = BinomialPmf(slot.relevant, slot.yes);
  std::vector<double> tails(static_cast<size_t>(levels), 0.0);
  CompensatedSum sum;
  int y = slot.relevant;
  for (int level = levels - 1; level >= 0; --level) {
    const int from = std::min(Threshold(slot, level), slot.relevant + 1);
    for (; y >= from; --y) sum.Add(pmf[static_cast<size_t>(y)]);
    tails[static_cast<size_t>(level)] = sum.Value();
  }
  return tails;
}

// One level a standard can take: its probability and counts that give it.
struct Level {
  int level = 0;
  double probability = 0;
  std::vector<int> yes;  // per slot of the standard
};

std::vector<Level> StandardLevels(const StabilityModel& model, const VaryingStandard& standard,
                                  const std::vector<double>& probability) {
  std::vector<Level> levels;
  for (int level = 0; level <= standard.floor; ++level) {
    // The fewest yes answers in reach that keep every key question at or
    // above `level`: the lowest band among them is the standard's.
    Level candidate{level, probability[static_cast<size_t>(level)], {}};
    int lowest = standard.floor;
    bool reachable = true;
    for (int s : standard.slots) {
      const Slot& slot = model.slots()[s];
      const int yes = std::max(LeastYes(slot), Threshold(slot, level));
      reachable = reachable && yes <= MostYes(slot);
      if (!reachable) break;
      candidate.yes.push_back(yes);
      lowest = std::min(lowest, model.SlotBand(slot, slot.relevant, yes));
    }
    if (reachable && lowest == level) levels.push_back(std::move(candidate));
  }
  return levels;
}

}  // namespace

std::vector<std::vector<double>> LevelProbabilities(const StabilityModel& model) {
  std::vector<std::vector<double>> result;
  const int levels = model.levels();
  for (const VaryingStandard& standard : model.varying()) {
    // P(lowest band >= level): every key question at or above it.
    std::vector<double> at_least(static_cast<size_t>(levels) + 1, 0.0);
    for (int level = 0; level <= standard.floor; ++level) at_least[static_cast<size_t>(level)] = 1.0;
    for (int s : standard.slots) {
      const std::vector<double> tails = BandTails(model.slots()[s], levels);
      for (int level = 0; level < levels; ++level) at_least[static_cast<size_t>(level)] *= tails[static_cast<size_t>(level)];
    }
    std::vector<double> exactly(static_cast<size_t>(levels), 0.0);
    for (int level = 0; level < levels; ++level) {
      exactly[static_cast<size_t>(level)] =
          std::max(0.0, at_least[static_cast<size_t>(level)] - at_least[static_cast<size_t>(level) + 1]);
    }
    result.push_back(std::move(exactly));
  }
  return result;
}

Result<std::vector<WeightedKey>> ExactKeys(const StabilityModel& model, const std::string& file) {
  const std::vector<std::vector<double>> probability = LevelProbabilities(model);
  std::vector<std::vector<Level>> choices;
  std::int64_t combinations = 1;
  for (size_t i = 0; i < model.varying().size(); ++i) {
    choices.push_back(StandardLevels(model, model.varying()[i], probability[i]));
    combinations *= static_cast<std::int64_t>(choices.back().size());
    if (combinations > kMaxCombinations) {
      return Error{{file, 0, 0}, "more than " + std::to_string(kMaxCombinations) +
                                     " combinations of case-standard ratings; the exact counts model evaluates at most that many"};
    }
  }
  std::vector<WeightedKey> keys;
  std::vector<size_t> pick(choices.size(), 0);
  std::vector<int> digits(choices.size(), 0);
  for (std::int64_t n = 0; n < combinations; ++n) {
    WeightedKey weighted{0, 1.0, std::vector<int>(2 * model.slots().size(), 0)};
    for (size_t i = 0; i < choices.size(); ++i) {
      const Level& level = choices[i][pick[i]];
      digits[i] = level.level;
      weighted.probability *= level.probability;
      const std::vector<int>& slots = model.varying()[i].slots;
      for (size_t j = 0; j < slots.size(); ++j) {
        weighted.tallies[2 * static_cast<size_t>(slots[j])] = level.yes[j];
        weighted.tallies[2 * static_cast<size_t>(slots[j]) + 1] = model.slots()[static_cast<size_t>(slots[j])].relevant;
      }
    }
    weighted.key = model.KeyFromDigits(digits);
    keys.push_back(std::move(weighted));
    for (size_t i = choices.size(); i-- > 0;) {  // the next pick, last standard fastest
      if (++pick[i] < choices[i].size()) break;
      pick[i] = 0;
    }
  }
  return keys;
}

}  // namespace rerate
