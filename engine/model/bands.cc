#include <algorithm>
#include <string>

#include "rerate/bands.h"

namespace rerate {

int PrintedPercent(int yes, int relevant, Rounding rounding) {
  const std::int64_t scaled = 100LL * yes;
  const std::int64_t quotient = scaled / relevant;
  const std::int64_t twice_remainder = 2 * (scaled % relevant);
  if (twice_remainder > relevant) return static_cast<int>(quotient + 1);
  if (twice_remainder < relevant) return static_cast<int>(quotient);
  // Exactly half way (e.g. 20/32 = 62.5%): the rules file says which way.
  if (rounding == Rounding::kHalfUp) return static_cast<int>(quotient + 1);
  return static_cast<int>(quotient % 2 == 0 ? quotient : quotient + 1);
}

bool FractionAtLeast(int yes, int relevant, Fraction percent) {
  // yes/relevant >= numerator / (100 * denominator), cross-multiplied.
  return 100LL * yes * percent.denominator >= percent.numerator * relevant;
}

namespace {

bool PercentAtLeast(int percent, Fraction threshold) {
  return static_cast<std::int64_t>(percent) * threshold.denominator >= threshold.numerator;
}

}  // namespace

Rating BandOfFraction(const KqBanding& banding, int yes, int relevant) {
  // Bands tile 0%..100% in ascending order, so the answer is the last band
  // whose lower edge the fraction reaches.
  Rating band = banding.bands.front().rating;
  for (const KqBand& candidate : banding.bands) {
    if (FractionAtLeast(yes, relevant, candidate.from)) band = candidate.rating;
  }
  return band;
}

Rating BandOfPercent(const KqBanding& banding, int percent) {
  Rating band = banding.bands.front().rating;
  for (const KqBand& candidate : banding.bands) {
    if (PercentAtLeast(percent, candidate.from)) band = candidate.rating;
  }
  return band;
}

Rating BandOf(const KqBanding& banding, int yes, int relevant) {
  if (banding.decide_on == BandBasis::kExactFraction) {
    return BandOfFraction(banding, yes, relevant);
  }
  return BandOfPercent(banding, PrintedPercent(yes, relevant, banding.rounding));
}

namespace {

// The first yes count out of `relevant` whose printed figure is above
// `percent` (relevant + 1 when none is): the figure grows with yes.
std::int64_t FirstYesPrintingAbove(int percent, int relevant, Rounding rounding) {
  std::int64_t low = 0;
  std::int64_t high = static_cast<std::int64_t>(relevant) + 1;  // relevant may be INT_MAX
  while (low < high) {
    const std::int64_t mid = low + (high - low) / 2;
    if (PrintedPercent(static_cast<int>(mid), relevant, rounding) > percent) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return low;
}

// The fewest yes answers out of `relevant` at or above `from` percent, on
// the rules' own basis (relevant + 1 when none is).
std::int64_t FirstYesReaching(const KqBanding& banding, Fraction from, int relevant) {
  if (banding.decide_on == BandBasis::kExactFraction) {
    // yes >= from * relevant / 100, rounded up, in integers.
    const std::int64_t numerator = from.numerator * relevant;
    const std::int64_t denominator = 100 * from.denominator;
    return (numerator + denominator - 1) / denominator;
  }
  // The printed whole percentage reaches `from` once it reaches its ceiling.
  const std::int64_t ceiling = (from.numerator + from.denominator - 1) / from.denominator;
  return FirstYesPrintingAbove(static_cast<int>(ceiling) - 1, relevant, banding.rounding);
}

}  // namespace

std::optional<int> MinYesForBand(const KqBanding& banding, Rating rating, int relevant) {
  // A band's lowest count is where its lower edge is reached; the bands tile
  // 0% to 100%, so that count is in the band unless the band is too narrow to
  // hold any count, which BandOf itself settles.
  std::optional<int> fewest;
  for (const KqBand& band : banding.bands) {
    if (band.rating < rating) continue;
    const std::int64_t yes = FirstYesReaching(banding, band.from, relevant);
    if (yes > relevant || BandOf(banding, static_cast<int>(yes), relevant) < rating) continue;
    if (!fewest || yes < *fewest) fewest = static_cast<int>(yes);
  }
  return fewest;
}

bool BandsRise(const KqBanding& banding) {
  for (size_t i = 1; i < banding.bands.size(); ++i) {
    if (banding.bands[i].rating <= banding.bands[i - 1].rating) return false;
  }
  return true;
}

YesCounts YesCountsPrinting(int percent, int relevant, Rounding rounding) {
  return YesCounts{FirstYesPrintingAbove(percent - 1, relevant, rounding),
                   FirstYesPrintingAbove(percent, relevant, rounding) - 1};
}

BandRange PrintedBandRange(const KqBanding& banding, int percent) {
  // The exact values printing as P run from P - 0.5 to P + 0.5 (clamped to
  // 0..100); kept in halves of a percent, i.e. as fractions of 200.  Which
  // ends belong depends on the rounding: half up keeps the lower end, half
  // even keeps both ends of an even P and neither of an odd one.
  const int low_halves = std::max(2 * percent - 1, 0);
  const int high_halves = std::min(2 * percent + 1, 200);
  const bool high_included = percent == 100 || (banding.rounding == Rounding::kHalfEven && percent % 2 == 0);
  // Bands are closed below, so a value just above the lower end is in the
  // same band as the lower end itself.
  BandRange range{BandOfFraction(banding, low_halves, 200), BandOfFraction(banding, high_halves, 200)};
  if (high_included) return range;
  // The upper end itself is excluded: when it is exactly a band's lower edge,
  // the values just below it are in the band before.
  for (size_t i = 1; i < banding.bands.size(); ++i) {
    const Fraction& from = banding.bands[i].from;
    if (banding.bands[i].rating == range.high &&
        2 * from.numerator == static_cast<std::int64_t>(high_halves) * from.denominator) {
      range.high = banding.bands[i - 1].rating;
    }
  }
  return range;
}

BandRange PrintedBandRange(const KqBanding& banding, int percent, int relevant) {
  const YesCounts counts = YesCountsPrinting(percent, relevant, banding.rounding);
  return BandRange{BandOf(banding, static_cast<int>(counts.first), relevant),
                   BandOf(banding, static_cast<int>(counts.last), relevant)};
}

std::string ExactPercentText(int yes, int relevant, int decimals) {
  std::int64_t unit = 1;
  for (int i = 0; i < decimals; ++i) unit *= 10;
  const std::int64_t scaled = (2LL * 100 * unit * yes + relevant) / (2LL * relevant);
  std::string text = std::to_string(scaled / unit);
  if (decimals > 0) {
    std::string fraction = std::to_string(scaled % unit);
    fraction.insert(0, static_cast<size_t>(decimals) - fraction.size(), '0');
    text += "." + fraction;
  }
  return text;
}

std::string ExactPercentText(int yes, int relevant, const KqBanding& banding) {
  std::int64_t unit = 10;
  for (int decimals = 1; decimals <= 6; ++decimals, unit *= 10) {
    // The value shown, as a fraction of a percent: scaled / unit.
    const std::int64_t scaled = (2LL * 100 * unit * yes + relevant) / (2LL * relevant);
    bool same_side = true;
    for (const KqBand& band : banding.bands) {
      const bool shown_at_least = scaled * band.from.denominator >= band.from.numerator * unit;
      same_side = same_side && shown_at_least == FractionAtLeast(yes, relevant, band.from);
    }
    if (same_side || decimals == 6) return ExactPercentText(yes, relevant, decimals);
  }
  return ExactPercentText(yes, relevant, 6);
}

std::string FractionText(Fraction percent) {
  if (percent.numerator % percent.denominator == 0) {
    return std::to_string(percent.numerator / percent.denominator);
  }
  std::string text = std::to_string(percent.numerator / percent.denominator) + ".";
  std::int64_t remainder = percent.numerator % percent.denominator;
  // The loader admits at most four decimal places, so this ends.
  for (int digits = 0; remainder != 0 && digits < 6; ++digits) {
    remainder *= 10;
    text += static_cast<char>('0' + remainder / percent.denominator);
    remainder %= percent.denominator;
  }
  return text;
}

std::string BandRangeText(const KqBand& band) {
  const bool from_zero = band.from.numerator == 0;
  if (!band.below) return FractionText(band.from) + "% or more";
  if (from_zero) return "below " + FractionText(*band.below) + "%";
  return FractionText(band.from) + "% to below " + FractionText(*band.below) + "%";
}

}  // namespace rerate
