// `rate --format json`: one inspection's result, streamed.
#pragma once

#include "base/json.h"
#include "rerate/render.h"

namespace rerate {

void WriteRateJson(JsonWriter& out, const RateOutput& output);

}  // namespace rerate
