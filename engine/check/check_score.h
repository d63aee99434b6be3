// Check's totals step: score, max and overall as arithmetic on the ratings
// the report prints.
#pragma once

#include "check/check_context.h"

namespace rerate {

void CheckTotals(CheckContext& context);

}  // namespace rerate
