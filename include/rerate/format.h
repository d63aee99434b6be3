// The output formats every command that prints results offers.
#pragma once

#include <string>
#include <vector>

#include "rerate/result.h"

namespace rerate {

enum class Format { kText, kMarkdown, kJson, kHtml };

// "text" (or its old name "table"), "markdown" or "json"; and "html" where the
// command offers it (`rate`: RenderRateHtml in serve.h).  `others`: names
// the command reads before calling this (xlsx, csv), for the error message.
Result<Format> ParseFormat(const std::string& name, bool html = false, const std::vector<std::string>& others = {});

}  // namespace rerate
