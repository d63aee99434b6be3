// FindTarget: the cheapest plan, the plans as small as it, and when casework
// alone falls short, why, and which judgement ratings would make it reachable.
#include <algorithm>
#include <functional>

#include "rerate/bands.h"
#include "rerate/target.h"
#include "target/target_explain.h"
#include "target/target_search.h"

namespace rerate {

namespace {

constexpr size_t kMaxAlternatives = 20;

// The plan of a combination, applied to the real evidence (case answers
// included) the way `whatif` applies it, and evaluated.
Result<Plan> MakePlan(const Evidence& evidence, const TargetSearch& search, const Combo& combo) {
  const Methodology& m = *evidence.methodology;
  Plan plan;
  plan.changes = combo.cost;
  for (size_t i = 0; i < search.planned().size(); ++i) {
    const PlannedStandard& planned = search.planned()[i];
    const Candidate& candidate = planned.candidates[combo.choice[i]];
    const std::vector<int>& key_questions = m.standards[planned.standard].key_questions;
    for (size_t j = 0; j < key_questions.size(); ++j) {
      if (candidate.raises[j] == 0) continue;
      const KqEvidence& kq = evidence.key_questions[key_questions[j]];
      plan.steps.push_back(PlanStep{key_questions[j], kq.yes, kq.relevant, candidate.raises[j], {}});
    }
  }
  std::sort(plan.steps.begin(), plan.steps.end(),
            [](const PlanStep& a, const PlanStep& b) { return a.key_question < b.key_question; });
  for (const PlanStep& step : plan.steps) {
    plan.as_changes.push_back(
        ChangeSpec{ChangeKind::kKq, m.key_questions[step.key_question].id + "=+" + std::to_string(step.to_yes), {}});
  }
  Result<Scenario> scenario = ApplyChanges(evidence, plan.as_changes);
  if (!scenario) return Error{{}, "internal error: a plan could not be applied: " + scenario.error().ToString()};
  for (size_t i = 0; i < plan.steps.size(); ++i) plan.steps[i].cases = scenario->changes[i].cases;
  plan.after = Evaluate(scenario->evidence);
  for (const PlannedStandard& planned : search.planned()) plan.levels.push_back(*plan.after.standards[planned.standard].computed);
  if (!search.Reaches(plan.after)) {
    return Error{{}, "internal error: a plan that reached the target in the search does not when applied"};
  }
  return plan;
}

// Calls visit(raises) for every way of raising the judgement standards by
// `bands` in all, within each one's headroom, the earlier standards raised
// most first; stops, returning false, when visit does.  Vectors are made one
// at a time: their number grows as the product of the headrooms.
bool ForEachRaise(const std::vector<int>& headroom, const std::vector<int>& room_after, size_t i, int bands,
                  std::vector<int>* raises, const std::function<bool(const std::vector<int>&)>& visit) {
  if (i == headroom.size()) return bands == 0 ? visit(*raises) : true;
  for (int raise = std::min(headroom[i], bands); raise >= 0; --raise) {
    if (bands - raise > room_after[i]) break;  // the standards after i cannot take the rest
    (*raises)[i] = raise;
    if (!ForEachRaise(headroom, room_after, i + 1, bands - raise, raises, visit)) return false;
  }
  (*raises)[i] = 0;
  return true;
}

// The fewest bands of judgement that make the target reachable, and every
// way to raise that many: fewest bands first, within them fewest standards,
// then the earlier standards raised most.
void SearchJudgements(const Evaluation& now, TargetSearch* search, TargetResult* result) {
  const Methodology& m = *now.methodology;
  std::vector<int> judged;  // standards rated from a rating given, not from key questions
  std::vector<int> headroom;
  for (const StandardResult& standard : now.standards) {
    if (standard.status != StandardStatus::kRated || standard.from_key_questions || !standard.computed) continue;
    judged.push_back(standard.standard);
    headroom.push_back(m.Highest().level - standard.computed->level);
  }
  std::vector<int> room_after(headroom.size(), 0);  // total headroom of the standards after each
  for (size_t i = headroom.size(); i-- > 1;) room_after[i - 1] = room_after[i] + headroom[i];
  const int total = headroom.empty() ? 0 : room_after[0] + headroom[0];
  std::vector<std::pair<std::vector<int>, JudgementOption>> found;
  std::vector<int> raises(headroom.size(), 0);
  for (int bands = 1; bands <= total && found.empty(); ++bands) {
    const bool complete = ForEachRaise(headroom, room_after, 0, bands, &raises, [&](const std::vector<int>& vector) {
      JudgementOption option;
      option.bands = bands;
      for (size_t i = 0; i < judged.size(); ++i) {
        if (vector[i] == 0) continue;
        const Rating raised{now.standards[judged[i]].computed->level + vector[i]};
        search->SetJudged(judged[i], raised);
        option.ratings.emplace_back(judged[i], raised);
      }
      bool stopped = false;
      const std::vector<const Combo*> cheapest = search->Cheapest(kMaxJudgementEvaluations, &stopped);
      search->RestoreJudged();
      if (stopped) return false;
      if (!cheapest.empty()) {
        option.casework = cheapest.front()->cost;
        found.emplace_back(vector, std::move(option));
      }
      return true;
    });
    if (!complete) {
      result->judgement_search_complete = false;
      break;
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.second.ratings.size() < b.second.ratings.size();
  });
  for (auto& [vector, option] : found) result->judgement_options.push_back(std::move(option));
}

// Held where they are, the printed-only key questions block the target; if
// freed they would not, the answer turns on counts rerate does not have.
void CheckHeldDecide(const Evidence& evidence, TargetResult* result) {
  TargetSearch freed(evidence, result->now, result->spec, /*free_printed=*/true);
  std::string too_many;
  if (!freed.Prepare(&too_many)) return;
  const std::vector<const Combo*> cheapest = freed.Cheapest();
  if (cheapest.empty()) return;
  result->needs_counts = true;
  const Methodology& m = *evidence.methodology;
  // Freed figures cost nothing, so name the plan that moves the fewest.
  auto moved = [&](const Combo& combo) {
    int count = 0;
    for (size_t i = 0; i < freed.planned().size(); ++i) {
      for (int percent : freed.planned()[i].candidates[combo.choice[i]].percents) count += percent >= 0 ? 1 : 0;
    }
    return count;
  };
  const Combo& combo = **std::min_element(cheapest.begin(), cheapest.end(),
                                          [&](const Combo* a, const Combo* b) { return moved(*a) < moved(*b); });
  for (size_t i = 0; i < freed.planned().size(); ++i) {
    const Candidate& candidate = freed.planned()[i].candidates[combo.choice[i]];
    const std::vector<int>& key_questions = m.standards[freed.planned()[i].standard].key_questions;
    for (size_t j = 0; j < key_questions.size(); ++j) {
      if (candidate.percents[j] < 0) continue;
      const int q = key_questions[j];
      result->needs_counts_for.push_back(FixedKq{q, evidence.key_questions[q].percent, result->now.ForKq(q).band});
    }
  }
}

}  // namespace

Result<TargetResult> FindTarget(const Evidence& evidence, const TargetSpec& spec) {
  const Methodology& m = *evidence.methodology;
  if (!BandsRise(m.banding)) {
    return Error{m.banding.rule.where, "target needs key-question bands whose ratings rise with the percentage; "
                                       "the bands of " + m.banding.rule.id + " do not"};
  }
  TargetResult result;
  result.spec = spec;
  result.now = Evaluate(evidence);
  if (!result.now.violations.empty()) {
    const Violation& first = result.now.violations.front();
    return Error{first.where, first.message + " (the inspection breaks its methodology; target needs one that rates)"};
  }
  TargetSearch search(evidence, result.now, result.spec);
  std::string too_many;
  if (!search.Prepare(&too_many)) return Error{{evidence.file, 0, 0}, too_many};
  for (const PlannedStandard& planned : search.planned()) {
    result.planned.push_back(planned.standard);
    for (const DiscretionRecord& record : evidence.discretion) {
      if (record.standard == planned.standard) result.discretion_kept.push_back(planned.standard);
    }
  }
  result.fixed = search.fixed();
  result.combinations = search.combinations();
  result.reached_now = search.Reaches(result.now);

  const std::vector<const Combo*> cheapest = search.Cheapest();
  result.reachable = !cheapest.empty();
  result.alternatives_total = cheapest.empty() ? 0 : static_cast<int>(cheapest.size()) - 1;
  for (size_t i = 0; i < cheapest.size() && i <= kMaxAlternatives; ++i) {
    Result<Plan> plan = MakePlan(evidence, search, *cheapest[i]);
    if (!plan) return plan.error();
    if (i == 0) {
      result.plan = std::move(plan).value();
    } else {
      result.alternatives.push_back(std::move(plan).value());
    }
  }
  if (!result.reachable) {
    result.ceiling = search.EvaluateComboInFull(search.Ceiling());
    result.why = WhyUnreachable(search, *result.ceiling, result.spec);
    if (!result.fixed.empty()) CheckHeldDecide(evidence, &result);
    SearchJudgements(result.now, &search, &result);
  }
  result.evaluations = search.evaluations();
  return result;
}

}  // namespace rerate
