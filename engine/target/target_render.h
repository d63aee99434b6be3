// Pieces of `target`'s text that its other renderers share.
#pragma once

#include <string>
#include <vector>

#include "rerate/target.h"

namespace rerate {

// "overall Good and 2.2 Assessment Good"
std::string TargetText(const Methodology& methodology, const TargetSpec& spec);
// " --overall Good --standard 2.2=Good", to repeat the target on a command line.
std::string TargetArguments(const Methodology& methodology, const TargetSpec& spec);
// " --set 1.1=Good ...": the what-if changes given to target, to repeat them.
std::string ScenarioArguments(const std::vector<AppliedChange>* scenario);
// "A, B and 3 more"
std::string CasesText(const std::vector<std::string>& cases, size_t at_most);
// "14/21 (67%, Good)": a plan step's key question after it.
std::string StepAfterText(const Methodology& methodology, const PlanStep& step);

}  // namespace rerate
