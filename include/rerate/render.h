// What `rate` prints: for people (table, markdown) and for scripts (json).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
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

// The same, written one inspection at a time, so that each can be rated,
// written and freed in turn: RenderRatePart (pure: any thread may call it)
// renders one inspection, a RateManyWriter joins the parts in order.
struct RateSummaryRow {
  std::string inspection;
  std::string file;
  std::string methodology;
  int score = 0;
  int max = 0;
  std::string overall;  // the rating, or the scale's Not rated label
  bool has_overall = false;
};

struct RatePart {
  std::string text;  // the inspection's result as RenderRateMany prints it
  RateSummaryRow row;
};

RatePart RenderRatePart(const RateOutput& output, Format format);

class RateManyWriter {
 public:
  explicit RateManyWriter(Format format) : format_(format) {}

  // The text to write for the next inspection, in order.
  std::string Add(RatePart part);
  // The text that ends the output (the summary); "" when nothing was added.
  std::string Finish() const;
  // The same handed to `write` a piece at a time (a summary row each), so
  // that a summary of many thousands of rows is never one string.
  void Finish(const std::function<void(std::string_view)>& write) const;

 private:
  Format format_;
  std::vector<RateSummaryRow> rows_;
};

}  // namespace rerate
