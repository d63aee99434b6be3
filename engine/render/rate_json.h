// `rate --format json`: one inspection's result as a JSON object.
#pragma once

#include <vector>

#include "base/json.h"
#include "rerate/render.h"

namespace rerate {

Json RateJson(const RateOutput& output);

// Pieces of it other commands give the same way: a standard with its key
// questions, the rules that changed a rating, a breakdown, an explanation.
Json StandardJson(const Evaluation& evaluation, const StandardResult& result);
Json EventsJson(const Evaluation& evaluation);
Json BreakdownJson(const Methodology& methodology, const Breakdown& breakdown);
Json TraceJson(const std::vector<TraceStep>& steps);

}  // namespace rerate
