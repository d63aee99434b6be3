// Reading a target from the command line, and saying why casework alone
// cannot reach one.
#include "target/target_explain.h"

#include "base/suggest.h"
#include "base/text.h"
#include "model/names.h"
#include "rerate/target.h"
#include "target/target_search.h"

namespace rerate {

namespace {

std::optional<Rating> FindRatingOrNone(const Methodology& m, const std::string& name, std::string* error) {
  const std::optional<Rating> rating = m.FindRating(name);
  if (!rating) {
    *error = "\"" + name + "\" is not a rating on the " + m.name + " scale" + DidYouMean(name, RatingNames(m)) +
             " (expected " + OneOf(RatingNames(m)) + ")";
  }
  return rating;
}

}  // namespace

Result<TargetSpec> ParseTarget(const Evaluation& now, const std::string& overall,
                               const std::vector<std::string>& standards) {
  const Methodology& m = *now.methodology;
  TargetSpec spec;
  std::string error;
  if (!overall.empty()) {
    spec.overall = FindRatingOrNone(m, overall, &error);
    if (!spec.overall) return Error{{}, "--overall " + overall + ": " + error};
  }
  for (const std::string& text : standards) {
    const std::string argument = "--standard " + text;
    const size_t equals = text.find('=');
    if (equals == std::string::npos) return Error{{}, argument + ": expected STANDARD=RATING, e.g. 2.2=Good"};
    const std::string id = text.substr(0, equals);
    const int s = m.FindStandard(id);
    if (s < 0) return Error{{}, argument + ": no standard \"" + id + "\" in " + m.name + DidYouMean(id, StandardIds(m))};
    const std::optional<Rating> rating = FindRatingOrNone(m, text.substr(equals + 1), &error);
    if (!rating) return Error{{}, argument + ": " + error};
    const StandardResult& result = now.standards[s];
    if (result.status == StandardStatus::kReportedOnly) {
      return Error{{}, argument + ": " + StandardLabel(m, s) + " is reported, never rated"};
    }
    if (result.status == StandardStatus::kNotRated) {
      return Error{{}, argument + ": " + StandardLabel(m, s) + " is " + m.scale.not_rated_label +
                           " in this inspection: it has no rating to reach"};
    }
    for (const auto& [seen, unused] : spec.standards) {
      if (seen == s) return Error{{}, argument + ": a target for " + id + " is already given"};
    }
    spec.standards.emplace_back(s, *rating);
  }
  return spec;
}

namespace {

std::string OverallShortfall(const Evaluation& ceiling, Rating wanted) {
  const Methodology& m = *ceiling.methodology;
  const ScoreTable* table = m.TableFor(ceiling.max);
  if (table == nullptr) return "";
  for (const ScoreBand& band : table->bands) {
    if (band.rating < wanted) continue;
    return "; " + m.RatingName(wanted) + " needs " + std::to_string(band.from) + " (" + m.overall.rule.id + ": " +
           std::to_string(band.from) + " to " + std::to_string(band.to) + " of " + std::to_string(table->max) + ")";
  }
  return "; no score of " + std::to_string(table->max) + " gives " + m.RatingName(wanted);
}

std::string FixedText(const Methodology& m, const FixedKq& fixed) {
  return m.key_questions[fixed.key_question].id + " is known only as a printed percentage (" +
         std::to_string(fixed.percent) + "%, " + RatingText(m, fixed.band) +
         "): its counts are unknown, so plans hold it there";
}

std::string StandardShortfall(const TargetSearch& search, const Evaluation& ceiling, int s, Rating wanted) {
  const Methodology& m = *ceiling.methodology;
  const StandardResult& result = ceiling.standards[s];
  const std::string label = StandardLabel(m, s);
  const std::string rating = RatingText(m, result.rating);
  const std::string want = "; " + m.RatingName(wanted) + " is wanted";
  const std::string last = result.applied.empty() ? "" : std::string(result.applied.back());
  for (const RuleEvent& event : ceiling.events) {
    if (event.standard == s && event.kind == EventKind::kLimit && event.rule == last) {
      return label + " stays " + rating + ": " + event.rule + ": " + event.detail + want;
    }
  }
  if (last == m.discretion.rule.id) {
    return label + " stays " + rating + ": its recorded discretion gives it (plans keep it; give "
           "--drop-discretion " + m.standards[s].id + " to plan without it)" + want;
  }
  if (!result.from_key_questions) {
    const bool judgement = m.standards[s].basis == StandardBasis::kJudgement;
    return label + " is " + rating + ", " + (judgement ? "an inspectors' judgement" : "a rating given under ratings:") +
           ": casework does not change it" + want;
  }
  std::string text = label + " reaches at most " + RatingText(m, result.computed) + " by casework";
  for (const FixedKq& fixed : search.fixed()) {
    if (m.key_questions[fixed.key_question].standard == s && (!fixed.band || *fixed.band < wanted)) {
      text += "; " + FixedText(m, fixed);
    }
  }
  return text + want;
}

}  // namespace

std::vector<std::string> WhyUnreachable(const TargetSearch& search, const Evaluation& ceiling,
                                        const TargetSpec& spec) {
  const Methodology& m = *ceiling.methodology;
  std::vector<std::string> why;
  std::vector<std::string> levels;
  for (const PlannedStandard& planned : search.planned()) {
    // The final rating, as the JSON ceiling gives it; the computed one too
    // where discretion or a limit moved it.
    const StandardResult& result = ceiling.standards[planned.standard];
    std::string level = m.standards[planned.standard].id + " " + RatingText(m, result.rating);
    if (result.rating != result.computed) level += " (computed " + RatingText(m, result.computed) + ")";
    levels.push_back(level);
  }
  const std::string with = levels.empty() ? "no case standard is rated from key questions, so casework changes nothing"
                                          : "with every case standard at the highest rating casework can give it (" +
                                                AllOf(levels) + ")";
  if (spec.overall && (!ceiling.overall || *ceiling.overall < *spec.overall)) {
    why.push_back(with + ", the score is " + std::to_string(ceiling.score) + " of " + std::to_string(ceiling.max) +
                  ", overall " + RatingText(m, ceiling.overall) + OverallShortfall(ceiling, *spec.overall));
  }
  for (const auto& [s, wanted] : spec.standards) {
    const StandardResult& result = ceiling.standards[s];
    if (result.rating && *result.rating >= wanted) continue;
    why.push_back(StandardShortfall(search, ceiling, s, wanted));
  }
  for (const Violation& violation : ceiling.violations) {
    why.push_back("at those ratings a recorded rule is broken: " + violation.message);
  }
  if (!search.fixed().empty()) {
    std::vector<std::string> held;
    for (const FixedKq& fixed : search.fixed()) {
      held.push_back(m.key_questions[fixed.key_question].id + " (" + std::to_string(fixed.percent) + "%)");
    }
    const std::string& first = m.key_questions[search.fixed().front().key_question].id;
    why.push_back("plans hold " + AllOf(held) + " where " + Agree(held.size(), "it is", "they are") +
                  ", known only as printed percentages; give counts (--kq " + first + "=K/N) to plan " +
                  Agree(held.size(), "it", "them"));
  }
  if (why.empty()) {
    why.push_back("no combination of case-standard ratings reaches the target (" + with + ")");
  }
  return why;
}

}  // namespace rerate
