// `check` as text and Markdown.
#pragma once

#include <string>
#include <vector>

#include "rerate/check.h"

namespace rerate {

// "52%" for a key question, "Good" or "10" otherwise.
std::string PublishedText(const CheckedValue& value);
// "published Good, computed Requires improvement (lowest-kq) at file:line:col"
std::string FindingSummary(const Methodology& methodology, const Finding& finding);
// "OK: 26 published values: 25 reproduced, ..." or "FINDINGS: ...".
std::string CheckVerdict(const CheckResult& result, bool markdown);

std::string RenderCheckText(const CheckResult& result, bool markdown);
std::string RenderCheckSummaryText(const std::vector<CheckSummaryRow>& rows, bool markdown);
std::string RenderCheckSummaryText(const std::vector<CheckResult>& results, bool markdown);

}  // namespace rerate
