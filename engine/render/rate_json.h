// `rate --format json`: one inspection's result as a JSON object.
#pragma once

#include "base/json.h"
#include "rerate/render.h"

namespace rerate {

Json RateJson(const RateOutput& output);

}  // namespace rerate
