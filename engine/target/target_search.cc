// TargetSearch: per case standard, what each rating costs; then every
// combination of them, cheapest first, through the real Evaluate.
#include "target/target_search.h"

#include <algorithm>
#include <numeric>

#include "rerate/bands.h"

namespace rerate {

namespace {

// The lowest printed figure whose band is `level` or higher (bands rise).
std::optional<int> LeastPercentForBand(const KqBanding& banding, Rating level) {
  for (const KqBand& band : banding.bands) {
    if (band.rating < level) continue;
    return static_cast<int>((band.from.numerator + band.from.denominator - 1) / band.from.denominator);
  }
  return std::nullopt;
}

}  // namespace

TargetSearch::TargetSearch(const Evidence& evidence, const Evaluation& now, const TargetSpec& spec, bool free_printed)
    : base_(evidence), now_(now), spec_(spec), free_printed_(free_printed) {
  // The working copy needs no case answers: Evaluate rates from the counts,
  // and the search sets the counts directly.
  work_ = evidence;
  work_.cases.reset();
}

void TargetSearch::PlanStandard(int s) {
  const Methodology& m = *base_.methodology;
  const StandardResult& result = now_.standards[s];
  PlannedStandard planned;
  planned.standard = s;
  for (int level = result.computed->level; level <= m.Highest().level; ++level) {
    Candidate candidate;
    candidate.level = Rating{level};
    bool feasible = true;
    for (int q : m.standards[s].key_questions) {
      const KqEvidence& kq = base_.key_questions[q];
      int raise = 0;
      int percent = -1;
      if (kq.source == KqSource::kPercent) {
        const std::optional<Rating>& band = now_.ForKq(q).band;
        const bool there = band && *band >= candidate.level;
        if (free_printed_ && !there) {
          // Counts unknown: moved to the least figure in the band, uncounted.
          const std::optional<int> least = LeastPercentForBand(m.banding, candidate.level);
          feasible = feasible && least.has_value();
          percent = least.value_or(-1);
        } else {
          feasible = feasible && there;  // counts unknown: held at its band
        }
      } else {
        const std::optional<int> least = MinYesForBand(m.banding, candidate.level, kq.relevant);
        feasible = feasible && least.has_value();
        if (least) raise = std::max(0, *least - kq.yes);
      }
      candidate.raises.push_back(raise);
      candidate.percents.push_back(percent);
      candidate.cost += raise;
    }
    if (!feasible) continue;
    // A rating no count lands on exactly (an empty band for these relevant
    // counts) costs what the next one does: the same plan, kept once.
    if (!planned.candidates.empty() && planned.candidates.back().raises == candidate.raises &&
        planned.candidates.back().percents == candidate.percents) {
      continue;
    }
    planned.candidates.push_back(std::move(candidate));
  }
  planned_.push_back(std::move(planned));
}

bool TargetSearch::Prepare(std::string* error) {
  const Methodology& m = *base_.methodology;
  for (size_t s = 0; s < m.standards.size(); ++s) {
    const StandardResult& result = now_.standards[s];
    if (result.status != StandardStatus::kRated || !result.from_key_questions || !result.computed) continue;
    for (int q : m.standards[s].key_questions) {
      const KqEvidence& kq = base_.key_questions[q];
      if (kq.source == KqSource::kPercent) fixed_.push_back(FixedKq{q, kq.percent, now_.ForKq(q).band});
    }
    PlanStandard(static_cast<int>(s));
  }
  long count = 1;
  for (const PlannedStandard& planned : planned_) {
    count *= static_cast<long>(planned.candidates.size());
    if (count > kMaxCombinations) {
      *error = "more than " + std::to_string(kMaxCombinations) +
               " combinations of case-standard ratings to try; target does not search that many";
      return false;
    }
  }
  combos_.reserve(static_cast<size_t>(count));
  std::vector<int> choice(planned_.size(), 0);
  for (long n = 0; n < count; ++n) {
    Combo combo;
    combo.choice = choice;
    for (size_t i = 0; i < planned_.size(); ++i) {
      const Candidate& candidate = planned_[i].candidates[choice[i]];
      combo.cost += candidate.cost;
      for (int raise : candidate.raises) combo.changed_key_questions += raise > 0 ? 1 : 0;
    }
    combos_.push_back(std::move(combo));
    for (size_t i = planned_.size(); i-- > 0;) {  // the next choice vector, last standard fastest
      if (++choice[i] < static_cast<int>(planned_[i].candidates.size())) break;
      choice[i] = 0;
    }
  }
  std::stable_sort(combos_.begin(), combos_.end(), [](const Combo& a, const Combo& b) {
    if (a.cost != b.cost) return a.cost < b.cost;
    return a.changed_key_questions < b.changed_key_questions;
  });
  return true;
}

bool TargetSearch::Reaches(const Evaluation& e) const {
  if (!e.violations.empty()) return false;
  if (spec_.overall && (!e.overall || *e.overall < *spec_.overall)) return false;
  for (const auto& [standard, rating] : spec_.standards) {
    const StandardResult& result = e.standards[standard];
    if (result.status != StandardStatus::kRated || !result.rating || *result.rating < rating) return false;
  }
  return true;
}

void TargetSearch::Apply(const Combo& combo) {
  const Methodology& m = *base_.methodology;
  for (size_t i = 0; i < planned_.size(); ++i) {
    const Candidate& candidate = planned_[i].candidates[combo.choice[i]];
    const std::vector<int>& key_questions = m.standards[planned_[i].standard].key_questions;
    for (size_t j = 0; j < key_questions.size(); ++j) {
      const int q = key_questions[j];
      work_.key_questions[q].yes = base_.key_questions[q].yes + candidate.raises[j];
      work_.key_questions[q].percent =
          candidate.percents[j] >= 0 ? candidate.percents[j] : base_.key_questions[q].percent;
    }
  }
  ++evaluations_;
}

const Evaluation& TargetSearch::EvaluateCombo(const Combo& combo) {
  Apply(combo);
  EvaluateInto(work_, &scratch_, nullptr, Detail::kRatings);
  return scratch_;
}

Evaluation TargetSearch::EvaluateComboInFull(const Combo& combo) {
  Apply(combo);
  return Evaluate(work_);
}

std::vector<const Combo*> TargetSearch::Cheapest(long budget, bool* stopped) {
  struct Found {
    const Combo* combo;
    int score;
  };
  std::vector<Found> found;
  for (const Combo& combo : combos_) {
    if (!found.empty() && combo.cost > found.front().combo->cost) break;
    if (budget >= 0 && evaluations_ > budget) {
      *stopped = true;
      return {};
    }
    const Evaluation& e = EvaluateCombo(combo);
    if (Reaches(e)) found.push_back(Found{&combo, e.score});
  }
  // Same size: the higher score first; the stable sort keeps combo order after that.
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.score > b.score; });
  std::vector<const Combo*> best;
  for (const Found& item : found) best.push_back(item.combo);
  return best;
}

Combo TargetSearch::Ceiling() const {
  Combo combo;
  for (const PlannedStandard& planned : planned_) {
    combo.choice.push_back(static_cast<int>(planned.candidates.size()) - 1);
    combo.cost += planned.candidates.back().cost;
  }
  return combo;
}

}  // namespace rerate
