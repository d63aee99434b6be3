// The rules that act between standards once their own ratings are known:
// discretion, hard limits, soft guidance, then points and the overall rating.
#include "rate/evaluate_rules.h"

#include <cstdlib>

#include "base/text.h"
#include "model/names.h"
#include "rate/kq_result.h"
#include "rate/tracing.h"

namespace rerate {

namespace {

// "2.4 Implementation and delivery to be Requires improvement or Good"
std::string ExpectText(const Methodology& m, const RatingCondition& condition) {
  std::vector<std::string> names;
  for (Rating rating : condition.ratings) names.push_back(m.RatingName(rating));
  return StandardLabel(m, condition.standard) + " to be " + OneOf(names);
}

std::string LowestText(const Methodology& m, const StandardResult& result) {
  for (const KqResult& kq : result.key_questions) {
    if (kq.lowest) return "lowest key question " + m.key_questions[kq.key_question].id + " at " + KqValueText(kq, m.banding);
  }
  return "rated under ratings:";
}

}  // namespace

void ApplyDiscretion(const Evidence& ev, Tracer* tracer, Evaluation* out) {
  const Methodology& m = *ev.methodology;
  const DiscretionPolicy& policy = m.discretion;
  for (const DiscretionRecord& record : ev.discretion) {
    StandardResult& result = out->standards[record.standard];
    const std::string& id = m.standards[record.standard].id;
    if (!result.HasRating() || !result.computed) continue;  // Resolve admits none of these
    const int distance = std::abs(record.rating.level - result.computed->level);
    if (distance == 0) {
      out->warnings.push_back(Warning{WarningKind::kDiscretionNoChange, policy.rule.id, record.standard, Words(*out, [&] {
                                        return "discretion on " + id + " gives " + m.RatingName(record.rating) +
                                               ", the rating already computed; it changes nothing";
                                      }),
                                      record.where});
      continue;
    }
    const auto moved = [&] { return Plural(distance, "band") + (record.rating > *result.computed ? " up" : " down"); };
    if (distance > policy.max_bands) {
      out->violations.push_back(Violation{policy.rule.id, record.standard, Words(*out, [&] {
                                            return "discretion moves " + StandardLabel(m, record.standard) + " " +
                                                   moved() + " (" + m.RatingName(*result.computed) + " to " +
                                                   m.RatingName(record.rating) + "); " + policy.rule.id +
                                                   " allows at most " + std::to_string(policy.max_bands);
                                          }),
                                          record.where});
    }
    const auto detail = [&] {
      return "computed " + m.RatingName(*result.computed) + " (" + LowestText(m, result) + "); inspectors rated it " +
             m.RatingName(record.rating) + ", " + moved() + " (at most " + std::to_string(policy.max_bands) +
             " allowed)";
    };
    RuleEvent event{EventKind::kDiscretion, policy.rule.id, record.standard, result.computed,
                    record.rating, record.reason, Words(*out, detail), record.where};
    Trace(tracer, policy.rule.id, id, [&] { return detail() + ": \"" + record.reason + "\""; });
    result.rating = record.rating;
    result.applied.push_back(policy.rule.id);
    out->events.push_back(std::move(event));
  }
}

void ApplyLimits(Tracer* tracer, Evaluation* out) {
  const Methodology& m = *out->methodology;
  out->limit_held.assign(m.limits.size(), false);
  for (size_t l = 0; l < m.limits.size(); ++l) {
    const Limit& limit = m.limits[l];
    StandardResult& target = out->standards[limit.standard];
    const std::string& id = m.standards[limit.standard].id;
    if (!target.HasRating()) continue;
    out->limit_held[l] = out->Holds(limit.when);
    if (!out->limit_held[l]) {
      Trace(tracer, limit.rule.id, id, [&] {
        return "does not apply: it needs " + ConditionText(m, limit.when) + ", and " +
               m.standards[limit.when.standard].id + " is " +
               RatingText(m, out->standards[limit.when.standard].rating);
      });
      continue;
    }
    const auto because = [&] {
      return ConditionText(m, limit.when) + ", so " + StandardLabel(m, limit.standard) + " may be at most " +
             m.RatingName(limit.at_most);
    };
    if (*target.rating <= limit.at_most) {
      Trace(tracer, limit.rule.id, id, [&] {
        return because() + "; it is " + m.RatingName(*target.rating) + ", within the limit";
      });
      continue;
    }
    const auto detail = [&] { return because() + ": lowered from " + m.RatingName(*target.rating); };
    RuleEvent event{EventKind::kLimit, limit.rule.id, limit.standard, target.rating, limit.at_most, "",
                    Words(*out, detail), limit.rule.where};
    Trace(tracer, limit.rule.id, id, detail);
    target.rating = limit.at_most;
    target.applied.push_back(limit.rule.id);
    out->events.push_back(std::move(event));
  }
}

void CheckGuidance(const Evidence& ev, Tracer* tracer, Evaluation* out) {
  const Methodology& m = *ev.methodology;
  for (size_t g = 0; g < m.guidance.size(); ++g) {
    const Guidance& guide = m.guidance[g];
    const DepartureRecord* record = nullptr;
    for (const DepartureRecord& candidate : ev.departures) {
      if (candidate.guidance == static_cast<int>(g)) record = &candidate;
    }
    const int guided = guide.when.standard;
    const StandardResult& expected = out->standards[guide.expect.standard];
    const bool applies = out->Holds(guide.when);
    if (!applies || !expected.HasRating() || out->Holds(guide.expect)) {
      // Followed, or nothing to follow: the words only for a tracer or a warning.
      const auto why = [&] {
        if (!applies) return "it applies when " + ConditionText(m, guide.when);
        if (!expected.HasRating()) return StandardLabel(m, guide.expect.standard) + " is " + m.scale.not_rated_label;
        return "followed: " + ConditionText(m, guide.expect);
      };
      Trace(tracer, guide.rule.id, m.standards[guided].id, why);
      if (record != nullptr) {
        out->warnings.push_back(Warning{WarningKind::kDepartureNotNeeded, guide.rule.id, record->standard, Words(*out, [&] {
                                          return "a departure from " + guide.rule.id + " is recorded for " +
                                                 m.standards[record->standard].id +
                                                 ", but there is nothing to depart from (" + why() + ")";
                                        }),
                                        record->where});
      }
      continue;
    }
    const auto detail_text = [&] {
      return ConditionText(m, guide.when) + ", so guidance expects " + ExpectText(m, guide.expect) + "; it is " +
             m.RatingName(*expected.rating);
    };
    const std::string detail = Words(*out, detail_text);
    const int standard = record != nullptr ? record->standard : guided;
    out->events.push_back(RuleEvent{EventKind::kDeparture, guide.rule.id, standard, std::nullopt,
                                    std::nullopt, record != nullptr ? record->reason : "", detail,
                                    record != nullptr ? record->where : ev.judged_where[guided]});
    out->standards[standard].applied.push_back(guide.rule.id);
    if (record == nullptr) {
      SourceLocation where = ev.judged_where[guided];
      if (where.file.empty()) where = SourceLocation{ev.file, 0, 0};
      out->warnings.push_back(Warning{WarningKind::kDepartureWithoutReason, guide.rule.id, guided, Words(*out, [&] {
                                        return "departs from guidance " + guide.rule.id + " with no recorded reason: " +
                                               detail + " (record one under departures:)";
                                      }),
                                      where});
    }
    Trace(tracer, guide.rule.id, m.standards[guided].id, [&] {
      return "departed from: " + detail_text() +
             (record != nullptr ? "; reason recorded: \"" + record->reason + "\"" : "; no reason recorded");
    });
  }
}

void ScoreAndOverall(Tracer* tracer, Evaluation* out) {
  const Methodology& m = *out->methodology;
  const int top = m.Points(m.Highest());
  for (StandardResult& result : out->standards) {
    if (!result.HasRating()) continue;
    result.points = m.Points(*result.rating);
    out->score += result.points;
    out->max += top;
  }
  Trace(tracer, m.scale.rule.id, "score", [&] {
    std::string sum;
    for (const StandardResult& result : out->standards) {
      if (!result.HasRating()) continue;
      if (!sum.empty()) sum += " + ";
      sum += m.standards[result.standard].id + " " + std::to_string(result.points);
    }
    return sum + " = " + std::to_string(out->score) + " of " + std::to_string(out->max) + " (" +
           std::to_string(out->max / top) + " standards rated, " + std::to_string(top) + " points each at most)";
  });
  const ScoreTable* table = m.TableFor(out->max);
  if (table == nullptr) {
    out->violations.push_back(Violation{m.overall.rule.id, -1,
                                        "no score table for a maximum of " + std::to_string(out->max),
                                        {out->file, 0, 0}});
    return;
  }
  for (const ScoreBand& band : table->bands) {
    if (out->score < band.from || out->score > band.to) continue;
    out->overall = band.rating;
    Trace(tracer, m.overall.rule.id, "overall", [&] {
      return std::to_string(out->score) + " of " + std::to_string(out->max) + " is in " +
             std::to_string(band.from) + " to " + std::to_string(band.to) + ": " + m.RatingName(band.rating);
    });
  }
}

}  // namespace rerate
