// Clopper-Pearson ("exact") confidence intervals for a key question's share
// of yes answers, and the bands such an interval reaches.
//
// Why this interval: it inverts two one-sided binomial tests, so its
// coverage is at least the level asked for every n and every true share.
// Wald's k/n +- z sqrt(p(1-p)/n) is wrong exactly where inspections live:
// at small n it covers far less often than it claims, and at k = 0 or k = n
// it has width zero (4/4 would be "100% to 100%").
#pragma once

#include <cstdint>
#include <vector>

#include "rerate/rules.h"

namespace rerate {

struct Interval {
  double low = 0;
  double high = 1;
};

// The two-sided interval for yes out of relevant (relevant >= 1) at
// `confidence` (0 < confidence < 1): Boost.Math's binomial bounds (beta
// quantiles), with low 0 at yes = 0 and high 1 at yes = relevant.
Interval ClopperPearson(int yes, int relevant, double confidence);

// -1, 0 or 1 as x is below, at or above numerator/denominator, decided
// exactly for the double x (denominator > 0, both below 2^53).
int CompareWithFraction(double x, std::int64_t numerator, std::int64_t denominator);

// The ratings of the bands the shares from low to high fall in, lowest
// first, on the rules' own basis (the exact share, or its printed whole
// percentage).  The ends are compared with the band edges exactly, as the
// doubles they are.
std::vector<Rating> BandsReached(const KqBanding& banding, Interval interval);

}  // namespace rerate
