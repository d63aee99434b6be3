// The output formats every command that prints results offers.
#pragma once

#include <string>

#include "rerate/result.h"

namespace rerate {

enum class Format { kText, kMarkdown, kJson, kHtml };

// "text" (or its old name "table"), "markdown" or "json"; and "html" where the
// command offers it (`rate`: RenderRateHtml in serve.h).
Result<Format> ParseFormat(const std::string& name, bool html = false);

}  // namespace rerate
