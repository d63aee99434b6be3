// The pools of a regional methodology: each reads some PDU key questions
// from every PDU (optionally only the cases with an attribute value) and
// gives one regional key question its yes/relevant, which Evaluate then
// bands like any other.  Exact: counts stay integers, a mean of percentages
// an integer fraction.
#include "region/region_pool.h"

#include <climits>
#include <numeric>

#include "base/load_error.h"
#include "base/text.h"
#include "load/case_headers.h"
#include "model/names.h"
#include "rate/tracing.h"
#include "rerate/bands.h"

namespace rerate {

std::optional<std::pair<std::int64_t, std::int64_t>> MeanOfFractions(
    const std::vector<std::pair<std::int64_t, std::int64_t>>& fractions) {
  if (fractions.empty()) return std::nullopt;
  std::int64_t common = 1;  // the least common denominator
  for (const auto& [yes, relevant] : fractions) {
    const std::int64_t step = relevant / std::gcd(common, relevant);
    if (__builtin_mul_overflow(common, step, &common)) return std::nullopt;
  }
  std::int64_t numerator = 0;
  for (const auto& [yes, relevant] : fractions) {
    std::int64_t term = 0;
    if (__builtin_mul_overflow(yes, common / relevant, &term) || __builtin_add_overflow(numerator, term, &numerator)) {
      return std::nullopt;
    }
  }
  std::int64_t denominator = 0;
  if (__builtin_mul_overflow(common, static_cast<std::int64_t>(fractions.size()), &denominator)) return std::nullopt;
  const std::int64_t divisor = std::gcd(numerator, denominator);
  if (divisor > 1) {
    numerator /= divisor;
    denominator /= divisor;
  }
  if (denominator > INT_MAX) return std::nullopt;
  return std::make_pair(numerator, denominator);
}

namespace {

// Why a pool cannot be computed, at the place that shows it.
struct PoolFailure {
  SourceLocation where;
  std::string message;
};

class PoolRunner {
 public:
  PoolRunner(const Region& region, Tracer* tracer, RegionResult* result, Inspection* regional)
      : region_(region), tracer_(tracer), out_(*result), regional_(*regional), m_(*result->methodology),
        pdu_m_(*result->pdu_methodology) {}

  void Run() {
    RefusePooledInRegion();
    std::vector<std::optional<PoolFailure>> failures;
    for (size_t p = 0; p < m_.pooling.pools.size(); ++p) {
      PoolResult pool_result;
      pool_result.pool = static_cast<int>(p);
      failures.push_back(Compute(m_.pooling.pools[p], &pool_result));
      out_.pools.push_back(std::move(pool_result));
    }
    for (size_t s = 0; s < m_.standards.size(); ++s) Settle(static_cast<int>(s), failures);
    for (const PoolResult& pool : out_.pools) TracePool(pool);
  }

 private:
  const std::string& Name(int pdu) const { return out_.pdus[pdu].evaluation.inspection; }
  const std::string& KqId(const Pool& pool) const { return m_.key_questions[pool.key_question].id; }

  // A key question a pool fills comes from the PDUs, never also from the
  // region file: one place for each figure.
  void RefusePooledInRegion() const {
    const Inspection& own = region_.regional;
    for (const Pool& pool : m_.pooling.pools) {
      if (pool.For(pdu_m_.name) == nullptr) continue;
      const std::string why = "key question " + KqId(pool) + " is pooled from the PDUs' data by " + pool.rule.id +
                              " (" + pool.rule.where.ToString() + "); the region file gives only key questions no "
                              "pool reads for " + pdu_m_.name;
      for (const KqAggregate& aggregate : own.key_questions) {
        if (aggregate.key_question.value == KqId(pool)) Fail(aggregate.key_question.where, why);
      }
      if (!own.cases) continue;
      for (const HeaderCell& cell : own.cases->header) {
        if (HeaderId(cell.text) == KqId(pool)) Fail(own.cases->At(own.cases->header_line, cell.column), why);
      }
    }
  }

  std::optional<PoolFailure> Compute(const Pool& pool, PoolResult* result) {
    const PoolSource* source = pool.For(pdu_m_.name);
    if (source == nullptr) return std::nullopt;  // reads nothing of this PDU methodology: no data
    std::int64_t yes = 0;
    std::int64_t relevant = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> fractions;
    for (size_t i = 0; i < out_.pdus.size(); ++i) {
      PoolContribution contribution{static_cast<int>(i), 0, 0};
      std::optional<PoolFailure> failure = pool.cases ? CountCases(pool, *source, &contribution)
                                                      : CountKeyQuestions(pool, *source, &contribution);
      if (failure) return failure;
      result->contributions.push_back(contribution);
      yes += contribution.yes;
      relevant += contribution.relevant;
      if (contribution.relevant > 0) fractions.emplace_back(contribution.yes, contribution.relevant);
    }
    if (pool.method == PoolMethod::kPooledCounts) {
      if (relevant > INT_MAX) {
        return PoolFailure{pool.rule.where, "pool " + pool.rule.id + ": " + std::to_string(relevant) +
                                                " relevant cases are more than a count can hold"};
      }
      result->yes = yes;
      result->relevant = relevant;
      return std::nullopt;
    }
    if (fractions.empty()) return std::nullopt;
    std::optional<std::pair<std::int64_t, std::int64_t>> mean = MeanOfFractions(fractions);
    if (!mean) {
      return PoolFailure{pool.rule.where, "pool " + pool.rule.id + ": the exact mean of " +
                                              Plural(static_cast<std::int64_t>(fractions.size()), "PDU percentage") +
                                              " needs a denominator larger than a count can hold; pool counts instead "
                                              "(method: pooled counts)"};
    }
    result->yes = mean->first;
    result->relevant = mean->second;
    return std::nullopt;
  }

  std::optional<PoolFailure> Add(const Pool& pool, int pdu, int key_question, std::int64_t yes,
                                 std::int64_t relevant, PoolContribution* contribution) {
    const std::int64_t total = contribution->relevant + relevant;
    if (total > INT_MAX) {
      return PoolFailure{out_.pdus[pdu].listed, "pool " + pool.rule.id + ": " + Name(pdu) + "'s counts of " +
                                                    pdu_m_.key_questions[key_question].id +
                                                    " and the other key questions it reads are more than a count can hold"};
    }
    contribution->yes += static_cast<int>(yes);
    contribution->relevant = static_cast<int>(total);
    return std::nullopt;
  }

  std::optional<PoolFailure> CountKeyQuestions(const Pool& pool, const PoolSource& source,
                                               PoolContribution* contribution) {
    const Evidence& evidence = out_.pdus[contribution->pdu].evidence;
    for (const PoolKeyQuestion& question : source.key_questions) {
      const int q = pdu_m_.FindKeyQuestion(question.id);
      const KqEvidence& kq = evidence.key_questions[q];
      if (kq.source == KqSource::kNone) continue;
      if (kq.source == KqSource::kPercent) {
        return PoolFailure{kq.where, "pool " + pool.rule.id + " needs counts: " + Name(contribution->pdu) + " gives " +
                                         question.id + " as a printed figure only (give {yes, relevant})"};
      }
      if (std::optional<PoolFailure> failure = Add(pool, contribution->pdu, q, kq.yes, kq.relevant, contribution)) {
        return failure;
      }
    }
    return std::nullopt;
  }

  std::optional<PoolFailure> CountCases(const Pool& pool, const PoolSource& source, PoolContribution* contribution) {
    const RegionPdu& pdu = out_.pdus[contribution->pdu];
    const PoolCases& cases = *pool.cases;
    const std::string keeps = "pool " + pool.rule.id + " counts only cases whose " + cases.attribute + " is " +
                              cases.value + ": ";
    if (!pdu.evidence.cases) return PoolFailure{pdu.listed, keeps + Name(contribution->pdu) + " has no case data"};
    Result<Breakdown> groups = BreakDown(pdu.evidence, cases.attribute);
    if (!groups) return PoolFailure{groups.error().where, keeps + groups.error().message};
    int group = -1;
    for (size_t g = 0; g < groups->groups.size(); ++g) {
      if (groups->groups[g] == cases.value) group = static_cast<int>(g);
    }
    for (const PoolKeyQuestion& question : source.key_questions) {
      const int q = pdu_m_.FindKeyQuestion(question.id);
      const KqEvidence& kq = pdu.evidence.key_questions[q];
      if (kq.source == KqSource::kNone) continue;
      if (kq.source != KqSource::kCases) {
        return PoolFailure{kq.where, keeps + Name(contribution->pdu) + " gives " + question.id +
                                         " as counts, not case answers"};
      }
      if (group < 0) continue;  // no case with that value
      for (const Breakdown::Row& row : groups->rows) {
        if (row.key_question != q) continue;
        if (std::optional<PoolFailure> failure =
                Add(pool, contribution->pdu, q, row.yes[group], row.relevant[group], contribution)) {
          return failure;
        }
      }
    }
    return std::nullopt;
  }

  std::string RatedOtherwise(int s) const {
    const std::string& id = m_.standards[s].id;
    for (const Located<std::string>& not_rated : region_.regional.not_rated) {
      if (not_rated.value == id) return StandardLabel(m_, s) + " is listed under not_rated: (" + not_rated.where.ToString() + ")";
    }
    for (const RatingEntry& rating : region_.regional.ratings) {
      if (rating.standard.value == id) return StandardLabel(m_, s) + " is rated under ratings: (" + rating.standard.where.ToString() + ")";
    }
    return "";
  }

  // A standard's pools either all give their data, or (when one cannot be
  // computed and the region rates the standard otherwise) none do.
  void Settle(int s, const std::vector<std::optional<PoolFailure>>& failures) {
    std::vector<int> pools;
    for (size_t p = 0; p < m_.pooling.pools.size(); ++p) {
      if (m_.key_questions[m_.pooling.pools[p].key_question].standard == s) pools.push_back(static_cast<int>(p));
    }
    if (pools.empty()) return;
    const std::string otherwise = RatedOtherwise(s);
    for (int p : pools) {
      if (!failures[p]) continue;
      if (otherwise.empty()) {
        Fail(failures[p]->where, failures[p]->message + "; or rate " + m_.standards[s].id + " under the region's "
                                                        "ratings:, or list it under not_rated:");
      }
      for (int unused : pools) {
        out_.pools[unused].used = false;
        out_.pools[unused].why_not_used = otherwise + ", and " + failures[p]->message;
      }
      return;
    }
    bool any_data = false;
    for (int p : pools) {
      const PoolResult& result = out_.pools[p];
      if (result.relevant == 0) continue;
      any_data = true;
      const Pool& pool = m_.pooling.pools[p];
      KqAggregate aggregate;
      aggregate.key_question = Located<std::string>{KqId(pool), pool.rule.where};
      aggregate.yes = Located<int>{static_cast<int>(result.yes), pool.rule.where};
      aggregate.relevant = Located<int>{static_cast<int>(result.relevant), pool.rule.where};
      aggregate.where = pool.rule.where;
      regional_.key_questions.push_back(std::move(aggregate));
    }
    if (any_data || !otherwise.empty() || pools.size() < m_.standards[s].key_questions.size()) return;
    std::vector<std::string> ids;
    for (int p : pools) ids.push_back(KqId(m_.pooling.pools[p]));
    Fail(region_.inspections_where, "no PDU has data for " + AllOf(ids) + ", the pooled key questions of " +
                                        StandardLabel(m_, s) + ": list " + m_.standards[s].id +
                                        " under not_rated:, or rate it under ratings:");
  }

  void TracePool(const PoolResult& result) {
    const Pool& pool = m_.pooling.pools[result.pool];
    Trace(tracer_, pool.rule.id, KqId(pool), [&] { return PoolSummary(out_, result); });
  }

  const Region& region_;
  Tracer* tracer_;
  RegionResult& out_;
  Inspection& regional_;
  const Methodology& m_;
  const Methodology& pdu_m_;
};

}  // namespace

std::string PoolSummary(const RegionResult& r, const PoolResult& result) {
  const Methodology& m = *r.methodology;
  const Pool& pool = m.pooling.pools[result.pool];
  const std::string& pdu_methodology = r.pdu_methodology->name;
  const PoolSource* source = pool.For(pdu_methodology);
  if (!result.used) return "not pooled: " + result.why_not_used;
  if (source == nullptr) return "reads no key question of " + pdu_methodology + ": no data";
  std::vector<std::string> ids;
  for (const PoolKeyQuestion& question : source->key_questions) ids.push_back(question.id);
  const std::string reads =
      AllOf(ids) + (pool.cases ? " in cases whose " + pool.cases->attribute + " is " + pool.cases->value : "");
  std::string parts;
  int with_data = 0;
  for (const PoolContribution& c : result.contributions) {
    if (!parts.empty()) parts += pool.method == PoolMethod::kPooledCounts ? " + " : ", ";
    parts += r.pdus[c.pdu].evaluation.inspection + " " + (c.relevant > 0 ? OutOf(c.yes, c.relevant) : "none");
    with_data += c.relevant > 0 ? 1 : 0;
  }
  const std::string method = PoolMethodName(pool.method);
  if (result.relevant == 0) return method + " of " + reads + " (" + parts + "): no relevant case";
  const std::string value = OutOf(result.yes, result.relevant) + " = " +
                            ExactPercentText(static_cast<int>(result.yes), static_cast<int>(result.relevant), m.banding) +
                            "%";
  if (pool.method == PoolMethod::kPooledCounts) return method + " of " + reads + ": " + parts + " = " + value;
  return method + " of " + reads + " over the " + Plural(with_data, "PDU") + " with a relevant case (" + parts +
         ") = " + value;
}

void RunPools(const Region& region, Tracer* tracer, RegionResult* result, Inspection* regional) {
  PoolRunner(region, tracer, result, regional).Run();
}

}  // namespace rerate
