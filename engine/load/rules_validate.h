// Whole-file checks of a rules file once it is parsed: what no single
// section can check on its own.
#pragma once

#include "rerate/rules.h"

namespace rerate {

// Unique ids, bands that tile 0% to 100%, score tables that tile 0..max, a
// table for every reachable maximum.  Fails (LoadError) on the first error.
void ValidateRules(const Methodology& methodology);

}  // namespace rerate
