// The output formats every command that prints results offers.
#pragma once

#include <string>

#include "rerate/result.h"

namespace rerate {

enum class Format { kText, kMarkdown, kJson };

// "text" (or its old name "table"), "markdown" or "json".
Result<Format> ParseFormat(const std::string& name);

}  // namespace rerate
