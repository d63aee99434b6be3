// `check --format json`.
#pragma once

#include <vector>

#include "base/json.h"
#include "rerate/check.h"

namespace rerate {

Json CheckJson(const CheckResult& result);
Json CheckManyJson(const std::vector<CheckResult>& results);

}  // namespace rerate
