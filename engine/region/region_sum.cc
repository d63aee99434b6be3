// Sums over the PDUs of a region.  A PDU without data for a key question
// adds nothing to it; one with a printed figure only leaves the pooled
// counts unknown, and says so, rather than being left out.
#include "region/region_sum.h"

#include <algorithm>
#include <climits>

#include "base/load_error.h"
#include "base/suggest.h"
#include "base/text.h"
#include "rate/kq_result.h"

namespace rerate {

namespace {

void Accumulate(int yes, int relevant, const std::string& what, const RegionResult& result, int* total_yes,
                int* total_relevant) {
  if (relevant > INT_MAX - *total_relevant) {
    Fail(SourceLocation{result.file, 0, 0}, "the pooled counts of " + what + " are more than a count can hold");
  }
  *total_yes += yes;
  *total_relevant += relevant;
}

PooledResult SumKeyQuestion(const RegionResult& result, int q) {
  const std::string& id = result.pdu_methodology->key_questions[q].id;
  PooledResult pooled;
  pooled.key_question = q;
  const KqResult* lowest = nullptr;
  const KqResult* highest = nullptr;
  for (size_t i = 0; i < result.pdus.size(); ++i) {
    const KqResult& kq = result.pdus[i].evaluation.ForKq(q);
    if (!kq.HasResult()) continue;
    ++pooled.pdus;
    if (kq.source == KqSource::kPercent) {
      pooled.printed_only.push_back(static_cast<int>(i));
    } else {
      Accumulate(kq.yes, kq.relevant, id, result, &pooled.yes, &pooled.relevant);
    }
    // Exact comparison; a tie keeps the PDU listed first.
    if (lowest == nullptr || KqValueLess(kq, *lowest)) {
      lowest = &kq;
      pooled.lowest = static_cast<int>(i);
    }
    if (highest == nullptr || KqValueLess(*highest, kq)) {
      highest = &kq;
      pooled.highest = static_cast<int>(i);
    }
  }
  return pooled;
}

}  // namespace

void SumPduResults(RegionResult* result) {
  const Methodology& m = *result->pdu_methodology;
  for (size_t q = 0; q < m.key_questions.size(); ++q) {
    result->pooled.push_back(SumKeyQuestion(*result, static_cast<int>(q)));
    for (const Prompt& prompt : m.key_questions[q].prompts) {
      PooledPrompt pooled{prompt.id, static_cast<int>(q), 0, 0, 0};
      for (const RegionPdu& pdu : result->pdus) {
        for (const PromptResult& answered : pdu.evaluation.prompts) {
          if (answered.id != prompt.id) continue;
          ++pooled.pdus;
          Accumulate(answered.yes, answered.relevant, prompt.id, *result, &pooled.yes, &pooled.relevant);
        }
      }
      if (pooled.pdus > 0) result->prompts.push_back(pooled);
    }
  }
}

namespace {

int GroupIndex(Breakdown* sum, const std::string& value) {
  for (size_t g = 0; g < sum->groups.size(); ++g) {
    if (sum->groups[g] == value) return static_cast<int>(g);
  }
  sum->groups.push_back(value);
  sum->group_cases.push_back(0);
  for (Breakdown::Row& row : sum->rows) {
    row.yes.push_back(0);
    row.relevant.push_back(0);
  }
  return static_cast<int>(sum->groups.size()) - 1;
}

Breakdown::Row& RowFor(Breakdown* sum, int key_question) {
  auto at = std::lower_bound(sum->rows.begin(), sum->rows.end(), key_question,
                             [](const Breakdown::Row& row, int q) { return row.key_question < q; });
  if (at == sum->rows.end() || at->key_question != key_question) {
    Breakdown::Row row;
    row.key_question = key_question;
    row.yes.assign(sum->groups.size(), 0);
    row.relevant.assign(sum->groups.size(), 0);
    at = sum->rows.insert(at, std::move(row));
  }
  return *at;
}

}  // namespace

Result<RegionBreakdown> SumBreakdown(const RegionResult& result, const std::string& attribute) {
  RegionBreakdown out;
  Breakdown& sum = out.pooled;
  sum.attribute = attribute;
  std::vector<std::string> carried;
  try {
    for (size_t i = 0; i < result.pdus.size(); ++i) {
      const Evidence& evidence = result.pdus[i].evidence;
      if (evidence.cases) {
        for (const CaseData::AttributeColumn& column : evidence.cases->attributes) {
          if (std::find(carried.begin(), carried.end(), column.name) == carried.end()) carried.push_back(column.name);
        }
      }
      Result<Breakdown> own = BreakDown(evidence, attribute);
      if (!own) {
        out.pdus_without.push_back(static_cast<int>(i));
        continue;
      }
      out.pdus_included.push_back(static_cast<int>(i));
      for (size_t g = 0; g < own->groups.size(); ++g) {
        const int group = GroupIndex(&sum, own->groups[g]);
        sum.group_cases[group] += own->group_cases[g];
        for (const Breakdown::Row& row : own->rows) {
          Breakdown::Row& total = RowFor(&sum, row.key_question);
          Accumulate(row.yes[g], row.relevant[g], attribute, result, &total.yes[group], &total.relevant[group]);
        }
      }
    }
  } catch (const LoadError& e) {
    return e.error;
  }
  if (out.pdus_included.empty()) {
    return Error{SourceLocation{result.file, 0, 0},
                 "--by " + attribute + ": no PDU's case data has a column \"" + attribute + "\"" +
                     DidYouMean(attribute, carried) +
                     (carried.empty() ? " (no PDU has case data with attributes)" : " (they carry " + AllOf(carried) + ")")};
  }
  return out;
}

}  // namespace rerate
