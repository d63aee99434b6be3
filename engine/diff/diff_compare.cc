// CompareEvaluations and the rule responsible for each change: walking the
// order of evaluation (bands, lowest key question or judgement, limits), the
// first step whose decision differs between the two.  (Discretion cannot
// differ on its own: the same record from the same computed rating moves
// the same way, and beyond the distance --to refuses the inspection.)
#include "diff/diff_compare.h"

#include <algorithm>
#include <map>

#include "base/text.h"
#include "model/names.h"
#include "rate/kq_result.h"
#include "rerate/bands.h"

namespace rerate {

namespace {

struct Cause {
  std::string rule;
  std::string detail;
};

std::string BandText(const Methodology& m, const KqResult& kq) {
  if (!kq.HasResult()) return "no result";
  if (!kq.band) return "not banded";
  return m.RatingName(*kq.band);
}

std::string StatusText(const Methodology& m, const StandardResult& result) {
  switch (result.status) {
    case StandardStatus::kReportedOnly: return "reported only";
    case StandardStatus::kNotRated: return m.scale.not_rated_label;
    case StandardStatus::kRated: return RatingText(m, result.rating);
  }
  return "";
}

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

// The band a banded result falls in, as the methodology decides it.
const KqBand* BandContaining(const KqBanding& banding, const KqResult& kq) {
  const bool by_fraction = banding.decide_on == BandBasis::kExactFraction &&
                           (kq.source == KqSource::kCases || kq.source == KqSource::kCounts);
  const KqBand* found = nullptr;
  for (const KqBand& band : banding.bands) {
    const bool reaches = by_fraction ? FractionAtLeast(kq.yes, kq.relevant, band.from)
                                     : kq.percent * band.from.denominator >= band.from.numerator;
    if (reaches) found = &band;
  }
  return found;
}

std::string BandWithRange(const Methodology& m, const KqResult* kq) {
  if (kq == nullptr) return "absent";
  std::string text = BandText(m, *kq);
  if (!kq->band) return text;
  if (const KqBand* band = BandContaining(m.banding, *kq)) text += " (" + BandRangeText(*band) + ")";
  return text;
}

class Comparer {
 public:
  Comparer(const Evaluation& a, const Evaluation& b)
      : a_(a), b_(b), ma_(*a.methodology), mb_(*b.methodology), name_a_(SideLabel(ma_, mb_)), name_b_(SideLabel(mb_, ma_)) {}

  std::vector<Change> Run() {
    KeyQuestions();
    Standards();
    ScoreChange();
    OverallChange();
    return std::move(out_);
  }

 private:
  // Ids in --from's order, then those only --to has.
  template <class Items>
  static std::vector<std::string> Ids(const Items& from, const Items& to) {
    std::vector<std::string> ids;
    for (const auto& item : from) ids.push_back(item.id);
    for (const auto& item : to) {
      if (std::find(ids.begin(), ids.end(), item.id) == ids.end()) ids.push_back(item.id);
    }
    return ids;
  }

  const KqResult* Kq(const Evaluation& e, const std::string& id) const {
    const int q = e.methodology->FindKeyQuestion(id);
    return q < 0 ? nullptr : &e.ForKq(q);
  }

  const StandardResult* Standard(const Evaluation& e, const std::string& id) const {
    const int s = e.methodology->FindStandard(id);
    return s < 0 ? nullptr : &e.For(s);
  }

  std::optional<std::string> KqBand(const Evaluation& e, const std::string& id) const {
    const KqResult* kq = Kq(e, id);
    if (kq == nullptr) return std::nullopt;
    return BandText(*e.methodology, *kq);
  }

  std::string KqDetail(const std::string& id) const {
    const KqResult* ka = Kq(a_, id);
    const KqResult* kb = Kq(b_, id);
    const KqResult* any = kb != nullptr ? kb : ka;
    return (any->HasResult() ? KqValueText(*any, ma_.banding) : std::string("no result")) + ": " + BandWithRange(ma_, ka) +
           " under " + name_a_ + "; " + BandWithRange(mb_, kb) + " under " + name_b_;
  }

  void KeyQuestions() {
    for (const std::string& id : Ids(ma_.key_questions, mb_.key_questions)) {
      std::optional<std::string> before = KqBand(a_, id);
      std::optional<std::string> after = KqBand(b_, id);
      if (before == after) continue;
      out_.push_back(Change{DiffLevel::kKeyQuestion, id, "key question " + id, before, after, mb_.banding.rule.id,
                            KqDetail(id)});
    }
  }

  std::vector<std::string> KqIdsOf(const std::string& standard) const {
    std::vector<std::string> ids;
    for (const Methodology* m : {&ma_, &mb_}) {
      const int s = m->FindStandard(standard);
      if (s < 0) continue;
      for (int q : m->standards[s].key_questions) {
        if (std::find(ids.begin(), ids.end(), m->key_questions[q].id) == ids.end()) ids.push_back(m->key_questions[q].id);
      }
    }
    return ids;
  }

  static std::string EventPair(const Methodology& m, const RuleEvent* event) {
    if (event == nullptr) return "";
    return event->rule + ":" + RatingText(m, event->before) + ">" + RatingText(m, event->after);
  }

  // The limits that lowered a standard, in the order they fired.
  static std::vector<const RuleEvent*> Limits(const Evaluation& e, int standard) {
    std::vector<const RuleEvent*> limits;
    for (const RuleEvent& event : e.events) {
      if (event.standard == standard && event.kind == EventKind::kLimit) limits.push_back(&event);
    }
    return limits;
  }

  std::string LimitDetail(const RuleEvent* a, const RuleEvent* b) const {
    if (a == nullptr) return b->detail + " (under " + name_b_ + " only)";
    if (b == nullptr) return a->detail + " (under " + name_a_ + " only)";
    return "under " + name_a_ + ": " + a->detail + "; under " + name_b_ + ": " + b->detail;
  }

  Cause StandardCause(const std::string& id, const StandardResult& ra, const StandardResult& rb) const {
    if (ra.status != rb.status) {
      // No rule decided differently: the standard itself is defined
      // differently (reported only, or may not be Not rated, in one of the two).
      return {"", StatusText(ma_, ra) + " under " + name_a_ + ", " + StatusText(mb_, rb) + " under " + name_b_};
    }
    if (RatingText(ma_, ra.computed) != RatingText(mb_, rb.computed)) {
      std::vector<std::string> moved;
      for (const std::string& q : KqIdsOf(id)) {
        const std::optional<std::string> before = KqBand(a_, q);
        const std::optional<std::string> after = KqBand(b_, q);
        if (before == after) continue;
        const KqResult* kq = Kq(b_, q) != nullptr ? Kq(b_, q) : Kq(a_, q);
        moved.push_back(q + " at " + (kq->HasResult() ? KqValueText(*kq, mb_.banding) : std::string("no result")) + ": " +
                        before.value_or("absent") + " -> " + after.value_or("absent"));
      }
      if (!moved.empty()) {
        return {mb_.banding.rule.id, "key question " + Join(moved, "; ") + "; the lowest key question decides (" +
                                         mb_.case_rating.rule.id + ")"};
      }
      const std::string& rule = rb.from_key_questions ? mb_.case_rating.rule.id : mb_.judgement.rule.id;
      return {rule, "computed " + RatingText(ma_, ra.computed) + " under " + name_a_ + ", " +
                        RatingText(mb_, rb.computed) + " under " + name_b_};
    }
    const auto la = Limits(a_, ra.standard);
    const auto lb = Limits(b_, rb.standard);
    auto find = [](const std::vector<const RuleEvent*>& events, const std::string& rule) -> const RuleEvent* {
      for (const RuleEvent* event : events) {
        if (event->rule == rule) return event;
      }
      return nullptr;
    };
    for (const RuleEvent* eb : lb) {
      const RuleEvent* ea = find(la, eb->rule);
      if (EventPair(ma_, ea) != EventPair(mb_, eb)) return {eb->rule, LimitDetail(ea, eb)};
    }
    for (const RuleEvent* ea : la) {
      if (find(lb, ea->rule) == nullptr) return {ea->rule, LimitDetail(ea, nullptr)};
    }
    return {"", "no rule decided differently"};  // unreachable: the rating differs, so one step does
  }

  void Standards() {
    for (const std::string& id : Ids(ma_.standards, mb_.standards)) {
      const StandardResult* ra = Standard(a_, id);
      const StandardResult* rb = Standard(b_, id);
      std::optional<std::string> before = ra ? std::optional(StatusText(ma_, *ra)) : std::nullopt;
      std::optional<std::string> after = rb ? std::optional(StatusText(mb_, *rb)) : std::nullopt;
      if (before == after) continue;
      const Methodology& m = rb ? mb_ : ma_;
      const std::string subject = "standard " + StandardLabel(m, m.FindStandard(id));
      Cause cause = ra && rb ? StandardCause(id, *ra, *rb)
                             : Cause{"", "only " + (ra ? name_a_ : name_b_) + " has standard " + id};
      causes_[id] = cause;
      out_.push_back(Change{DiffLevel::kStandard, id, subject, before, after, cause.rule, cause.detail});
    }
  }

  static std::string Points(const StandardResult* result) {
    return result != nullptr && result->status == StandardStatus::kRated ? std::to_string(result->points) : "-";
  }

  void ScoreChange() {
    if (a_.score == b_.score && a_.max == b_.max) return;
    std::vector<std::string> parts;
    std::vector<std::string> rules;
    for (const std::string& id : Ids(ma_.standards, mb_.standards)) {
      const StandardResult* ra = Standard(a_, id);
      const StandardResult* rb = Standard(b_, id);
      if (Points(ra) == Points(rb)) continue;
      auto cause = causes_.find(id);
      // Same rating, other points: the scale gives that rating other points.
      const std::string rule = cause != causes_.end() ? cause->second.rule : mb_.scale.rule.id;
      if (!rule.empty() && std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
      const Methodology& m = rb ? mb_ : ma_;
      parts.push_back(StandardLabel(m, m.FindStandard(id)) + " " + Points(ra) + " -> " + Points(rb) + " points" +
                      (rule.empty() ? "" : " (" + rule + ")"));
    }
    if (a_.max != b_.max) {
      // The maximum is the top rating's points per rated standard.
      const int top_a = ma_.Points(ma_.Highest());
      const int top_b = mb_.Points(mb_.Highest());
      std::string why;
      if (top_a != top_b) {
        why = " (" + mb_.scale.rule.id + ": " + mb_.RatingName(mb_.Highest()) + " is worth " + std::to_string(top_b) +
              " points, not " + std::to_string(top_a) + ")";
        if (std::find(rules.begin(), rules.end(), mb_.scale.rule.id) == rules.end()) rules.push_back(mb_.scale.rule.id);
      }
      parts.push_back("maximum " + std::to_string(a_.max) + " -> " + std::to_string(b_.max) + why);
    }
    score_rule_ = Join(rules, ", ");
    out_.push_back(Change{DiffLevel::kScore, "score", "score", OutOf(a_.score, a_.max), OutOf(b_.score, b_.max), score_rule_, Join(parts, "; ")});
  }

  // What `m`'s score tables make of a score.
  static std::string TableRating(const Methodology& m, int max, int score) {
    const ScoreTable* table = m.TableFor(max);
    if (table == nullptr) return "no table for max " + std::to_string(max);
    for (const ScoreBand& band : table->bands) {
      if (score >= band.from && score <= band.to) return m.RatingName(band.rating);
    }
    return "no band";
  }

  void OverallChange() {
    const std::string before = RatingText(ma_, a_.overall);
    const std::string after = RatingText(mb_, b_.overall);
    if (before == after) return;
    const std::string same_score = TableRating(mb_, a_.max, a_.score);
    if (same_score != before) {
      out_.push_back(Change{DiffLevel::kOverall, "overall", "overall rating", before, after, mb_.overall.rule.id,
                            "the table for max " + std::to_string(a_.max) + " gives " + std::to_string(a_.score) +
                                " points " + same_score + " under " + name_b_ + ", " + before + " under " + name_a_});
      return;
    }
    out_.push_back(Change{DiffLevel::kOverall, "overall", "overall rating", before, after, score_rule_,
                          "the score moved from " + OutOf(a_.score, a_.max) + " to " + OutOf(b_.score, b_.max) + ", which the table gives as " +
                              after + " (" + mb_.overall.rule.id + ")"});
  }

  const Evaluation& a_;
  const Evaluation& b_;
  const Methodology& ma_;
  const Methodology& mb_;
  const std::string name_a_;  // each side as the output names it
  const std::string name_b_;
  std::map<std::string, Cause> causes_;
  std::string score_rule_;
  std::vector<Change> out_;
};

}  // namespace

std::string SideLabel(const Methodology& side, const Methodology& other) {
  return side.name != other.name ? side.name : side.file;
}

std::vector<Change> CompareEvaluations(const Evaluation& before, const Evaluation& after) {
  return Comparer(before, after).Run();
}

}  // namespace rerate
