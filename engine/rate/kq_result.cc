#include "rate/kq_result.h"

#include "base/text.h"
#include "rerate/bands.h"

namespace rerate {

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
    result.band = banding.decide_on == BandBasis::kExactFraction ? result.exact_band : result.printed_band;
    result.rounding_sensitive = *result.exact_band != *result.printed_band;
    return result;
  }
  // Printed figure only: its band is the only one known.
  result.percent = evidence.percent;
  result.printed_band = BandOfPercent(banding, evidence.percent);
  result.band = result.printed_band;
  if (banding.decide_on == BandBasis::kExactFraction) {
    const BandRange range = evidence.relevant > 0 ? PrintedBandRange(banding, evidence.percent, evidence.relevant)
                                                  : PrintedBandRange(banding, evidence.percent);
    result.edge_unknown = !range.Certain();
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

std::string KqValueText(const KqResult& result, const KqBanding& banding) {
  if (result.source == KqSource::kPercent) {
    return "printed " + std::to_string(result.percent) + "% (counts unknown)";
  }
  return OutOf(result.yes, result.relevant) + " = " +
         ExactPercentText(result.yes, result.relevant, banding) + "% (prints as " +
         std::to_string(result.percent) + "%)";
}

}  // namespace rerate
