// `rate` as text and Markdown: the ratings table, key questions, the rules
// that changed something, warnings; the summary of several inspections.
#pragma once

#include <string>
#include <vector>

#include "rerate/render.h"

namespace rerate {

// "court-work-caps-leadership: 1.1 Leadership Good -> Requires improvement. ..."
std::string EventText(const Methodology& methodology, const RuleEvent& event);
// The same without the rule's id: "1.1 Leadership Good -> Requires improvement. ..."
std::string EventBody(const Methodology& methodology, const RuleEvent& event);

std::string RenderRateText(const RateOutput& output, bool markdown);
std::string RenderSummaryText(const std::vector<RateSummaryRow>& rows, bool markdown);
std::string RenderBreakdown(const Evaluation& evaluation, const Breakdown& breakdown, bool markdown);

}  // namespace rerate
