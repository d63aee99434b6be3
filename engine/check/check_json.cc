// `check --format json`: the same result for scripts.  Keys are stable and
// documented in README.md; a value is a rating name, a whole number or null.
#include "check/check_json.h"

#include "base/json.h"
#include "render/json_parts.h"

namespace rerate {

namespace {

Json ValueJson(const CheckValue& value) {
  switch (value.type) {
    case CheckValue::Type::kNone: return Json(nullptr);
    case CheckValue::Type::kText: return Json(value.text);
    case CheckValue::Type::kNumber: return Json(value.number);
  }
  return Json(nullptr);
}

Json TextOrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json CountsJson(const CheckResult& result) {
  return Json::MakeObject()
      .Set("published", static_cast<int>(result.values.size()))
      .Set("reproduced", result.Count(ValueStatus::kReproduced))
      .Set("explained", result.Count(ValueStatus::kExplained))
      .Set("unverifiable", result.Count(ValueStatus::kUnverifiable))
      .Set("findings", static_cast<int>(result.findings.size()));
}

Json ValuesJson(const CheckResult& result) {
  Json values = Json::MakeArray();
  for (const CheckedValue& value : result.values) {
    values.Push(Json::MakeObject()
                    .Set("subject", value.subject)
                    .Set("standard", TextOrNull(value.standard))
                    .Set("name", TextOrNull(value.name))
                    .Set("published", ValueJson(value.published))
                    .Set("computed", ValueJson(value.computed))
                    .Set("status", ValueStatusName(value.status))
                    .Set("detail", value.detail)
                    .Set("where", LocationJson(value.where)));
  }
  return values;
}

Json FindingsJson(const CheckResult& result) {
  Json findings = Json::MakeArray();
  for (const Finding& finding : result.findings) {
    findings.Push(Json::MakeObject()
                      .Set("kind", FindingKindName(finding.kind))
                      .Set("subject", finding.subject)
                      .Set("standard", TextOrNull(finding.standard))
                      .Set("key_question", TextOrNull(finding.key_question))
                      .Set("published", ValueJson(finding.published))
                      .Set("computed", ValueJson(finding.computed))
                      .Set("rule", finding.rule)
                      .Set("detail", finding.detail)
                      .Set("where", LocationJson(finding.where)));
  }
  return findings;
}

Json ExplainedJson(const CheckResult& result) {
  Json explained = Json::MakeArray();
  for (const Explanation& item : result.explained) {
    explained.Push(Json::MakeObject()
                       .Set("kind", item.kind)
                       .Set("standard", item.standard)
                       .Set("rule", item.rule)
                       .Set("reason", TextOrNull(item.reason))
                       .Set("detail", item.detail));
  }
  return explained;
}

}  // namespace

Json CheckJson(const CheckResult& result) {
  Json reproduced = Json::MakeArray();
  for (const CheckedValue& value : result.values) {
    if (value.status == ValueStatus::kReproduced) reproduced.Push(value.subject);
  }
  Json notes = Json::MakeArray();
  for (const CheckNote& note : result.notes) {
    notes.Push(Json::MakeObject().Set("subject", TextOrNull(note.subject)).Set("message", note.message));
  }
  const Methodology& m = *result.methodology;
  return Json::MakeObject()
      .Set("inspection", result.inspection)
      .Set("file", result.file)
      .Set("methodology", m.name)
      .Set("rules_file", m.file)
      .Set("cases", result.cases_file.empty()
                        ? Json(nullptr)
                        : Json::MakeObject().Set("file", result.cases_file).Set("count", result.cases))
      .Set("ok", result.ok())
      .Set("counts", CountsJson(result))
      .Set("values", ValuesJson(result))
      .Set("reproduced", std::move(reproduced))
      .Set("explained", ExplainedJson(result))
      .Set("findings", FindingsJson(result))
      .Set("notes", std::move(notes));
}

Json CheckSummaryJson(const CheckSummaryRow& row) {
  return Json::MakeObject()
      .Set("inspection", row.inspection)
      .Set("file", row.file)
      .Set("ok", row.ok)
      .Set("reproduced", row.reproduced)
      .Set("explained", row.explained)
      .Set("unverifiable", row.unverifiable)
      .Set("findings", row.findings);
}

Json CheckSummaryJson(const CheckResult& result) { return CheckSummaryJson(SummaryRowOf(result)); }



}  // namespace rerate
