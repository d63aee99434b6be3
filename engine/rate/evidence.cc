// Resolve: an inspection file read against its methodology.
#include <algorithm>
#include <map>
#include <set>

#include "base/load_error.h"
#include "base/suggest.h"
#include "base/text.h"
#include "model/names.h"
#include "rate/case_data.h"
#include "rerate/bands.h"

namespace rerate {

void RecountFromCases(Evidence& evidence) {
  if (!evidence.cases) return;
  for (size_t q = 0; q < evidence.key_questions.size(); ++q) {
    KqEvidence& kq = evidence.key_questions[q];
    if (kq.source != KqSource::kCases) continue;
    CountAnswers(evidence.cases->answers[q], &kq.yes, &kq.relevant);
  }
}

namespace {

class Resolver {
 public:
  Resolver(const Inspection& inspection, std::shared_ptr<const Methodology> methodology)
      : in_(inspection), m_(*methodology) {
    ev_.methodology = std::move(methodology);
  }

  Evidence Resolve() {
    ev_.file = in_.file;
    ev_.inspection = in_.name.value;
    ev_.fieldwork = in_.fieldwork.value;
    ev_.source = in_.source;
    const size_t standards = m_.standards.size();
    ev_.key_questions.resize(m_.key_questions.size());
    ev_.judged.resize(standards);
    ev_.judged_where.resize(standards);
    ev_.not_rated.resize(standards, false);
    ResolveRatings();
    ResolveNotRated();
    ResolveCases();
    ResolveAggregates();
    for (size_t s = 0; s < standards; ++s) CheckStandardHasData(static_cast<int>(s));
    ResolveDiscretion();
    ResolveDepartures();
    return std::move(ev_);
  }

 private:
  // `likely`: the ids a typo most probably meant, suggested first.
  int StandardRef(const Located<std::string>& id, const std::vector<std::string>& likely = {}) {
    const int index = m_.FindStandard(id.value);
    if (index < 0) {
      Fail(id.where, "no standard \"" + id.value + "\" in " + m_.name +
                         DidYouMean(id.value, StandardIds(m_), likely));
    }
    return index;
  }

  Rating RatingRef(const Located<std::string>& name) {
    std::optional<Rating> rating = m_.FindRating(name.value);
    if (!rating) {
      std::string extra;
      if (Lower(name.value) == Lower(m_.scale.not_rated_label)) {
        extra = " (list a standard that is " + m_.scale.not_rated_label + " under not_rated:)";
      }
      Fail(name.where, "\"" + name.value + "\" is not a rating on the " + m_.name + " scale" +
                           DidYouMean(name.value, RatingNames(m_)) + " (expected " +
                           OneOf(RatingNames(m_)) + ")" + extra);
    }
    return *rating;
  }

  // The judgement standards ratings: does not rate: a mistyped id most
  // likely meant one of them.
  std::vector<std::string> UnratedJudgements() const {
    std::vector<std::string> unrated;
    for (const Standard& standard : m_.standards) {
      if (standard.basis != StandardBasis::kJudgement) continue;
      const bool rated = std::any_of(in_.ratings.begin(), in_.ratings.end(),
                                     [&](const RatingEntry& entry) { return entry.standard.value == standard.id; });
      if (!rated) unrated.push_back(standard.id);
    }
    return unrated;
  }

  void ResolveRatings() {
    const std::vector<std::string> unrated = UnratedJudgements();
    for (const RatingEntry& entry : in_.ratings) {
      const int s = StandardRef(entry.standard, unrated);
      if (m_.standards[s].reported_only) {
        Fail(entry.standard.where, StandardLabel(m_, s) + " is reported, never rated");
      }
      ev_.judged[s] = RatingRef(entry.rating);
      ev_.judged_where[s] = entry.rating.where;
    }
  }

  void ResolveNotRated() {
    for (const Located<std::string>& id : in_.not_rated) {
      const int s = StandardRef(id);
      const Standard& standard = m_.standards[s];
      if (!standard.may_be_not_rated) {
        Fail(id.where, StandardLabel(m_, s) + " may not be " + m_.scale.not_rated_label +
                           " under " + m_.name + MayBeNotRatedHint());
      }
      if (ev_.not_rated[s]) Fail(id.where, standard.id + " is listed twice under not_rated");
      if (ev_.judged[s]) {
        Fail(id.where, standard.id + " has a rating under ratings: and is listed as " +
                           m_.scale.not_rated_label + "; keep one");
      }
      ev_.not_rated[s] = true;
    }
  }

  std::string MayBeNotRatedHint() const {
    std::vector<std::string> allowed;
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      if (m_.standards[s].may_be_not_rated) allowed.push_back(StandardLabel(m_, static_cast<int>(s)));
    }
    if (allowed.empty()) return " (no standard may be)";
    return " (only " + OneOf(allowed) + " may be)";
  }

  void ResolveCases() {
    if (!in_.cases) return;
    ev_.cases = BuildCaseData(*in_.cases, m_);
    for (size_t q = 0; q < m_.key_questions.size(); ++q) {
      if (ev_.cases->answers[q].empty()) continue;
      KqEvidence& kq = ev_.key_questions[q];
      kq.source = KqSource::kCases;
      kq.where = in_.cases->At(in_.cases->header_line, ev_.cases->answer_columns[q]);
    }
    RecountFromCases(ev_);
  }

  void ResolveAggregates() {
    for (const KqAggregate& aggregate : in_.key_questions) {
      const int q = m_.FindKeyQuestion(aggregate.key_question.value);
      if (q < 0) {
        Fail(aggregate.key_question.where,
             "no key question \"" + aggregate.key_question.value + "\" in " + m_.name +
                 DidYouMean(aggregate.key_question.value, KeyQuestionIds(m_)));
      }
      KqEvidence& kq = ev_.key_questions[q];
      if (kq.source == KqSource::kCases) {
        Fail(aggregate.key_question.where,
             "key question " + m_.key_questions[q].id + " has case answers in " + kq.where.ToString() +
                 " and counts here; give it in one place");
      }
      kq.where = aggregate.where;
      if (aggregate.percent) {
        ResolvePercent(aggregate, &kq);
      } else {
        kq.source = KqSource::kCounts;
        kq.yes = aggregate.yes->value;
        kq.relevant = aggregate.relevant->value;
      }
    }
  }

  // {percent: P} keeps only the printed figure; {percent: P, relevant: N}
  // recovers the count when exactly one count out of N prints as P.
  void ResolvePercent(const KqAggregate& aggregate, KqEvidence* kq) {
    kq->source = KqSource::kPercent;
    kq->percent = aggregate.percent->value;
    if (!aggregate.relevant) return;
    const int relevant = aggregate.relevant->value;
    const YesCounts counts = YesCountsPrinting(kq->percent, relevant, m_.banding.rounding);
    if (counts.Empty()) {
      Fail(aggregate.percent->where, "no number of yes answers out of " + std::to_string(relevant) +
                                         " prints as " + std::to_string(kq->percent) + "%");
    }
    kq->relevant = relevant;
    if (counts.first == counts.last) {
      kq->source = KqSource::kCounts;
      kq->yes = static_cast<int>(counts.first);
    }
  }

  void CheckStandardHasData(int s) {
    const Standard& standard = m_.standards[s];
    if (standard.basis == StandardBasis::kJudgement) {
      if (!ev_.judged[s] && !ev_.not_rated[s]) {
        Fail(in_.ratings_where, "no rating for " + StandardLabel(m_, s) +
                                    ": inspectors rate judgement standards; add it under ratings:");
      }
      return;
    }
    std::vector<std::string> with_data;
    std::vector<std::string> without_data;
    for (int q : standard.key_questions) {
      (ev_.key_questions[q].source == KqSource::kNone ? without_data : with_data)
          .push_back(m_.key_questions[q].id);
    }
    if (standard.reported_only || ev_.not_rated[s]) return;
    if (with_data.empty()) {
      if (!ev_.judged[s]) {
        Fail(in_.ratings_where, "no data for " + StandardLabel(m_, s) + ": give case answers or "
                                "key_questions for " + OneOf(without_data) +
                                ", or its rating under ratings:" +
                                (standard.may_be_not_rated ? ", or list it under not_rated:" : ""));
      }
      return;
    }
    if (ev_.judged[s]) {
      Fail(ev_.judged_where[s], StandardLabel(m_, s) + " is rated from its key questions (" +
                                    OneOf(with_data) + " have data); to rate it otherwise, record "
                                    "a discretion with a reason");
    }
    if (!without_data.empty()) {
      Fail(ev_.key_questions[m_.FindKeyQuestion(with_data.front())].where,
           StandardLabel(m_, s) + " takes the band of its lowest key question, so every one is "
           "needed: " + OneOf(without_data) + " has no data");
    }
    for (int q : standard.key_questions) {
      const KqEvidence& kq = ev_.key_questions[q];
      if (kq.source == KqSource::kCases && kq.relevant == 0) {
        Fail(kq.where, "key question " + m_.key_questions[q].id +
                           " has no relevant cases (every answer is n/a)" +
                           (standard.may_be_not_rated ? "; list " + standard.id + " under not_rated:" : ""));
      }
    }
  }

  void ResolveDiscretion() {
    std::set<int> seen;
    for (const DiscretionEntry& entry : in_.discretion) {
      const int s = StandardRef(entry.standard);
      const Standard& standard = m_.standards[s];
      std::string why_not;
      if (standard.basis == StandardBasis::kJudgement) {
        why_not = " is rated by inspectors' judgement; discretion applies to case standards";
      } else if (standard.reported_only) {
        why_not = " is reported, never rated";
      } else if (ev_.not_rated[s]) {
        why_not = " is " + m_.scale.not_rated_label;
      } else if (ev_.judged[s]) {
        why_not = " has no key-question data to depart from: its rating is given under ratings:";
      }
      if (!why_not.empty()) Fail(entry.standard.where, StandardLabel(m_, s) + why_not);
      if (!seen.insert(s).second) Fail(entry.where, "two discretions for " + standard.id);
      if (entry.reason.value.empty() && m_.discretion.reason_required) {
        Fail(entry.where, "discretion on " + standard.id + " needs reason: (" +
                              m_.discretion.rule.id + " requires a recorded reason)");
      }
      ev_.discretion.push_back(DiscretionRecord{s, RatingRef(entry.rating), entry.reason.value, entry.where});
    }
  }

  std::vector<int> GuidanceTouching(int s) const {
    std::vector<int> touching;
    for (size_t g = 0; g < m_.guidance.size(); ++g) {
      const Guidance& guide = m_.guidance[g];
      if (guide.when.standard == s || guide.expect.standard == s) touching.push_back(static_cast<int>(g));
    }
    return touching;
  }

  void ResolveDepartures() {
    std::map<int, SourceLocation> seen;  // guidance rule -> the departure recorded from it
    for (const DepartureEntry& entry : in_.departures) {
      const int s = StandardRef(entry.standard);
      const std::vector<int> touching = GuidanceTouching(s);
      int g = -1;
      if (!entry.rule.value.empty()) {
        for (int candidate : touching) {
          if (m_.guidance[candidate].rule.id == entry.rule.value) g = candidate;
        }
        if (g < 0) {
          Fail(entry.rule.where, "no guidance \"" + entry.rule.value + "\" touching " +
                                     m_.standards[s].id + " in " + m_.name +
                                     DidYouMean(entry.rule.value, GuidanceIds(m_)));
        }
      } else if (touching.size() == 1) {
        g = touching.front();
      } else if (touching.empty()) {
        Fail(entry.standard.where, "no guidance in " + m_.name + " touches " + StandardLabel(m_, s) +
                                       ": a departure records why a rating departs from guidance");
      } else {
        std::vector<std::string> ids;
        for (int candidate : touching) ids.push_back(m_.guidance[candidate].rule.id);
        Fail(entry.where, "several guidance rules touch " + m_.standards[s].id + "; name one with rule: (" +
                              OneOf(ids) + ")");
      }
      // A guidance rule is departed from once, whichever standard records it.
      auto [first, inserted] = seen.emplace(g, entry.where);
      if (!inserted) {
        Fail(entry.where, "a second departure from " + m_.guidance[g].rule.id + " (the first is at line " +
                              std::to_string(first->second.line) + "); record one, with one reason");
      }
      ev_.departures.push_back(DepartureRecord{s, g, entry.reason.value, entry.where});
    }
  }

  const Inspection& in_;
  const Methodology& m_;
  Evidence ev_;
};

}  // namespace

Result<Evidence> Resolve(const Inspection& inspection,
                         std::shared_ptr<const Methodology> methodology) {
  try {
    return Resolver(inspection, std::move(methodology)).Resolve();
  } catch (const LoadError& e) {
    return e.error;
  }
}

}  // namespace rerate
