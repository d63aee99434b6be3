// `check --format json`.
#pragma once

#include <vector>

#include "base/json.h"
#include "rerate/check.h"

namespace rerate {

Json CheckJson(const CheckResult& result);
// One inspection's line of the summary: {inspection, file, ok, reproduced, explained, unverifiable, findings}.
Json CheckSummaryJson(const CheckSummaryRow& row);
Json CheckSummaryJson(const CheckResult& result);

}  // namespace rerate
