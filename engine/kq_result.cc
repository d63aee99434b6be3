#include "kq_result.h"

#include <set>

#include "rerate/bands.h"

namespace rerate {

namespace {

// With only the printed figure, the exact value lies in [P - 0.5, P + 0.5);
// the band is unknown when a band edge falls strictly inside that range.
bool PrintedOnEdge(const KqBanding& banding, int percent) {
  for (const KqBand& band : banding.bands) {
    // percent - 0.5 < from < percent + 0.5, in halves: 2*percent - 1 < 2*from < 2*percent + 1.
    const std::int64_t twice_from_num = 2 * band.from.numerator;
    const std::int64_t den = band.from.denominator;
    if (twice_from_num > (2LL * percent - 1) * den && twice_from_num < (2LL * percent + 1) * den &&
        band.from.numerator != 0) {
      return true;
    }
  }
  return false;
}

// With the printed figure and the relevant count but several counts that
// print the same, the band is unknown when those counts fall in two bands.
bool CountsSpanBands(const KqBanding& banding, int percent, int relevant) {
  std::set<int> bands;
  for (int yes = 0; yes <= relevant; ++yes) {
    if (PrintedPercent(yes, relevant, banding.rounding) == percent) {
      bands.insert(BandOfFraction(banding, yes, relevant).level);
    }
  }
  return bands.size() > 1;
}

}  // namespace

KqResult ComputeKqResult(const Methodology& m, const KqEvidence& evidence, int key_question) {
  KqResult result;
  result.key_question = key_question;
  result.source = evidence.source;
  result.yes = evidence.yes;
  result.relevant = evidence.relevant;
  if (!evidence.HasResult()) return result;
  result.has_result = true;
  const KqBanding& banding = m.banding;
  if (evidence.HasCounts()) {
    result.percent = PrintedPercent(evidence.yes, evidence.relevant, banding.rounding);
    result.exact_band = BandOfFraction(banding, evidence.yes, evidence.relevant);
    result.printed_band = BandOfPercent(banding, result.percent);
    result.band = BandOf(banding, evidence.yes, evidence.relevant);
    result.rounding_sensitive = *result.exact_band != *result.printed_band;
    return result;
  }
  // Printed figure only: its band is the only one known.
  result.percent = evidence.percent;
  result.printed_band = BandOfPercent(banding, evidence.percent);
  result.band = result.printed_band;
  if (banding.decide_on == BandBasis::kExactFraction) {
    result.edge_unknown = evidence.relevant > 0
                              ? CountsSpanBands(banding, evidence.percent, evidence.relevant)
                              : PrintedOnEdge(banding, evidence.percent);
  }
  return result;
}

namespace {

// The value as a fraction numerator/denominator.
std::pair<std::int64_t, std::int64_t> Value(const KqResult& result) {
  if (result.source == KqSource::kPercent) return {result.percent, 100};
  return {result.yes, result.relevant};
}

}  // namespace

bool KqValueLess(const KqResult& a, const KqResult& b) {
  auto [an, ad] = Value(a);
  auto [bn, bd] = Value(b);
  return an * bd < bn * ad;
}

bool KqValueEqual(const KqResult& a, const KqResult& b) {
  auto [an, ad] = Value(a);
  auto [bn, bd] = Value(b);
  return an * bd == bn * ad;
}

std::string KqValueText(const KqResult& result) {
  if (result.source == KqSource::kPercent) {
    return "printed " + std::to_string(result.percent) + "% (counts unknown)";
  }
  return std::to_string(result.yes) + "/" + std::to_string(result.relevant) + " = " +
         ExactPercentText(result.yes, result.relevant) + "% (prints as " +
         std::to_string(result.percent) + "%)";
}

}  // namespace rerate
