#include "stability/stability_model.h"

#include <algorithm>
#include <limits>

#include "rerate/bands.h"

namespace rerate {

namespace {

// The fewest yes answers out of `relevant` for each band above the lowest.
std::vector<int> Thresholds(const KqBanding& banding, int steps, int relevant) {
  std::vector<int> thresholds;
  for (int level = 1; level <= steps; ++level) {
    thresholds.push_back(MinYesForBand(banding, Rating{level}, relevant).value_or(relevant + 1));
  }
  return thresholds;
}

}  // namespace

Result<StabilityModel> StabilityModel::Build(const Evidence& evidence, const Evaluation& now) {
  const Methodology& m = *evidence.methodology;
  if (!BandsRise(m.banding)) {
    return Error{m.banding.rule.where, "stability needs key-question bands whose ratings rise with the percentage "
                                       "(the lowest key question's band is then the standard's); the bands of " +
                                           m.banding.rule.id + " do not"};
  }
  StabilityModel model;
  model.levels_ = static_cast<int>(m.scale.levels.size());
  model.steps_ = model.levels_ - 1;
  model.max_tally_ = evidence.CaseCount();
  for (const StandardResult& result : now.standards) {
    if (result.status != StandardStatus::kRated || !result.from_key_questions) continue;
    VaryingStandard standard{result.standard, model.levels_ - 1, {}};
    for (int q : m.standards[result.standard].key_questions) {
      const KqEvidence& kq = evidence.key_questions[q];
      if (!kq.HasCounts()) {
        const std::optional<Rating>& band = now.ForKq(q).band;
        if (band) standard.floor = std::min(standard.floor, band->level);
        continue;
      }
      Slot slot{q, kq.source == KqSource::kCases, kq.yes, kq.relevant, {}};
      if (!slot.from_cases) {
        if (kq.relevant > kMaxRelevant) {
          return Error{kq.where, "key question " + m.key_questions[q].id + " has " + std::to_string(kq.relevant) +
                                     " relevant cases; stability keeps a probability for every yes count and "
                                     "takes at most " + std::to_string(kMaxRelevant)};
        }
        slot.thresholds = Thresholds(m.banding, model.steps_, kq.relevant);
        model.max_tally_ = std::max(model.max_tally_, kq.relevant);
      }
      standard.slots.push_back(static_cast<int>(model.slots_.size()));
      model.slots_.push_back(std::move(slot));
    }
    if (!standard.slots.empty()) model.varying_.push_back(std::move(standard));
  }
  // A key holds one digit (a level or no data) per varying standard.
  const auto radix = static_cast<std::uint64_t>(model.levels_ + 1);
  std::uint64_t span = 1;
  for (size_t i = 0; i < model.varying_.size(); ++i) {
    if (span > std::numeric_limits<std::uint64_t>::max() / radix) {
      return Error{{evidence.file, 0, 0}, "stability cannot combine the ratings of " +
                                              std::to_string(model.varying_.size()) + " case standards on a scale of " +
                                              std::to_string(model.levels_) + " ratings"};
    }
    span *= radix;
  }
  if (model.HasCaseSlots()) {
    const int cases = evidence.CaseCount();
    model.case_thresholds_.assign(static_cast<size_t>(cases + 1) * model.steps_, 0);
    for (int relevant = 1; relevant <= cases; ++relevant) {
      const std::vector<int> thresholds = Thresholds(m.banding, model.steps_, relevant);
      std::copy(thresholds.begin(), thresholds.end(),
                model.case_thresholds_.begin() + static_cast<std::ptrdiff_t>(relevant) * model.steps_);
    }
  }
  return model;
}

bool StabilityModel::HasCaseSlots() const {
  return std::any_of(slots_.begin(), slots_.end(), [](const Slot& slot) { return slot.from_cases; });
}

std::vector<int> StabilityModel::Digits(std::uint64_t key) const {
  std::vector<int> digits;
  const auto radix = static_cast<std::uint64_t>(levels_ + 1);
  for (size_t i = 0; i < varying_.size(); ++i) {
    digits.push_back(static_cast<int>(key % radix));
    key /= radix;
  }
  return digits;
}

std::uint64_t StabilityModel::KeyFromDigits(const std::vector<int>& digits) const {
  std::uint64_t key = 0;
  std::uint64_t place = 1;
  for (int digit : digits) {
    key += static_cast<std::uint64_t>(digit) * place;
    place *= static_cast<std::uint64_t>(levels_ + 1);
  }
  return key;
}

}  // namespace rerate
