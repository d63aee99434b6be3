#include "whatif/whatif_render_parts.h"

#include "base/json.h"
#include "render/json_parts.h"
#include "render/wording.h"

namespace rerate {

std::string ExplanationsText(const std::vector<ChangeExplanation>& explanations, bool markdown) {
  std::string out;
  for (const ChangeExplanation& x : explanations) {
    out += (markdown ? "- **" + x.headline + "**" : "  " + x.headline) + "\n";
    for (const std::string& line : x.lines) out += (markdown ? "  - " : "    ") + line + "\n";
  }
  return out;
}

std::string ExplanationRulesText(const Methodology& m, const std::vector<ChangeExplanation>& explanations,
                                 bool markdown) {
  std::vector<std::string> rules;
  for (const ChangeExplanation& x : explanations) rules.insert(rules.end(), x.rules.begin(), x.rules.end());
  const std::string legend = RulesLegend(m, rules, markdown);
  if (legend.empty()) return "";
  return (markdown ? "### Rules named above\n\n" : "Rules named above\n") + legend + "\n";
}

Json ExplanationsJson(const std::vector<ChangeExplanation>& explanations) {
  Json items = Json::MakeArray();
  for (const ChangeExplanation& x : explanations) {
    Json lines = Json::MakeArray();
    for (const std::string& line : x.lines) lines.Push(line);
    Json rules = Json::MakeArray();
    for (const std::string& rule : x.rules) rules.Push(rule);
    items.Push(Json::MakeObject()
                   .Set("subject", x.subject)
                   .Set("headline", x.headline)
                   .Set("rules", std::move(rules))
                   .Set("lines", std::move(lines)));
  }
  return items;
}

Json ChangesJson(const std::vector<AppliedChange>& changes) {
  Json items = Json::MakeArray();
  for (const AppliedChange& change : changes) {
    Json cases = Json::MakeArray();
    for (const std::string& id : change.cases) cases.Push(id);
    items.Push(Json::MakeObject()
                   .Set("option", ChangeOptionName(change.spec.kind))
                   .Set("value", change.spec.value)
                   .Set("argument", ChangeArgument(change.spec))
                   .Set("where", change.spec.where.file.empty() ? Json(nullptr) : LocationJson(change.spec.where))
                   .Set("summary", change.summary)
                   .Set("cases", std::move(cases)));
  }
  return items;
}

Json StandardSideJson(const Methodology& m, const StandardResult& result) {
  const char* status = result.status == StandardStatus::kRated      ? "rated"
                       : result.status == StandardStatus::kNotRated ? "not_rated"
                                                                     : "reported_only";
  Json applied = Json::MakeArray();
  for (std::string_view rule : result.applied) applied.Push(std::string(rule));
  return Json::MakeObject()
      .Set("status", status)
      .Set("rating", RatingJson(m, result.rating))
      .Set("computed_rating", RatingJson(m, result.computed))
      .Set("points", result.status == StandardStatus::kRated ? Json(result.points) : Json(nullptr))
      .Set("applied", std::move(applied));
}

Json SideBySideJson(Json before, Json after, bool changed) {
  return Json::MakeObject().Set("before", std::move(before)).Set("after", std::move(after)).Set("changed", changed);
}

}  // namespace rerate
