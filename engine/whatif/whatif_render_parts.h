// Private to the renderers of whatif and target: the pieces both print.
#pragma once

#include <string>
#include <vector>

#include "base/json.h"
#include "rerate/whatif.h"

namespace rerate {

// Each explanation: its headline, then one indented line per reason.
std::string ExplanationsText(const std::vector<ChangeExplanation>& explanations, bool markdown);

// "Rules named above", then what each rule the explanations name does (as
// the rules file describes it), then a blank line; "" when none is described.
std::string ExplanationRulesText(const Methodology& methodology, const std::vector<ChangeExplanation>& explanations,
                                 bool markdown);

Json ExplanationsJson(const std::vector<ChangeExplanation>& explanations);
// [{option, value, argument, where, summary, cases}]
Json ChangesJson(const std::vector<AppliedChange>& changes);
// {status, rating, computed_rating, points, applied}
Json StandardSideJson(const Methodology& methodology, const StandardResult& result);
// {before, after, changed}
Json SideBySideJson(Json before, Json after, bool changed);

}  // namespace rerate
