#include "rerate/bands.h"

#include <string>

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

std::optional<int> MinYesForBand(const KqBanding& banding, Rating rating, int relevant) {
  // A linear scan rather than a bisection: it stays right even for a rules
  // file whose bands are not monotonic (lint warns about those).
  for (int yes = 0; yes <= relevant; ++yes) {
    if (BandOf(banding, yes, relevant) >= rating) return yes;
  }
  return std::nullopt;
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
