// Private to the renderers.
#pragma once

#include <string>
#include <vector>

#include "base/json.h"
#include "rerate/render.h"

namespace rerate {

// "court-work-caps-leadership: 1.1 Leadership Good -> Requires improvement. ..."
std::string EventText(const Methodology& methodology, const RuleEvent& event);

// "| a | b |": a Markdown table row, each cell's '|' escaped and line ends
// made spaces, so that a name can never break the table.
std::string MarkdownRow(const std::vector<std::string>& cells);

std::string RenderRateText(const RateReport& report, bool markdown);
std::string RenderSummaryText(const std::vector<RateReport>& reports, bool markdown);
std::string RenderBreakdown(const Evaluation& evaluation, const Breakdown& breakdown, bool markdown);

// JSON pieces, shared by every command that reports an evaluation.
Json RateJson(const RateReport& report);
Json KqJson(const Methodology& methodology, const KqResult& result);
Json RatingJson(const Methodology& methodology, const std::optional<Rating>& rating);
Json LocationJson(const SourceLocation& where);
// [{kind, rule, standard, message, where}] and [{rule, standard, message, where}].
Json WarningsJson(const Methodology& methodology, const std::vector<Warning>& warnings);
Json ViolationsJson(const Methodology& methodology, const std::vector<Violation>& violations);

}  // namespace rerate
