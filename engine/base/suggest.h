// "Did you mean ...?": the nearest valid name to a mistyped one.  DidYouMean
// itself is public (rerate/suggest.h).
#pragma once

#include <string>
#include <vector>

#include "rerate/suggest.h"

namespace rerate {

// Case-insensitive edit distance between two names.
int EditDistance(const std::string& a, const std::string& b);

// The candidate nearest to `wrong`, or "" when none is close enough to be a
// likely typo.  When some likely ones are in `preferred`, the nearest of
// those: "1.5" in ratings: that give 1.1 to 1.3 means 1.4 rather than 1.1,
// though both are one edit away.
std::string Nearest(const std::string& wrong, const std::vector<std::string>& candidates,
                    const std::vector<std::string>& preferred = {});

}  // namespace rerate
