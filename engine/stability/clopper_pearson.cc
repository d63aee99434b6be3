#include "stability/clopper_pearson.h"

#include <algorithm>
#include <boost/math/distributions/binomial.hpp>
#include <cmath>

#include "rerate/bands.h"

namespace rerate {

Interval ClopperPearson(int yes, int relevant, double confidence) {
  using boost::math::binomial_distribution;
  const double tail = (1.0 - confidence) / 2.0;
  Interval interval;
  interval.low = yes == 0 ? 0.0 : binomial_distribution<double>::find_lower_bound_on_p(relevant, yes, tail);
  interval.high =
      yes == relevant ? 1.0 : binomial_distribution<double>::find_upper_bound_on_p(relevant, yes, tail);
  return interval;
}

int CompareWithFraction(double x, std::int64_t numerator, std::int64_t denominator) {
  const double nearest = static_cast<double>(numerator) / static_cast<double>(denominator);
  // `nearest` is within half a unit in the last place of the fraction, so a
  // double on either side of it is on that side of the fraction too.
  if (x < nearest) return -1;
  if (x > nearest) return 1;
  // x is the rounded quotient itself: the remainder nearest * denominator -
  // numerator is exactly representable, and one fused multiply-add gives it.
  const double remainder = std::fma(nearest, static_cast<double>(denominator), -static_cast<double>(numerator));
  return remainder > 0 ? 1 : (remainder < 0 ? -1 : 0);
}

namespace {

// The whole percentage x prints as under the rules' rounding: P when x lies
// from (2P - 1)/200 up to (2P + 1)/200, the ends as the rounding says.
int PrintedPercentOf(double x, Rounding rounding) {
  int percent = 0;
  for (int candidate = 1; candidate <= 100; ++candidate) {
    if (CompareWithFraction(x, 2 * candidate - 1, 200) >= 0) percent = candidate;
  }
  const bool halfway = percent > 0 && CompareWithFraction(x, 2 * percent - 1, 200) == 0;
  if (halfway && rounding == Rounding::kHalfEven && percent % 2 == 1) --percent;
  return percent;
}

}  // namespace

std::vector<Rating> BandsReached(const KqBanding& banding, Interval interval) {
  std::vector<Rating> ratings;
  if (banding.decide_on == BandBasis::kExactFraction) {
    for (const KqBand& band : banding.bands) {
      // The band [from, below) meets [low, high].
      const bool from_reached = CompareWithFraction(interval.high, band.from.numerator, 100 * band.from.denominator) >= 0;
      const bool below_reached =
          !band.below || CompareWithFraction(interval.low, band.below->numerator, 100 * band.below->denominator) < 0;
      if (from_reached && below_reached) ratings.push_back(band.rating);
    }
  } else {
    const int first = PrintedPercentOf(interval.low, banding.rounding);
    const int last = PrintedPercentOf(interval.high, banding.rounding);
    for (int percent = first; percent <= last; ++percent) ratings.push_back(BandOfPercent(banding, percent));
  }
  std::sort(ratings.begin(), ratings.end());
  ratings.erase(std::unique(ratings.begin(), ratings.end()), ratings.end());
  return ratings;
}

}  // namespace rerate
