// ExplainDifference: two evaluations of one methodology compared standard by
// standard, saying which rule made each difference and on which numbers.
// Everything here reads the two Evaluations (their ratings, the rules each
// standard's rating went through, their events); nothing re-decides a rating.
#include <algorithm>
#include <set>

#include "base/text.h"
#include "model/names.h"
#include "rate/kq_result.h"
#include "rerate/bands.h"
#include "rerate/whatif.h"

namespace rerate {

namespace {

bool SameKq(const KqResult& a, const KqResult& b) {
  return a.source == b.source && a.yes == b.yes && a.relevant == b.relevant && a.percent == b.percent &&
         a.has_result == b.has_result && a.band == b.band;
}

const RuleEvent* FindEvent(const Evaluation& e, EventKind kind, const std::string& rule, int standard) {
  for (const RuleEvent& event : e.events) {
    if (event.kind == kind && event.rule == rule && event.standard == standard) return &event;
  }
  return nullptr;
}

const Violation* FindViolation(const Evaluation& e, const std::string& rule, int standard) {
  for (const Violation& violation : e.violations) {
    if (violation.rule == rule && violation.standard == standard) return &violation;
  }
  return nullptr;
}

bool HasWarning(const Evaluation& e, WarningKind kind, int standard) {
  for (const Warning& warning : e.warnings) {
    if (warning.kind == kind && warning.standard == standard) return true;
  }
  return false;
}

class Explainer {
 public:
  Explainer(const Evaluation& before, const Evaluation& after, const std::vector<AppliedChange>& changes)
      : b_(before), a_(after), m_(*after.methodology), changes_(changes) {}

  std::vector<ChangeExplanation> Run() {
    for (size_t s = 0; s < m_.standards.size(); ++s) ExplainStandard(static_cast<int>(s));
    // Causes before effects: the standards whose own data changed (answers,
    // a judgement, Not rated) first, then those changed by rules between
    // standards (limits, discretion, guidance), each group in methodology order.
    std::stable_partition(out_.begin(), out_.end(), [&](const ChangeExplanation& x) { return direct_.count(x.subject) > 0; });
    ExplainScore();
    return std::move(out_);
  }

 private:
  void Add(ChangeExplanation* x, const std::string& rule, const std::string& text) {
    x->lines.push_back(rule.empty() ? text : rule + ": " + text);
    if (!rule.empty()) x->rules.push_back(rule);
  }

  std::string StatusText(const StandardResult& result) const {
    if (result.status == StandardStatus::kReportedOnly) return "reported, not rated";
    return RatingText(m_, result.status == StandardStatus::kRated ? result.rating : std::nullopt);
  }

  std::string NowText(int standard) const {
    return m_.standards[standard].id + " is now " + StatusText(a_.standards[standard]);
  }

  const AppliedChange* ChangeOf(ChangeKind kind, int standard) const {
    const AppliedChange* found = nullptr;
    for (const AppliedChange& change : changes_) {
      if (change.spec.kind == kind && change.standard == standard) found = &change;
    }
    return found;
  }

  std::string KqText(const KqResult& kq) const {
    std::string text = KqValueText(kq, m_.banding);
    if (kq.band) text += ", " + m_.RatingName(*kq.band);
    return text;
  }

  // "2.2.2 and 2.2.3 (tied) at 14/21 = 66.7% (prints as 67%)"
  std::string LowestText(const StandardResult& result) const {
    std::vector<std::string> ids;
    const KqResult* lowest = nullptr;
    for (const KqResult& kq : result.key_questions) {
      if (!kq.lowest) continue;
      ids.push_back(m_.key_questions[kq.key_question].id);
      lowest = &kq;
    }
    if (lowest == nullptr) return "none";
    return AllOf(ids) + (ids.size() > 1 ? " (tied)" : "") + " at " + KqValueText(*lowest, m_.banding);
  }

  // "; Good needs 3 more yes on 2.2.3 (14/21)"
  std::string RiseText(const StandardResult& result) const {
    if (!result.computed || *result.computed >= m_.Highest()) return "";
    const Rating next{result.computed->level + 1};
    std::vector<std::string> needs;
    for (const KqResult& kq : result.key_questions) {
      if (kq.source != KqSource::kCases && kq.source != KqSource::kCounts) return "";
      const std::optional<int> least = MinYesForBand(m_.banding, next, kq.relevant);
      if (!least) return "; " + m_.RatingName(next) + " is out of reach of " + m_.key_questions[kq.key_question].id;
      if (*least <= kq.yes) continue;
      needs.push_back(std::to_string(*least - kq.yes) + " more yes on " + m_.key_questions[kq.key_question].id +
                      " (" + OutOf(*least, kq.relevant) + ")");
    }
    return needs.empty() ? "" : "; " + m_.RatingName(next) + " needs " + AllOf(needs);
  }

  // What a standard's final rating rests on: the last rule that set it.
  std::string BasisText(const StandardResult& result) const {
    const Standard& standard = m_.standards[result.standard];
    for (auto it = result.applied.rbegin(); it != result.applied.rend(); ++it) {
      if (*it == m_.discretion.rule.id) return "its recorded discretion";
      if (*it == m_.case_rating.rule.id) return "computed from its key questions";
      if (*it == m_.judgement.rule.id) {
        return standard.basis == StandardBasis::kJudgement ? "the inspectors' judgement"
                                                           : "the rating given under ratings:";
      }
      for (const Limit& limit : m_.limits) {
        if (*it == limit.rule.id) return "as " + limit.rule.id + " allows";
      }
    }
    return "its rating";
  }

  void ExplainStandard(int s) {
    const StandardResult& before = b_.standards[s];
    const StandardResult& after = a_.standards[s];
    ChangeExplanation x;
    x.subject = m_.standards[s].id;
    bool key_questions_changed = false;
    for (size_t i = 0; i < after.key_questions.size(); ++i) {
      const KqResult& old_kq = before.key_questions[i];
      const KqResult& new_kq = after.key_questions[i];
      if (SameKq(old_kq, new_kq)) continue;
      key_questions_changed = true;
      Add(&x, "", m_.key_questions[new_kq.key_question].id + ": " + KqText(old_kq) + " -> " + KqText(new_kq));
    }
    StatusLines(before, after, &x);
    if (after.HasRating()) ComputedLines(before, after, key_questions_changed, &x);
    if (!x.lines.empty()) direct_.insert(x.subject);
    DiscretionLines(s, &x);
    LimitLines(s, &x);
    DepartureLines(s, &x);
    const bool rating_changed = StatusText(before) != StatusText(after);
    if (x.lines.empty() && !rating_changed) return;
    if (x.lines.empty()) Add(&x, "", "its rating follows from the changes above");
    x.headline = StandardLabel(m_, s) + ": " +
                 (rating_changed ? StatusText(before) + " -> " + StatusText(after) : "stays " + StatusText(after));
    out_.push_back(std::move(x));
  }

  void StatusLines(const StandardResult& before, const StandardResult& after, ChangeExplanation* x) {
    if (before.status == after.status) return;
    if (after.status == StandardStatus::kNotRated) {
      Add(x, m_.scale.rule.id, "now " + m_.scale.not_rated_label + ": it scores nothing, and the maximum is " +
                                   std::to_string(a_.max) + " (was " + std::to_string(b_.max) + ")");
    } else if (before.status == StandardStatus::kNotRated) {
      Add(x, m_.scale.rule.id, "now rated: it scores again, and the maximum is " + std::to_string(a_.max) +
                                   " (was " + std::to_string(b_.max) + ")");
    }
  }

  void ComputedLines(const StandardResult& before, const StandardResult& after, bool key_questions_changed,
                     ChangeExplanation* x) {
    const bool was_rated = before.HasRating();
    const bool computed_changed = !was_rated || before.computed != after.computed;
    if (after.from_key_questions) {
      if (computed_changed) {
        Add(x, m_.case_rating.rule.id, "the lowest key question is now " + LowestText(after) + ", so computed " +
                                           RatingText(m_, after.computed) +
                                           (was_rated ? " (was " + RatingText(m_, before.computed) + ")" : ""));
      } else if (key_questions_changed) {
        Add(x, m_.case_rating.rule.id, "still computed " + RatingText(m_, after.computed) +
                                           ": the lowest key question is " + LowestText(after) + RiseText(after));
      }
      return;
    }
    if (!computed_changed) return;
    const bool judgement = m_.standards[after.standard].basis == StandardBasis::kJudgement;
    std::string text = (judgement ? "inspectors' judgement now " : "rating given now ") +
                       RatingText(m_, after.computed) +
                       (was_rated ? " (was " + RatingText(m_, before.computed) + ")" : "");
    if (const AppliedChange* change = ChangeOf(ChangeKind::kSet, after.standard)) {
      text += ", set by " + ChangeArgument(change->spec);
    }
    Add(x, m_.judgement.rule.id, text);
  }

  void DiscretionLines(int s, ChangeExplanation* x) {
    const std::string& rule = m_.discretion.rule.id;
    const std::string& id = m_.standards[s].id;
    const RuleEvent* old_event = FindEvent(b_, EventKind::kDiscretion, rule, s);
    const RuleEvent* new_event = FindEvent(a_, EventKind::kDiscretion, rule, s);
    const AppliedChange* added = ChangeOf(ChangeKind::kDiscretion, s);
    const std::string which = added != nullptr ? "the discretion of " + ChangeArgument(added->spec)
                                               : "the recorded discretion";
    if (new_event != nullptr &&
        (old_event == nullptr || old_event->before != new_event->before || old_event->after != new_event->after)) {
      Add(x, rule, which + ": " + new_event->detail);
      const bool was_up = old_event != nullptr && old_event->after > old_event->before;
      const bool now_down = new_event->after < new_event->before;
      if (was_up && now_down && added == nullptr) {
        Add(x, "", "it was recorded to move the rating up from " + RatingText(m_, old_event->before) +
                       "; it now moves it down: drop it with --drop-discretion " + id + " if it no longer applies");
      }
    }
    if (new_event == nullptr && old_event != nullptr) {
      if (const AppliedChange* dropped = ChangeOf(ChangeKind::kDropDiscretion, s)) {
        Add(x, rule, "the recorded discretion (" + RatingText(m_, old_event->after) + ") is dropped by " +
                         ChangeArgument(dropped->spec) + ": the computed rating stands");
      } else if (HasWarning(a_, WarningKind::kDiscretionNoChange, s)) {
        Add(x, rule, "the recorded discretion gives " + RatingText(m_, old_event->after) +
                         ", now the computed rating: it has no effect");
      } else if (a_.standards[s].status != StandardStatus::kRated) {
        Add(x, rule, "the recorded discretion no longer applies: " + id + " is not rated");
      }
    }
    if (new_event == nullptr && old_event == nullptr && HasWarning(a_, WarningKind::kDiscretionNoChange, s) &&
        !HasWarning(b_, WarningKind::kDiscretionNoChange, s)) {
      Add(x, rule, which + " gives the computed rating, " + RatingText(m_, a_.standards[s].computed) +
                       ": it has no effect");
    }
    const Violation* violation = FindViolation(a_, rule, s);
    const Violation* old_violation = FindViolation(b_, rule, s);
    if (violation != nullptr && (old_violation == nullptr || old_violation->message != violation->message)) {
      Add(x, rule, which + " no longer fits: " + violation->message);
    }
  }

  void LimitLines(int s, ChangeExplanation* x) {
    const StandardResult& after = a_.standards[s];
    const std::string name = m_.standards[s].name;
    for (size_t l = 0; l < m_.limits.size(); ++l) {
      const Limit& limit = m_.limits[l];
      if (limit.standard != s) continue;
      const RuleEvent* old_event = FindEvent(b_, EventKind::kLimit, limit.rule.id, s);
      const RuleEvent* new_event = FindEvent(a_, EventKind::kLimit, limit.rule.id, s);
      const bool held_before = l < b_.limit_held.size() && b_.limit_held[l];
      const bool held_after = l < a_.limit_held.size() && a_.limit_held[l];
      const std::string when_id = m_.standards[limit.when.standard].id;
      if (new_event != nullptr && old_event == nullptr) {
        Add(x, limit.rule.id, "now applies: " + new_event->detail);
      } else if (new_event == nullptr && old_event != nullptr) {
        Add(x, limit.rule.id, held_after ? "still holds, but " + StandardLabel(m_, s) + " is now within it"
                                         : "no longer applies: it needs " + ConditionText(m_, limit.when) + ", and " +
                                               NowText(limit.when.standard));
        Add(x, "", "so " + name + " is " + StatusText(after) + ", " + BasisText(after));
      } else if (new_event != nullptr && b_.standards[s].computed != after.computed) {
        Add(x, limit.rule.id, "still lowers it to " + RatingText(m_, new_event->after) + " (it would be " +
                                  RatingText(m_, new_event->before) + ")");
      } else if (new_event == nullptr && held_before && !held_after && after.HasRating()) {
        std::string text = "no longer applies (" + NowText(limit.when.standard) + "), but it never lowered " +
                           name + ": it stays " + StatusText(after) + ", " + BasisText(after);
        if (m_.standards[s].basis == StandardBasis::kJudgement && *after.rating < m_.Highest()) {
          text += "; to see another judgement, use --set " + m_.standards[s].id + "=" +
                  m_.RatingName(Rating{after.rating->level + 1});
        }
        Add(x, limit.rule.id, text);
      } else if (new_event == nullptr && !held_before && held_after && after.HasRating()) {
        Add(x, limit.rule.id, "now applies (" + ConditionText(m_, limit.when) + "), but " + name + " is " +
                                  StatusText(after) + ", within it");
      }
    }
  }

  std::string FollowedText(const Guidance& guide) const {
    if (!a_.Holds(guide.when)) {
      return "it applies when " + ConditionText(m_, guide.when) + ", and " + NowText(guide.when.standard);
    }
    return "it expects " + ConditionText(m_, guide.expect) + ", and " + NowText(guide.expect.standard);
  }

  void DepartureLines(int s, ChangeExplanation* x) {
    for (const Guidance& guide : m_.guidance) {
      const RuleEvent* old_event = FindEvent(b_, EventKind::kDeparture, guide.rule.id, s);
      const RuleEvent* new_event = FindEvent(a_, EventKind::kDeparture, guide.rule.id, s);
      if (new_event != nullptr && (old_event == nullptr || old_event->detail != new_event->detail)) {
        Add(x, guide.rule.id, std::string(old_event == nullptr ? "now departed from: " : "still departed from: ") +
                                  new_event->detail +
                                  (new_event->reason.empty() ? "; no reason recorded (a warning)"
                                                             : "; reason recorded: \"" + new_event->reason + "\""));
      } else if (new_event == nullptr && old_event != nullptr) {
        Add(x, guide.rule.id, "no longer departed from: " + FollowedText(guide));
      }
    }
  }

  std::string ScoreText(const Evaluation& e) const {
    return OutOf(e.score, e.max);
  }

  void ExplainScore() {
    ChangeExplanation x;
    x.subject = "score";
    std::vector<std::string> moves;
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      const int delta = a_.standards[s].points - b_.standards[s].points;
      const bool rated_changed = a_.standards[s].HasRating() != b_.standards[s].HasRating();
      if (delta == 0 && !rated_changed) continue;
      std::string move = m_.standards[s].id + " " + (delta >= 0 ? "+" : "") + std::to_string(delta);
      if (rated_changed) move += a_.standards[s].HasRating() ? " (now rated)" : " (now " + m_.scale.not_rated_label + ")";
      moves.push_back(move);
    }
    if (!moves.empty()) {
      std::string text;
      for (const std::string& move : moves) text += (text.empty() ? "" : ", ") + move;
      Add(&x, m_.scale.rule.id, text + ": " + ScoreText(b_) + " -> " + ScoreText(a_));
    }
    Add(&x, m_.overall.rule.id, OverallText());
    const std::string overall_before = RatingText(m_, b_.overall);
    const std::string overall_after = RatingText(m_, a_.overall);
    x.headline = "Score " + (moves.empty() ? "stays " + ScoreText(a_) : ScoreText(b_) + " -> " + ScoreText(a_)) +
                 ", overall " +
                 (overall_before == overall_after ? "stays " + overall_after : overall_before + " -> " + overall_after);
    out_.push_back(std::move(x));
  }

  std::string OverallText() const {
    const ScoreTable* table = m_.TableFor(a_.max);
    if (table == nullptr) return "no score table for a maximum of " + std::to_string(a_.max);
    std::string text;
    for (size_t i = 0; i < table->bands.size(); ++i) {
      const ScoreBand& band = table->bands[i];
      if (a_.score < band.from || a_.score > band.to) continue;
      text = std::to_string(a_.score) + " of " + std::to_string(a_.max) + " is in " + std::to_string(band.from) +
             " to " + std::to_string(band.to) + ": " + m_.RatingName(band.rating);
      if (i + 1 < table->bands.size()) {
        const ScoreBand& next = table->bands[i + 1];
        const int short_by = next.from - a_.score;
        text += "; " + m_.RatingName(next.rating) + " needs " + std::to_string(next.from) + ", " +
                Plural(short_by, "more point");
      }
    }
    return text;
  }

  const Evaluation& b_;
  const Evaluation& a_;
  const Methodology& m_;
  const std::vector<AppliedChange>& changes_;
  std::vector<ChangeExplanation> out_;
  std::set<std::string> direct_;  // subjects whose own data changed
};

}  // namespace

std::vector<ChangeExplanation> ExplainDifference(const Evaluation& before, const Evaluation& after,
                                           const std::vector<AppliedChange>& changes) {
  return Explainer(before, after, changes).Run();
}

}  // namespace rerate
