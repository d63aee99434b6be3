#include "rate/kq_result.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

std::string Name(const std::optional<Rating>& rating) {
  return rating ? testing::Rules2021()->RatingName(*rating) : "none";
}

KqEvidence Counts(int yes, int relevant) {
  KqEvidence evidence;
  evidence.source = KqSource::kCounts;
  evidence.yes = yes;
  evidence.relevant = relevant;
  return evidence;
}

KqEvidence Printed(int percent, int relevant = 0) {
  KqEvidence evidence;
  evidence.source = KqSource::kPercent;
  evidence.percent = percent;
  evidence.relevant = relevant;
  return evidence;
}

TEST_CASE("a result whose band depends on rounding is flagged", "[kq]") {
  const KqResult result = ComputeKqResult(*testing::Rules2021(), Counts(20, 31), 0);
  CHECK(result.percent == 65);
  CHECK(Name(result.band) == "Requires improvement");
  CHECK(Name(result.exact_band) == "Requires improvement");
  CHECK(Name(result.printed_band) == "Good");
  CHECK(result.rounding_sensitive);
  CHECK_FALSE(ComputeKqResult(*testing::Rules2021(), Counts(13, 20), 0).rounding_sensitive);
}

TEST_CASE("a printed figure alone is banded as printed, flagged on a band edge", "[kq]") {
  const KqResult fifty = ComputeKqResult(*testing::Rules2021(), Printed(50), 0);
  CHECK(Name(fifty.band) == "Requires improvement");
  CHECK(fifty.edge_unknown);  // 49.5% to 50.5%: could be Inadequate
  const KqResult forty_four = ComputeKqResult(*testing::Rules2021(), Printed(44), 0);
  CHECK(Name(forty_four.band) == "Inadequate");
  CHECK_FALSE(forty_four.edge_unknown);
}

TEST_CASE("a printed figure with its relevant count is on an edge only if counts span bands", "[kq]") {
  // Out of 32, only 16 prints as 50%: exactly 50%, no doubt.
  CHECK_FALSE(ComputeKqResult(*testing::Rules2021(), Printed(50, 32), 0).edge_unknown);
  // Out of 300, 149 (49.67%) and 150 (50%) both print as 50%.
  CHECK(ComputeKqResult(*testing::Rules2021(), Printed(50, 300), 0).edge_unknown);
}

TEST_CASE("no relevant cases is no result", "[kq]") {
  const KqResult result = ComputeKqResult(*testing::Rules2021(), Counts(0, 0), 0);
  CHECK_FALSE(result.HasResult());
  CHECK_FALSE(result.band);
}

TEST_CASE("values compare exactly across counts and printed figures", "[kq]") {
  const Methodology& m = *testing::Rules2021();
  const KqResult a = ComputeKqResult(m, Counts(1, 3), 0);
  const KqResult b = ComputeKqResult(m, Counts(2, 6), 0);
  const KqResult c = ComputeKqResult(m, Printed(33), 0);
  CHECK(KqValueEqual(a, b));
  CHECK_FALSE(KqValueLess(a, b));
  CHECK(KqValueLess(c, a));  // 33% < 33.33%
  CHECK(KqValueText(a, m.banding) == "1/3 = 33.3% (prints as 33%)");
  CHECK(KqValueText(c, m.banding) == "printed 33% (counts unknown)");
}

// Regression: under half-even rounding 62.5% prints as 62, so with an edge
// at 62.5% a printed 62 may be either side of it (found by check's tests).
TEST_CASE("a printed figure whose range ends exactly on an edge under half-even rounding", "[kq]") {
  Methodology m = *testing::Rules2021();
  m.banding.rounding = Rounding::kHalfEven;
  m.banding.bands[1].below = Fraction{625, 10};
  m.banding.bands[2].from = Fraction{625, 10};
  CHECK(ComputeKqResult(m, Printed(62), 0).edge_unknown);
  CHECK_FALSE(ComputeKqResult(m, Printed(63), 0).edge_unknown);
  m.banding.rounding = Rounding::kHalfUp;  // 62 is then [61.5, 62.5): below the edge
  CHECK_FALSE(ComputeKqResult(m, Printed(62), 0).edge_unknown);
}

}  // namespace
}  // namespace rerate
