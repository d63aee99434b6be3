// `stability` as text and Markdown.
#pragma once

#include <string>
#include <vector>

#include "rerate/stability.h"

namespace rerate {

std::string RenderStabilityText(const StabilityResult& result, bool markdown);
// inspection, method, overall rating and its share, the least stable
// standard, file.
std::string RenderStabilitySummaryText(const std::vector<StabilityResult>& results, bool markdown);

}  // namespace rerate
