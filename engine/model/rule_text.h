// Each rule of a methodology described in words, for readers who do not know
// the rule ids: the rules file's description: of the rule, or where it gives
// none, what the rule does with the numbers of this file.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "rerate/rules.h"

namespace rerate {

// Every rule id of the methodology (Methodology::Rules() order) and its
// description.
std::vector<std::pair<std::string, std::string>> RuleDescriptions(const Methodology& methodology);

// The description of one rule id; "" for an id the methodology does not have.
std::string RuleDescription(const Methodology& methodology, const std::string& rule_id);

}  // namespace rerate
