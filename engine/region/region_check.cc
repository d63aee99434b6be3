// `rerate check REGION.yaml`: what a regional report printed, against the
// PDUs' data.  The region's own ratings and each PDU's printed ratings are
// checked by the same code as an inspection's published: block
// (CheckEvidence); the pooled figures are compared here, one by one.
#include <algorithm>

#include "base/load_error.h"
#include "base/suggest.h"
#include "base/text.h"
#include "model/names.h"
#include "rerate/bands.h"
#include "rerate/region.h"

namespace rerate {

namespace {

CheckedValue PooledValue(const RegionResult& r, const PublishedPooled& printed) {
  const Methodology& m = *r.pdu_methodology;
  const int q = m.FindKeyQuestion(printed.key_question.value);
  if (q < 0) {
    Fail(printed.key_question.where, "no key question \"" + printed.key_question.value + "\" in " + m.name +
                                         " (the PDUs' methodology)" +
                                         DidYouMean(printed.key_question.value, KeyQuestionIds(m)));
  }
  const PooledResult& pooled = r.pooled[q];
  CheckedValue value;
  value.subject = printed.key_question.value;
  value.standard = m.standards[m.key_questions[q].standard].id;
  value.published = CheckValue::Number(printed.percent.value);
  value.where = printed.percent.where;
  if (!pooled.HasCounts()) {
    std::vector<std::string> names;
    for (int pdu : pooled.printed_only) names.push_back(r.pdus[pdu].evaluation.inspection);
    value.status = ValueStatus::kUnverifiable;
    value.detail = pooled.pdus == 0 ? "no PDU has data for " + value.subject + ": nothing to compare it with"
                                    : "counts unknown: " + AllOf(names) + Agree(names.size(), " gives", " give") +
                                          " a printed figure only, so the pooled figure cannot be recomputed";
    return value;
  }
  const int percent = PrintedPercent(pooled.yes, pooled.relevant, m.banding.rounding);
  value.computed = CheckValue::Number(percent);
  value.detail = "pooled over " + Plural(pooled.pdus, "PDU") + ": " + OutOf(pooled.yes, pooled.relevant) + " = " +
                 ExactPercentText(pooled.yes, pooled.relevant, m.banding) + "% prints as " + std::to_string(percent) + "%";
  value.status = percent == printed.percent.value ? ValueStatus::kReproduced : ValueStatus::kFinding;
  return value;
}

// The pooled figures as one result, in the PDU methodology's order.
CheckResult CheckPooled(const Region& region, const RegionResult& r) {
  CheckResult result;
  result.methodology = r.pdu_methodology;
  result.inspection = r.name + ": figures pooled over its " + Plural(static_cast<std::int64_t>(r.pdus.size()), "PDU");
  result.file = r.file;
  result.cases = r.Cases();
  for (const PublishedPooled& printed : region.published_pooled) result.values.push_back(PooledValue(r, printed));
  const Methodology& m = *r.pdu_methodology;
  std::stable_sort(result.values.begin(), result.values.end(), [&](const CheckedValue& a, const CheckedValue& b) {
    return m.FindKeyQuestion(a.subject) < m.FindKeyQuestion(b.subject);
  });
  for (CheckedValue& value : result.values) {
    if (value.status != ValueStatus::kFinding) continue;
    const std::string detail = value.detail + ", not " + value.published.ToString() + "%";
    result.findings.push_back(Finding{FindingKind::kPercentage, value.subject, value.standard, value.subject,
                                      value.published, value.computed, m.banding.rule.id, detail, value.where});
    value.detail = std::string(FindingKindName(FindingKind::kPercentage)) + ": " + detail;
  }
  return result;
}

const RegionPdu& FindPdu(const RegionResult& r, const Located<std::string>& name) {
  std::vector<std::string> names;
  for (const RegionPdu& pdu : r.pdus) {
    if (pdu.evaluation.inspection == name.value) return pdu;
    names.push_back(pdu.evaluation.inspection);
  }
  Fail(name.where, "no PDU \"" + name.value + "\" among the region's inspections" + DidYouMean(name.value, names) +
                       " (they are " + AllOf(names) + ")");
}

std::vector<CheckResult> CheckRegion(const Region& region, RulesLibrary& rules, const std::string& rules_override) {
  if (!region.regional.published) {
    Fail(SourceLocation{region.file, 1, 1},
         "no published: block: check compares what a regional report printed (published: pooled:, pdus:, and "
         "the region's score:, max:, overall:, standards: and key_questions:) with what the PDUs' data give");
  }
  const RegionResult r = ValueOrFail(RateRegion(region, rules, RegionOptions{rules_override, false, ""}));
  std::vector<CheckResult> results;
  if (r.evidence) results.push_back(ValueOrFail(CheckEvidence(*r.evidence, *region.regional.published, {"pooled", "pdus"})));
  if (!region.published_pooled.empty()) results.push_back(CheckPooled(region, r));
  for (const PublishedPdu& printed : region.published_pdus) {
    CheckResult pdu = ValueOrFail(CheckEvidence(FindPdu(r, printed.inspection).evidence, *printed.published));
    pdu.inspection += ", as " + r.name + "'s report prints it";
    results.push_back(std::move(pdu));
  }
  return results;
}

}  // namespace

Result<std::vector<CheckResult>> CheckRegionFile(const std::string& path, RulesLibrary& rules,
                                                 const std::string& rules_override) {
  Result<Region> region = LoadRegion(path);
  if (!region) return region.error();
  try {
    return CheckRegion(*region, rules, rules_override);
  } catch (const LoadError& e) {
    return e.error;
  }
}

}  // namespace rerate
