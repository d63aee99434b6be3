// Private to Evaluate: the steps after each standard has its own rating.
#pragma once

#include "rerate/evaluate.h"

namespace rerate {

// Recorded discretion: the final rating of a case standard differs from its
// computed one; beyond the policy's distance it is a Violation.
void ApplyDiscretion(const Evidence& evidence, Tracer* tracer, Evaluation* out);

// Hard limits, in file order, on the ratings as they stand.
void ApplyLimits(Tracer* tracer, Evaluation* out);

// Soft guidance: a departure is an event, with its recorded reason or a
// warning.
void CheckGuidance(const Evidence& evidence, Tracer* tracer, Evaluation* out);

// Points, score, maximum and the overall rating from the score tables.
void ScoreAndOverall(Tracer* tracer, Evaluation* out);

}  // namespace rerate
