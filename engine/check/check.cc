// check: an inspection's published: block against what its data and
// methodology give.  The engine computes (Resolve, Evaluate); the steps in
// check_*.cc only compare.
#include <algorithm>

#include "check/check_context.h"
#include "check/check_kq.h"
#include "check/check_published.h"
#include "check/check_ratings.h"
#include "check/check_score.h"
#include "load/yaml_reader.h"
#include "rerate/check.h"

namespace rerate {

const char* FindingKindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kArithmetic: return "arithmetic";
    case FindingKind::kBand: return "band";
    case FindingKind::kOverall: return "overall";
    case FindingKind::kRoundingSensitive: return "rounding-sensitive";
    case FindingKind::kPercentage: return "percentage";
    case FindingKind::kCap: return "cap";
    case FindingKind::kGuidance: return "guidance";
    case FindingKind::kDiscretion: return "discretion";
    case FindingKind::kRecorded: return "recorded";
  }
  return "";
}

const char* ValueStatusName(ValueStatus status) {
  switch (status) {
    case ValueStatus::kReproduced: return "reproduced";
    case ValueStatus::kExplained: return "explained";
    case ValueStatus::kFinding: return "finding";
    case ValueStatus::kUnverifiable: return "unverifiable";
  }
  return "";
}

std::string CheckValue::ToString() const {
  switch (type) {
    case Type::kNone: return "";
    case Type::kText: return text;
    case Type::kNumber: return std::to_string(number);
  }
  return "";
}

int CheckResult::Count(ValueStatus status) const {
  return static_cast<int>(std::count_if(values.begin(), values.end(),
                                        [&](const CheckedValue& value) { return value.status == status; }));
}

namespace {

std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "; " + b;
}

// Findings in the order of the values they are about.
void OrderFindings(CheckResult* result) {
  auto position = [&](const Finding& finding) {
    for (size_t i = 0; i < result->values.size(); ++i) {
      if (result->values[i].subject == finding.subject) return i;
    }
    return result->values.size();
  };
  std::stable_sort(result->findings.begin(), result->findings.end(),
                   [&](const Finding& a, const Finding& b) { return position(a) < position(b); });
}

// Marks each value from the findings and explanations about it.
void SettleStatuses(CheckResult* result) {
  OrderFindings(result);
  for (CheckedValue& value : result->values) {
    std::string found;
    for (const Finding& finding : result->findings) {
      if (finding.subject == value.subject) found = Join(found, std::string(FindingKindName(finding.kind)) + ": " + finding.detail);
    }
    if (!found.empty()) {
      value.status = ValueStatus::kFinding;
      value.detail = found;
      continue;
    }
    if (value.subject != value.standard) continue;  // explanations are about standards
    for (const Explanation& explanation : result->explained) {
      if (explanation.standard != value.subject) continue;
      value.status = ValueStatus::kExplained;
      value.detail = Join(value.detail, explanation.rule + ": " + explanation.detail +
                                            (explanation.reason.empty() ? "" : "; reason: \"" + explanation.reason + "\""));
    }
  }
}

}  // namespace

Result<CheckResult> CheckInspection(const Inspection& inspection, std::shared_ptr<const Methodology> methodology) {
  if (!inspection.published) {
    return Error{SourceLocation{inspection.file, 1, 1},
                 "no published: block: check compares what a report printed (published: score, max, overall, "
                 "standards, key_questions) with what the data give"};
  }
  Result<Evidence> evidence = Resolve(inspection, methodology);
  if (!evidence) return evidence.error();
  return CheckEvidence(*evidence, *inspection.published);
}

Result<CheckResult> CheckEvidence(const Evidence& evidence, const YamlBlock& block,
                                  const std::vector<std::string>& other_keys) {
  const std::shared_ptr<const Methodology>& methodology = evidence.methodology;
  Result<Published> published = CatchLoadErrors<Published>(
      evidence.file, [&] { return ReadPublished(block, *methodology, other_keys); });
  if (!published) return published.error();
  const Evaluation evaluation = Evaluate(evidence);
  for (const Violation& violation : evaluation.violations) {
    // Discretion beyond the distance allowed is a finding here; anything
    // else the evaluation cannot rate is an input error, as for rate.
    if (violation.rule != methodology->discretion.rule.id) return Error{violation.where, violation.message};
  }
  CheckResult result;
  result.methodology = methodology;
  result.inspection = evaluation.inspection;
  result.file = evaluation.file;
  result.cases_file = evaluation.cases_file;
  result.cases = evaluation.cases;
  CheckContext context{*methodology, evidence, evaluation, *published, ReportRatings(*published, evaluation), &result};
  CheckTotals(context);
  CheckStandards(context);
  CheckGuidanceOnReport(context);
  CheckKeyQuestions(context);
  SettleStatuses(&result);
  return result;
}

Result<CheckResult> CheckFile(const std::string& path, RulesLibrary& rules, const std::string& rules_override) {
  Result<Inspection> inspection = LoadInspection(path, rules.case_files());
  if (!inspection) return inspection.error();
  Result<std::shared_ptr<const Methodology>> methodology = rules.ForInspection(*inspection, rules_override);
  if (!methodology) return methodology.error();
  return CheckInspection(*inspection, *methodology);
}

}  // namespace rerate
