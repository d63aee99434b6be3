// `target --format json`.
#pragma once

#include "base/json.h"
#include "rerate/target.h"

namespace rerate {

Json TargetJson(const TargetOutput& report);

}  // namespace rerate
