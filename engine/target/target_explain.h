// Saying why casework alone cannot reach a target.
#pragma once

#include <string>
#include <vector>

#include "rerate/target.h"
#include "target/target_search.h"

namespace rerate {

// Why casework alone falls short, read from the ceiling evaluation.
std::vector<std::string> WhyUnreachable(const TargetSearch& search, const Evaluation& ceiling,
                                        const TargetSpec& spec);

}  // namespace rerate
