// `rerate test --format junit`: JUnit XML for continuous integration.
#pragma once

#include <string>
#include <vector>

#include "rerate/conformance.h"

namespace rerate {

std::string JunitText(const TestRun& run, const std::vector<RulesCoverage>* coverage);

}  // namespace rerate
