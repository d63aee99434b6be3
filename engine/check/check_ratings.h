// Check's ratings step: each published standard rating against the data,
// with discretion, limits and guidance read on the report's ratings.
#pragma once

#include "check/check_context.h"

namespace rerate {

// Ratings, caps, discretion, limits.
void CheckStandards(CheckContext& context);
void CheckGuidanceOnReport(CheckContext& context);

}  // namespace rerate
