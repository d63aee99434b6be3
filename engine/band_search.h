// The fewest yes answers for a band, found by bisection when the bands rise
// with the percentage (what-if explanations, margins and targets ask this
// of counts as large as an input may give).
#pragma once

#include <optional>

#include "rerate/rules.h"

namespace rerate {

// Whether the bands' ratings rise with the percentage, so that a key
// question's band never falls as its yes answers grow.
bool BandsRise(const KqBanding& banding);

// MinYesForBand (rerate/bands.h): the fewest yes answers out of `relevant`
// in `rating` or higher, or nullopt.  Bisection when the bands rise (log n
// band checks), else MinYesForBand's scan.
std::optional<int> LeastYesForBand(const KqBanding& banding, Rating rating, int relevant);

}  // namespace rerate
