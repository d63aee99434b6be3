// One key question's result: its band under the methodology's rule, and
// whether that band depends on how the percentage is rounded.
#pragma once

#include "rerate/evaluate.h"

namespace rerate {

KqResult ComputeKqResult(const Methodology& methodology, const KqEvidence& evidence, int key_question);

// a < b, comparing exact values: counts as yes/relevant, a printed-only
// figure as percent/100.
bool KqValueLess(const KqResult& a, const KqResult& b);
bool KqValueEqual(const KqResult& a, const KqResult& b);

// "11/21 = 52.4% (prints as 52%)" or "printed 44%, counts unknown"; the
// exact percentage never shown on the wrong side of a band edge.
std::string KqValueText(const KqResult& result, const KqBanding& banding);

}  // namespace rerate
