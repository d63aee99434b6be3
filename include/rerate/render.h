// What `rate` prints: for people (table, markdown) and for scripts (json).
#pragma once

#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/format.h"
#include "rerate/result.h"
#include "rerate/trace.h"

namespace rerate {

// What `rate` shows for one inspection.
struct RateOutput {
  const Evaluation* evaluation = nullptr;
  const std::vector<TraceStep>* trace = nullptr;  // --explain
  const Breakdown* breakdown = nullptr;           // --by
  // Text and Markdown: ids alone, without each key question's wording and
  // each rule's description (--brief).
  bool brief = false;
};

// One inspection: the ratings table in the report's shape, each case
// standard's key questions with what each asks, the rules that changed
// something with what each does, warnings.
std::string RenderRate(const RateOutput& output, Format format);

// Several inspections: each result, then a summary table.  JSON:
// {"results": [...], "summary": [...]}.
std::string RenderRateMany(const std::vector<RateOutput>& outputs, Format format);

}  // namespace rerate
