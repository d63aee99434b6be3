// Rendering results for people (table, markdown) and scripts (json).
#pragma once

#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/result.h"
#include "rerate/trace.h"

namespace rerate {

enum class Format { kTable, kMarkdown, kJson };

// "table", "markdown" or "json".
Result<Format> ParseFormat(const std::string& name);

// What `rate` shows for one inspection.
struct RateReport {
  const Evaluation* evaluation = nullptr;
  const std::vector<TraceStep>* trace = nullptr;  // --explain
  const Breakdown* breakdown = nullptr;           // --by
};

// One inspection: the ratings table in the report's shape, each case
// standard's key questions, the rules that changed something, warnings.
std::string RenderRate(const RateReport& report, Format format);

// Several inspections: each result, then a summary table.  JSON:
// {"results": [...], "summary": [...]}.
std::string RenderRateMany(const std::vector<RateReport>& reports, Format format);

}  // namespace rerate
