// `rate --format json`: one inspection's result, streamed, and the pieces of
// it other commands give the same way (a standard with its key questions, the
// rules that changed a rating, a breakdown, an explanation), written once for
// the streaming writer and wrapped as Json values for builders.
#pragma once

#include <vector>

#include "base/json.h"
#include "rerate/render.h"

namespace rerate {

void WriteRateJson(JsonWriter& out, const RateOutput& output);

void WriteStandard(JsonWriter& out, const Evaluation& evaluation, const StandardResult& result);
void WriteEvents(JsonWriter& out, const Evaluation& evaluation);
void WriteBreakdown(JsonWriter& out, const Methodology& methodology, const Breakdown& breakdown);
// Its fields alone, inside an object the caller opens (to add its own).
void WriteBreakdownFields(JsonWriter& out, const Methodology& methodology, const Breakdown& breakdown);
void WriteTrace(JsonWriter& out, const std::vector<TraceStep>& steps);

Json StandardJson(const Evaluation& evaluation, const StandardResult& result);
Json EventsJson(const Evaluation& evaluation);
Json TraceJson(const std::vector<TraceStep>& steps);

}  // namespace rerate
