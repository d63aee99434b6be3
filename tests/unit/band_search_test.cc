#include <catch2/catch.hpp>

#include "band_search.h"
#include "rerate/bands.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("bisection finds what the scan finds, on both band bases", "[bands][search]") {
  KqBanding printed = testing::Rules2021()->banding;
  printed.decide_on = BandBasis::kPrintedPercentage;
  for (const KqBanding& banding : {testing::Rules2021()->banding, printed}) {
    REQUIRE(BandsRise(banding));
    for (int relevant = 1; relevant <= 120; ++relevant) {
      for (int level = 0; level < 4; ++level) {
        INFO(relevant << " " << level);
        CHECK(LeastYesForBand(banding, Rating{level}, relevant) == MinYesForBand(banding, Rating{level}, relevant));
      }
    }
  }
}

TEST_CASE("bisection is fast on huge counts", "[bands][search]") {
  const KqBanding& banding = testing::Rules2021()->banding;
  CHECK(LeastYesForBand(banding, Rating{3}, 2'000'000'000) == 1'600'000'000);
  CHECK(LeastYesForBand(banding, Rating{1}, 2'000'000'001) == 1'000'000'001);
}

TEST_CASE("bands that do not rise fall back to the scan", "[bands][search]") {
  KqBanding banding = testing::Rules2021()->banding;
  std::swap(banding.bands[0].rating, banding.bands[1].rating);
  CHECK_FALSE(BandsRise(banding));
  // 0% to 50% is now Requires improvement and 50% to 65% Inadequate.
  CHECK(LeastYesForBand(banding, Rating{1}, 10) == 0);
  CHECK(LeastYesForBand(banding, Rating{1}, 10) == MinYesForBand(banding, Rating{1}, 10));
}

}  // namespace
}  // namespace rerate
