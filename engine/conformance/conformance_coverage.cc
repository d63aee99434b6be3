// Coverage: which behaviours of each rule some passing test exercises.  A
// behaviour counts only when the test also expects the value it decides
// (a band, a rating, the score), so that a wrong answer would fail the test.
// The definitions are listed in README.md ("What exercises a rule").
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "base/text.h"
#include "model/names.h"
#include "rerate/bands.h"
#include "rerate/conformance.h"

namespace rerate {

int RulesCoverage::Uncovered() const {
  return static_cast<int>(std::count_if(obligations.begin(), obligations.end(),
                                        [](const Obligation& o) { return o.covered_by.empty(); }));
}

bool RulesCoverage::Met() const {
  const std::int64_t behaviours = static_cast<std::int64_t>(obligations.size());
  return (behaviours - Uncovered()) * kEveryBehaviour >= threshold * behaviours;
}

Result<int> ParseCoverageThreshold(const std::string& text) {
  const Error error{{}, "--threshold " + text + ": expected a percentage from 0 to 100, at most two decimals (80, 87.5)"};
  const size_t point = text.find('.');
  const std::string whole = text.substr(0, point);
  const std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  const auto digits = [](const std::string& part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() || whole.size() > 3 || !digits(whole) || !digits(fraction) || fraction.size() > 2 ||
      (point != std::string::npos && fraction.empty())) {
    return error;
  }
  const int hundredths = std::stoi(whole) * 100 + (fraction.empty() ? 0 : std::stoi((fraction + "0").substr(0, 2)));
  if (hundredths > kEveryBehaviour) return error;
  return hundredths;
}

namespace {

using Predicate = std::function<bool(const TestOutcome&)>;

struct Pending {
  Obligation obligation;
  Predicate met;
};

bool ChangedByRule(const Evaluation& e, int standard) {
  return std::any_of(e.events.begin(), e.events.end(), [&](const RuleEvent& event) {
    return event.standard == standard && event.kind != EventKind::kDeparture;
  });
}

const RuleEvent* FindEvent(const Evaluation& e, EventKind kind, const std::string& rule) {
  for (const RuleEvent& event : e.events) {
    if (event.kind == kind && event.rule == rule) return &event;
  }
  return nullptr;
}

bool HasCounts(const KqResult& kq) { return kq.source == KqSource::kCases || kq.source == KqSource::kCounts; }

// Any banded key question the test expects the band of that meets `test`.
bool AnyExpectedKq(const TestOutcome& t, const std::function<bool(const KqResult&)>& test) {
  const Methodology& m = *t.evaluation->methodology;
  for (const StandardResult& standard : t.evaluation->standards) {
    for (const KqResult& kq : standard.key_questions) {
      if (kq.band && t.spec.Expects("key_questions", m.key_questions[kq.key_question].id) && test(kq)) return true;
    }
  }
  return false;
}

std::string Names(const Methodology& m, const std::vector<Rating>& ratings) {
  std::vector<std::string> names;
  for (Rating rating : ratings) names.push_back(m.RatingName(rating));
  return OneOf(names);
}

class ObligationBuilder {
 public:
  explicit ObligationBuilder(const Methodology& m) : m_(m) {}

  std::vector<Pending> Build() {
    Scale();
    Banding();
    CaseRating();
    Judgement();
    Discretion();
    for (const Limit& limit : m_.limits) LimitObligations(limit);
    for (const Guidance& guide : m_.guidance) GuidanceObligations(guide);
    Overall();
    Breakdowns();
    Pools();
    return std::move(out_);
  }

 private:
  void Add(const RuleInfo& rule, std::string description, Predicate met) {
    out_.push_back(Pending{Obligation{rule.id, rule.where, std::move(description), ""}, std::move(met)});
  }

  std::string Label(int s) const { return StandardLabel(m_, s); }
  const std::string& Id(int s) const { return m_.standards[s].id; }

  void Scale() {
    for (size_t level = 0; level < m_.scale.levels.size(); ++level) {
      const Rating rating{static_cast<int>(level)};
      const ScaleLevel& scale_level = m_.scale.levels[level];
      Add(m_.scale.rule,
          "a standard rated " + scale_level.name + " (" + Plural(scale_level.points, "point") + "), the score expected",
          [rating](const TestOutcome& t) {
            return t.spec.Expects("score") &&
                   std::any_of(t.evaluation->standards.begin(), t.evaluation->standards.end(),
                               [&](const StandardResult& r) { return r.HasRating() && *r.rating == rating; });
          });
    }
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      if (!m_.standards[s].may_be_not_rated) continue;
      const int index = static_cast<int>(s);
      Add(m_.scale.rule,
          Label(index) + " " + m_.scale.not_rated_label + " (it scores nothing and lowers the maximum), the score expected",
          [index](const TestOutcome& t) {
            return t.spec.Expects("score") && t.evaluation->For(index).status == StandardStatus::kNotRated;
          });
    }
  }

  void Banding() {
    const KqBanding& banding = m_.banding;
    const bool exact = banding.decide_on == BandBasis::kExactFraction;
    for (size_t i = 1; i < banding.bands.size(); ++i) {
      const Fraction edge = banding.bands[i].from;
      const std::string at = FractionText(edge) + "%";
      const std::string upper = m_.RatingName(banding.bands[i].rating);
      const std::string lower = m_.RatingName(banding.bands[i - 1].rating);
      // Whole percentages p with p >= edge.
      auto reaches = [edge](std::int64_t p) { return p * edge.denominator >= edge.numerator; };
      if (exact) {
        Add(banding.rule, "a key question exactly on " + at + " (" + upper + "), its band expected",
            [edge](const TestOutcome& t) {
              return AnyExpectedKq(t, [&](const KqResult& kq) {
                return HasCounts(kq) && 100LL * kq.yes * edge.denominator == edge.numerator * kq.relevant;
              });
            });
        Add(banding.rule,
            "a key question just below " + at + " (" + lower + "; one more yes would reach it), its band expected",
            [edge](const TestOutcome& t) {
              return AnyExpectedKq(t, [&](const KqResult& kq) {
                return HasCounts(kq) && kq.yes < kq.relevant && !FractionAtLeast(kq.yes, kq.relevant, edge) &&
                       FractionAtLeast(kq.yes + 1, kq.relevant, edge);
              });
            });
      } else {
        Add(banding.rule, "a key question printed at the first whole percentage at or above " + at + " (" + upper +
                              "), its band expected",
            [reaches](const TestOutcome& t) {
              return AnyExpectedKq(t, [&](const KqResult& kq) { return reaches(kq.percent) && !reaches(kq.percent - 1); });
            });
        Add(banding.rule, "a key question printed at the last whole percentage below " + at + " (" + lower +
                              "), its band expected",
            [reaches](const TestOutcome& t) {
              return AnyExpectedKq(t, [&](const KqResult& kq) { return !reaches(kq.percent) && reaches(kq.percent + 1); });
            });
      }
    }
  }

  void CaseRating() {
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      const Standard& standard = m_.standards[s];
      if (standard.basis != StandardBasis::kCases || standard.reported_only) continue;
      const int index = static_cast<int>(s);
      const bool several = standard.key_questions.size() > 1;
      Add(m_.case_rating.rule,
          several ? Label(index) + " rated from key questions in two or more bands (the lowest decides), its rating expected"
                  : Label(index) + " rated from its key question, its rating expected",
          [index, several](const TestOutcome& t) {
            const StandardResult& r = t.evaluation->For(index);
            if (!r.HasRating() || !r.from_key_questions || ChangedByRule(*t.evaluation, index) ||
                !t.spec.Expects("standards", t.evaluation->methodology->standards[index].id)) {
              return false;
            }
            std::set<int> bands;
            for (const KqResult& kq : r.key_questions) {
              if (kq.band) bands.insert(kq.band->level);
            }
            return !several || bands.size() > 1;
          });
    }
  }

  void Judgement() {
    bool has_case_standard = false;
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      const Standard& standard = m_.standards[s];
      if (standard.reported_only) continue;
      if (standard.basis == StandardBasis::kCases) {
        has_case_standard = true;
        continue;
      }
      const int index = static_cast<int>(s);
      Add(m_.judgement.rule, Label(index) + " rated by inspectors (no limit changing it), its rating expected",
          [index](const TestOutcome& t) {
            return t.evaluation->For(index).HasRating() && !ChangedByRule(*t.evaluation, index) &&
                   t.spec.Expects("standards", t.evaluation->methodology->standards[index].id);
          });
    }
    if (!has_case_standard) return;
    Add(m_.judgement.rule, "a case standard with no key-question data, rated under ratings:, its rating expected",
        [](const TestOutcome& t) {
          const Methodology& m = *t.evaluation->methodology;
          for (const StandardResult& r : t.evaluation->standards) {
            const Standard& standard = m.standards[r.standard];
            if (standard.basis == StandardBasis::kCases && r.HasRating() && !r.from_key_questions &&
                !ChangedByRule(*t.evaluation, r.standard) && t.spec.Expects("standards", standard.id)) {
              return true;
            }
          }
          return false;
        });
  }

  void Discretion() {
    const DiscretionPolicy& policy = m_.discretion;
    const int most = policy.max_bands;
    const int widest = static_cast<int>(m_.scale.levels.size()) - 1;
    auto bands = [](int n) { return Plural(n, "band"); };
    if (most >= 1 && most <= widest) {
      Add(policy.rule, "discretion moving a case standard " + bands(most) + " (the most allowed), its rating expected",
          [most](const TestOutcome& t) {
            for (const RuleEvent& event : t.evaluation->events) {
              if (event.kind == EventKind::kDiscretion && std::abs(event.after->level - event.before->level) == most &&
                  t.spec.Expects("standards", t.evaluation->methodology->standards[event.standard].id)) {
                return true;
              }
            }
            return false;
          });
    }
    if (most + 1 <= widest) {
      Add(policy.rule,
          "discretion moving a case standard " + bands(most + 1) +
              " (one more than allowed): a violation, expected under violations",
          [most, id = policy.rule.id](const TestOutcome& t) {
            for (const DiscretionRecord& record : t.evidence->discretion) {
              const std::optional<Rating>& computed = t.evaluation->For(record.standard).computed;
              if (computed && std::abs(record.rating.level - computed->level) == most + 1 &&
                  t.spec.Expects("violations")) {
                return std::any_of(t.evaluation->violations.begin(), t.evaluation->violations.end(),
                                   [&](const Violation& v) { return v.rule == id; });
              }
            }
            return false;
          });
    }
  }

  void LimitObligations(const Limit& limit) {
    const int when = limit.when.standard;
    const int target = limit.standard;
    const Rating at_most = limit.at_most;
    const std::string cap = Label(target) + " above " + m_.RatingName(at_most);
    for (Rating rating : limit.when.ratings) {
      Add(limit.rule, "fires when " + Id(when) + " is " + m_.RatingName(rating) + ": " + cap + " is lowered, " +
                          Id(target) + "'s rating expected",
          [rating, when, target, id = limit.rule.id](const TestOutcome& t) {
            const RuleEvent* event = FindEvent(*t.evaluation, EventKind::kLimit, id);
            return event != nullptr && event->standard == target && t.evaluation->For(when).rating == rating &&
                   t.spec.Expects("standards", t.evaluation->methodology->standards[target].id);
          });
    }
    auto stays_above = [target, at_most](const TestOutcome& t) {
      const StandardResult& r = t.evaluation->For(target);
      return r.HasRating() && *r.rating > at_most &&
             t.spec.Expects("standards", t.evaluation->methodology->standards[target].id);
    };
    Add(limit.rule, "does not fire when " + Id(when) + " is rated other than " + Names(m_, limit.when.ratings) +
                        ": " + cap + " stays, its rating expected",
        [when, stays_above, condition = limit.when](const TestOutcome& t) {
          return t.evaluation->For(when).HasRating() && !t.evaluation->Holds(condition) && stays_above(t);
        });
    if (m_.standards[when].may_be_not_rated) {
      Add(limit.rule, "does not fire when " + Id(when) + " is " + m_.scale.not_rated_label + ": " + cap +
                          " stays, its rating expected",
          [when, stays_above](const TestOutcome& t) {
            return t.evaluation->For(when).status == StandardStatus::kNotRated && stays_above(t);
          });
    }
  }

  void GuidanceObligations(const Guidance& guide) {
    const int when = guide.when.standard;
    const int expect = guide.expect.standard;
    const std::string id = guide.rule.id;
    const std::string when_text = Id(when) + " " + Names(m_, guide.when.ratings);
    const std::string expect_text = Id(expect) + " " + Names(m_, guide.expect.ratings);
    const std::string observed = "; warnings and the rules applied to " + Id(when) + " expected";
    auto observes = [when](const TestOutcome& t) {
      return t.spec.Expects("warnings") && t.spec.Expects("applied", t.evaluation->methodology->standards[when].id);
    };
    Add(guide.rule, "followed: " + when_text + " and " + expect_text + observed,
        [observes, condition = guide.when, expected = guide.expect](const TestOutcome& t) {
          return t.evaluation->Holds(condition) && t.evaluation->Holds(expected) && observes(t);
        });
    Add(guide.rule,
        "does not apply: " + Id(when) + " rated other than " + Names(m_, guide.when.ratings) + " while " + Id(expect) +
            " is outside " + Names(m_, guide.expect.ratings) + observed,
        [observes, when, expect, condition = guide.when, expected = guide.expect](const TestOutcome& t) {
          return t.evaluation->For(when).HasRating() && t.evaluation->For(expect).HasRating() &&
                 !t.evaluation->Holds(condition) && !t.evaluation->Holds(expected) && observes(t);
        });
    Add(guide.rule, "departed from with a recorded reason; warnings and the rules applied to its standard expected",
        [id](const TestOutcome& t) {
          const RuleEvent* event = FindEvent(*t.evaluation, EventKind::kDeparture, id);
          return event != nullptr && !event->reason.empty() && t.spec.Expects("warnings") &&
                 t.spec.Expects("applied", t.evaluation->methodology->standards[event->standard].id);
        });
    Add(guide.rule, "departed from with no reason recorded: a warning" + observed, [observes, id](const TestOutcome& t) {
      return observes(t) && std::any_of(t.evaluation->warnings.begin(), t.evaluation->warnings.end(), [&](const Warning& w) {
               return w.kind == WarningKind::kDepartureWithoutReason && w.rule == id;
             });
    });
  }

  void Overall() {
    for (const ScoreTable& table : m_.overall.tables) {
      std::vector<ScoreBand> bands = table.bands;
      std::sort(bands.begin(), bands.end(), [](const ScoreBand& a, const ScoreBand& b) { return a.from < b.from; });
      for (size_t i = 1; i < bands.size(); ++i) {
        ScoreEdge(table.max, bands[i - 1].to, bands[i - 1].rating, "top");
        ScoreEdge(table.max, bands[i].from, bands[i].rating, "bottom");
      }
    }
  }

  void ScoreEdge(int max, int score, Rating rating, const char* end) {
    Add(m_.overall.rule,
        "score " + OutOf(score, max) + ": " + m_.RatingName(rating) + " (the " + end +
            " of its band), the score and overall rating expected",
        [max, score](const TestOutcome& t) {
          return t.evaluation->max == max && t.evaluation->score == score && t.spec.Expects("overall") &&
                 t.spec.Expects("score");
        });
  }

  void Breakdowns() {
    if (m_.breakdowns.rule.id.empty()) return;
    for (const Attribute& attribute : m_.breakdowns.attributes) {
      Add(m_.breakdowns.rule,
          "case data with a " + attribute.name + " column (read and checked, never rated), in a passing test",
          [name = attribute.name](const TestOutcome& t) {
            if (!t.evidence->cases) return false;
            const auto& columns = t.evidence->cases->attributes;
            return std::any_of(columns.begin(), columns.end(),
                               [&](const CaseData::AttributeColumn& column) { return column.name == name; });
          });
    }
  }

  // A region test whose pool `pool` read data from two or more PDUs of
  // `pdu_methodology` and which expects the band of the key question it fed.
  static bool Pooled(const TestOutcome& t, int pool, const std::string& pdu_methodology) {
    if (t.region == nullptr || t.region->pdu_methodology->name != pdu_methodology) return false;
    const PoolResult& result = t.region->pools[pool];
    const int from = static_cast<int>(std::count_if(result.contributions.begin(), result.contributions.end(),
                                                    [](const PoolContribution& c) { return c.relevant > 0; }));
    const Methodology& m = *t.evaluation->methodology;
    const int key_question = m.pooling.pools[pool].key_question;
    return result.used && from >= 2 && t.evaluation->ForKq(key_question).band &&
           t.spec.Expects("key_questions", m.key_questions[key_question].id);
  }

  void Pools() {
    if (!m_.IsRegional()) return;
    const Pooling& pooling = m_.pooling;
    for (size_t p = 0; p < pooling.pools.size(); ++p) {
      const Pool& pool = pooling.pools[p];
      const std::string& id = m_.key_questions[pool.key_question].id;
      const std::string cases = pool.cases ? " (cases whose " + pool.cases->attribute + " is " + pool.cases->value + ")" : "";
      for (const PoolSource& source : pool.from) {
        std::vector<std::string> reads;
        for (const PoolKeyQuestion& question : source.key_questions) reads.push_back(question.id);
        Add(pool.rule, std::string(PoolMethodName(pool.method)) + " of " + AllOf(reads) + cases + " from two or more " +
                           source.methodology + " PDUs into " + id + ", its band expected",
            [index = static_cast<int>(p), name = source.methodology](const TestOutcome& t) {
              return Pooled(t, index, name);
            });
      }
    }
    Add(pooling.rule, std::string("a pool with the default method, ") + PoolMethodName(pooling.method) +
                          ", reading two or more PDUs, its key question's band expected",
        [](const TestOutcome& t) {
          if (t.region == nullptr) return false;
          const Pooling& rules = t.evaluation->methodology->pooling;
          for (size_t p = 0; p < rules.pools.size(); ++p) {
            if (rules.pools[p].method == rules.method && Pooled(t, static_cast<int>(p), t.region->pdu_methodology->name)) {
              return true;
            }
          }
          return false;
        });
  }

  const Methodology& m_;
  std::vector<Pending> out_;
};

}  // namespace

std::vector<Obligation> ObligationsOf(const Methodology& methodology) {
  std::vector<Obligation> obligations;
  for (Pending& pending : ObligationBuilder(methodology).Build()) obligations.push_back(std::move(pending.obligation));
  return obligations;
}

// One rules file may be loaded more than once (by path and by name, or by two
// libraries): coverage is per file.
std::string FileKey(const Methodology& methodology) {
  std::error_code ignored;
  return std::filesystem::weakly_canonical(methodology.file, ignored).string();
}

std::vector<RulesCoverage> ComputeCoverage(const std::vector<TestOutcome>& outcomes, int threshold) {
  std::vector<RulesCoverage> coverage;
  for (const TestOutcome& outcome : outcomes) {
    if (outcome.methodology == nullptr) continue;
    const std::string key = FileKey(*outcome.methodology);
    const bool seen = std::any_of(coverage.begin(), coverage.end(),
                                  [&](const RulesCoverage& c) { return FileKey(*c.methodology) == key; });
    if (seen) continue;
    std::vector<Pending> pending = ObligationBuilder(*outcome.methodology).Build();
    for (const TestOutcome& test : outcomes) {
      if (test.methodology == nullptr || test.status != TestStatus::kPassed || FileKey(*test.methodology) != key) continue;
      for (Pending& item : pending) {
        if (item.obligation.covered_by.empty() && item.met(test)) item.obligation.covered_by = test.file;
      }
    }
    RulesCoverage entry{outcome.methodology, {}, threshold};
    for (Pending& item : pending) entry.obligations.push_back(std::move(item.obligation));
    coverage.push_back(std::move(entry));
  }
  return coverage;
}

}  // namespace rerate
