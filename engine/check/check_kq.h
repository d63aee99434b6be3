// Check's key-question step: printed percentages against k/n, rounding-
// sensitive results, and what printed figures alone can decide.
#pragma once

#include <optional>

#include "check/check_context.h"
#include "rerate/bands.h"

namespace rerate {

// A key question's possible bands under the rules' own basis (exact fraction
// or printed percentage); none without a banded result.
std::optional<BandRange> KqBandRange(const Methodology& methodology, const KqResult& result);

// A case standard's possible ratings from its key questions (lowest of each).
std::optional<BandRange> StandardBandRange(const Methodology& methodology, const StandardResult& result);

// Percentages, rounding, band edges.
void CheckKeyQuestions(CheckContext& context);

}  // namespace rerate
