// Private to DiffInspections.
#pragma once

#include <vector>

#include "rerate/diff.h"
#include "rerate/evaluate.h"

namespace rerate {

// Every key-question band, standard rating, score and overall rating that
// differs between `before` and `after` (one inspection, two methodologies),
// matched by id, each with the rule responsible.
// How the output names one side of the comparison: its methodology's name,
// or its file when both sides carry the same name (an edited copy).
std::string SideLabel(const Methodology& side, const Methodology& other);

std::vector<Change> CompareEvaluations(const Evaluation& before, const Evaluation& after);

}  // namespace rerate
