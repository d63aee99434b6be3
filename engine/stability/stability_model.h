// What resampling moves, and how one resample's counts become a key: the
// computed rating (or no data) of every case standard that resampling can
// move, packed into one integer.  Everything else the rules decide from that
// key and the fixed judgements, so each distinct key is evaluated once
// (stability_outcome.h).
#pragma once

#include <cstdint>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/result.h"

namespace rerate {

// A key question whose counts resampling moves.  Its tallies sit at
// 2 * slot (yes) and 2 * slot + 1 (relevant) in a resample's counts.
struct Slot {
  int key_question = -1;
  bool from_cases = false;  // case answers (bootstrap); else counts {yes, relevant} (binomial)
  int yes = 0;              // as inspected
  int relevant = 0;
  // With counts: the fewest yes answers out of `relevant` for each band
  // above the lowest (relevant + 1 where none reaches it).
  std::vector<int> thresholds;
};

// The most distinct combinations of case-standard ratings (keys) stability
// rates, each through one evaluation: the exact model's combinations, or the
// bootstrap's distinct keys.
constexpr std::int64_t kMaxCombinations = 1'000'000;

// A rated case standard with at least one key question in a slot.
struct VaryingStandard {
  int standard = -1;
  int floor = 0;           // the band of its printed-only key questions (the top level when none)
  std::vector<int> slots;  // indices into StabilityModel::slots()
};

class StabilityModel {
 public:
  // The largest relevant count a key question with counts may have: the
  // exact model keeps a probability for every yes count.
  static constexpr int kMaxRelevant = 1'000'000;

  // Needs key-question bands that rise with the percentage (the band of the
  // lowest key question is then the lowest band).
  static Result<StabilityModel> Build(const Evidence& evidence, const Evaluation& now);

  int levels() const { return levels_; }
  // A key's digit for a standard with no data: one past the top level.
  int no_data() const { return levels_; }
  const std::vector<Slot>& slots() const { return slots_; }
  const std::vector<VaryingStandard>& varying() const { return varying_; }
  // Whether any slot is counted from case answers (the bootstrap applies).
  bool HasCaseSlots() const;
  // The most cases or relevant answers a tally can hold.
  int MaxTally() const { return max_tally_; }

  // The band (scale level) of yes out of relevant > 0, by the thresholds of
  // bands.h (MinYesForBand), never through a percentage.
  int CaseBand(int relevant, int yes) const {
    return BandBy(&case_thresholds_[static_cast<size_t>(relevant) * steps_], yes);
  }
  int SlotBand(const Slot& slot, int relevant, int yes) const {
    return slot.from_cases ? CaseBand(relevant, yes) : BandBy(slot.thresholds.data(), yes);
  }

  // The key of a resample from its tallies (yes and relevant per slot).
  template <class Tally>
  std::uint64_t KeyOf(const Tally* tallies) const {
    std::uint64_t key = 0;
    std::uint64_t place = 1;
    for (const VaryingStandard& standard : varying_) {
      int digit = standard.floor;
      for (int s : standard.slots) {
        const int relevant = static_cast<int>(tallies[2 * s + 1]);
        if (relevant == 0) {
          digit = levels_;
          break;
        }
        const int band = SlotBand(slots_[s], relevant, static_cast<int>(tallies[2 * s]));
        digit = band < digit ? band : digit;
      }
      key += static_cast<std::uint64_t>(digit) * place;
      place *= static_cast<std::uint64_t>(levels_ + 1);
    }
    return key;
  }

  // The digits of a key, one per varying standard.
  std::vector<int> Digits(std::uint64_t key) const;
  // A key from its digits.
  std::uint64_t KeyFromDigits(const std::vector<int>& digits) const;

 private:
  // The thresholds rise with the band, so the band is how many of them yes
  // reaches: counted without a branch, as the counts' bands are unforeseeable.
  int BandBy(const int* thresholds, int yes) const {
    int band = 0;
    for (int step = 0; step < steps_; ++step) band += yes >= thresholds[step] ? 1 : 0;
    return band;
  }

  int levels_ = 0;
  int steps_ = 0;  // levels - 1: the thresholds per relevant count
  int max_tally_ = 0;
  std::vector<Slot> slots_;
  std::vector<VaryingStandard> varying_;
  // Per relevant count 0..cases, `steps_` thresholds (case slots).
  std::vector<int> case_thresholds_;
};

}  // namespace rerate
