#include "stability/stability_outcome.h"

#include <algorithm>

namespace rerate {

OutcomeEvaluator::OutcomeEvaluator(const Evidence& evidence, const StabilityModel& model, std::vector<int> listed)
    : base_(evidence), model_(model), listed_(std::move(listed)), work_(evidence) {
  // Evaluate rates from the counts; the case answers are not needed.
  work_.cases.reset();
}

Result<Outcome> OutcomeEvaluator::Evaluate(std::uint64_t key, const std::vector<int>& tallies) {
  const Methodology& m = *base_.methodology;
  const std::vector<int> digits = model_.Digits(key);
  bool any_no_data = false;
  for (size_t i = 0; i < model_.varying().size(); ++i) {
    const VaryingStandard& standard = model_.varying()[i];
    for (int q : m.standards[standard.standard].key_questions) work_.key_questions[q] = base_.key_questions[q];
    if (digits[i] == model_.no_data()) {
      any_no_data = true;
      for (int q : m.standards[standard.standard].key_questions) {
        work_.key_questions[q] = KqEvidence{KqSource::kNone, 0, 0, -1, base_.key_questions[q].where};
      }
      continue;
    }
    for (int s : standard.slots) {
      KqEvidence& kq = work_.key_questions[model_.slots()[s].key_question];
      kq.yes = tallies[2 * s];
      kq.relevant = tallies[2 * s + 1];
    }
  }
  work_.discretion = base_.discretion;
  std::vector<int> dropped;
  Evaluation e = rerate::Evaluate(work_);
  ++evaluations_;
  // A discretion beyond the distance allowed: dropped, and the rules run again.
  for (bool again = true; again;) {
    again = false;
    for (const Violation& violation : e.violations) {
      if (violation.rule != m.discretion.rule.id) continue;
      const size_t erased = std::erase_if(
          work_.discretion, [&](const DiscretionRecord& record) { return record.standard == violation.standard; });
      if (erased == 0) continue;
      dropped.push_back(violation.standard);
      again = true;
    }
    if (again) {
      e = rerate::Evaluate(work_);
      ++evaluations_;
    }
  }
  for (size_t i = 0; i < model_.varying().size(); ++i) {
    const StandardResult& result = e.standards[model_.varying()[i].standard];
    const bool agrees = digits[i] == model_.no_data() ? !result.computed.has_value()
                                                        : result.computed && result.computed->level == digits[i];
    if (!agrees) {
      return Error{{base_.file, 0, 0}, "internal error: stability's key and the evaluation disagree on " +
                                           m.standards[result.standard].id};
    }
  }
  if (!any_no_data && !e.violations.empty()) {
    return Error{e.violations.front().where, "internal error: a resample broke a rule: " + e.violations.front().message};
  }
  Outcome outcome;
  for (int s : listed_) {
    const StandardResult& result = e.standards[s];
    const auto place = std::find_if(model_.varying().begin(), model_.varying().end(),
                                    [&](const VaryingStandard& v) { return v.standard == s; });
    const bool no_data = place != model_.varying().end() && digits[place - model_.varying().begin()] == model_.no_data();
    outcome.ratings.push_back(result.HasRating() ? result.rating : std::nullopt);
    outcome.no_data.push_back(no_data);
    outcome.dropped.push_back(std::find(dropped.begin(), dropped.end(), s) != dropped.end());
  }
  if (!any_no_data) outcome.overall = e.overall;
  return outcome;
}

}  // namespace rerate
