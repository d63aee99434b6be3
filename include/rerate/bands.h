// Exact arithmetic for key-question results.  A result is the integer pair
// yes/relevant; it is compared with a band threshold by cross-multiplying,
// never through a floating-point percentage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "rerate/rules.h"

namespace rerate {

// The whole percentage a report prints for yes/relevant (relevant > 0).
int PrintedPercent(int yes, int relevant, Rounding rounding);

// yes/relevant >= percent/100, exactly.
bool FractionAtLeast(int yes, int relevant, Fraction percent);

// The band yes/relevant falls in, judged on the exact fraction.
Rating BandOfFraction(const KqBanding& banding, int yes, int relevant);

// The band a whole (printed) percentage falls in.
Rating BandOfPercent(const KqBanding& banding, int percent);

// The band under the methodology's own rule (exact fraction or printed
// percentage, as the rules file declares).
Rating BandOf(const KqBanding& banding, int yes, int relevant);

// The fewest yes answers out of `relevant` whose band is `rating` or higher,
// or nullopt when even relevant/relevant falls short.  Computed from the
// band edges, not by trying every count: `relevant` may be huge.
std::optional<int> MinYesForBand(const KqBanding& banding, Rating rating, int relevant);

// Whether the bands' ratings rise with the percentage, so that a key
// question's band never falls as its yes answers grow.
bool BandsRise(const KqBanding& banding);

// The yes counts out of `relevant` that print as `percent`: first..last (one
// run, since the printed figure grows with yes), found by bisection; first >
// last when no count prints as it.
struct YesCounts {
  std::int64_t first = 0;
  std::int64_t last = -1;
  bool Empty() const { return first > last; }
};
YesCounts YesCountsPrinting(int percent, int relevant, Rounding rounding);

// The bands a key question's exact value may lie in, lowest first.
struct BandRange {
  Rating low;
  Rating high;
  bool Certain() const { return low == high; }
};

// The bands of the exact values that print as `percent` under the rules'
// rounding, when only the printed figure is known.
BandRange PrintedBandRange(const KqBanding& banding, int percent);

// The bands of the counts out of `relevant` that print as `percent` (which
// must not be Empty()), under the rules' own basis.
BandRange PrintedBandRange(const KqBanding& banding, int percent, int relevant);

// "64.5": 100*yes/relevant to `decimals` places, rounded half up, for
// explanations only (never compared).
std::string ExactPercentText(int yes, int relevant, int decimals = 1);

// The same with as many decimals (one at least, six at most) as it takes to
// stay on the side of every band edge the exact value is on: 1999/4000 is
// "49.98", never "50.0" beside an edge at 50%.
std::string ExactPercentText(int yes, int relevant, const KqBanding& banding);

// "65", "62.5": a threshold as written.
std::string FractionText(Fraction percent);

// The band's range as text: "65% to below 80%", "80% or more".
std::string BandRangeText(const KqBand& band);

}  // namespace rerate
