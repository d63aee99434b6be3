// Private to DiffInspections.
#pragma once

#include <vector>

#include "rerate/diff.h"
#include "rerate/evaluate.h"

namespace rerate {

// Every key-question band, standard rating, score and overall rating that
// differs between `before` and `after` (one inspection, two methodologies),
// matched by id, each with the rule responsible.
std::vector<Change> CompareEvaluations(const Evaluation& before, const Evaluation& after);

}  // namespace rerate
