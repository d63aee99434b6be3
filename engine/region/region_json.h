// `rerate region --format json`: one region as a JSON object (README.md,
// "rerate region", gives its shape).
#pragma once

#include "base/json.h"
#include "rerate/region.h"

namespace rerate {

Json RegionJson(const RegionResult& result);

}  // namespace rerate
