// Names of methodology items for messages and explanations.
#pragma once

#include <string>
#include <vector>

#include "rerate/evidence.h"
#include "rerate/rules.h"

namespace rerate {

// "2.1 Court work"
std::string StandardLabel(const Methodology& methodology, int standard);

std::vector<std::string> StandardIds(const Methodology& methodology);
std::vector<std::string> KeyQuestionIds(const Methodology& methodology);
// Key-question and prompt ids: every name a CSV column may carry.
std::vector<std::string> AnswerColumnIds(const Methodology& methodology);
std::vector<std::string> RatingNames(const Methodology& methodology);
std::vector<std::string> GuidanceIds(const Methodology& methodology);

// "Requires improvement or Good".
std::string RatingsText(const Methodology& methodology, const std::vector<Rating>& ratings);

// "2.1 Court work is Inadequate", "2.4 ... is one of Requires improvement or Good".
std::string ConditionText(const Methodology& methodology, const RatingCondition& condition);

// "yes", "no" or "n/a", as case files and messages write an answer.
const char* AnswerName(Answer answer);

// "Requires improvement", or the scale's "Not rated" label for nullopt.
std::string RatingText(const Methodology& methodology, const std::optional<Rating>& rating);

}  // namespace rerate
