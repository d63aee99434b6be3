#include <catch2/catch.hpp>

#include "rerate/bands.h"
#include "test_support.h"

namespace rerate {
namespace {

const KqBanding& Banding() { return testing::Rules2021()->banding; }

std::string BandName(Rating rating) { return testing::Rules2021()->RatingName(rating); }

KqBanding PrintedBanding() {
  KqBanding banding = Banding();
  banding.decide_on = BandBasis::kPrintedPercentage;
  return banding;
}

TEST_CASE("band edges are decided on the exact fraction", "[bands]") {
  CHECK(BandName(BandOfFraction(Banding(), 49, 100)) == "Inadequate");
  CHECK(BandName(BandOfFraction(Banding(), 50, 100)) == "Requires improvement");
  CHECK(BandName(BandOfFraction(Banding(), 64, 100)) == "Requires improvement");
  CHECK(BandName(BandOfFraction(Banding(), 65, 100)) == "Good");
  CHECK(BandName(BandOfFraction(Banding(), 79, 100)) == "Good");
  CHECK(BandName(BandOfFraction(Banding(), 80, 100)) == "Outstanding");
  CHECK(BandName(BandOfFraction(Banding(), 0, 7)) == "Inadequate");
  CHECK(BandName(BandOfFraction(Banding(), 7, 7)) == "Outstanding");
}

TEST_CASE("20/31 prints as 65% but is 64.5%: its band depends on the rule", "[bands]") {
  CHECK(PrintedPercent(20, 31, Rounding::kHalfUp) == 65);
  CHECK(ExactPercentText(20, 31) == "64.5");
  CHECK(BandName(BandOfFraction(Banding(), 20, 31)) == "Requires improvement");
  CHECK(BandName(BandOfPercent(Banding(), 65)) == "Good");
  CHECK(BandName(BandOf(Banding(), 20, 31)) == "Requires improvement");
  CHECK(BandName(BandOf(PrintedBanding(), 20, 31)) == "Good");
}

TEST_CASE("a fraction just under a threshold is below it however it prints", "[bands]") {
  // 199/400 = 49.75%, prints as 50%.
  CHECK(PrintedPercent(199, 400, Rounding::kHalfUp) == 50);
  CHECK(BandName(BandOf(Banding(), 199, 400)) == "Inadequate");
  CHECK(BandName(BandOf(PrintedBanding(), 199, 400)) == "Requires improvement");
}

TEST_CASE("printed percentages round half up or half to even, as the rules say", "[bands]") {
  CHECK(PrintedPercent(20, 32, Rounding::kHalfUp) == 63);    // 62.5
  CHECK(PrintedPercent(20, 32, Rounding::kHalfEven) == 62);
  CHECK(PrintedPercent(21, 40, Rounding::kHalfEven) == 52);  // 52.5
  CHECK(PrintedPercent(27, 40, Rounding::kHalfEven) == 68);  // 67.5
  CHECK(PrintedPercent(11, 21, Rounding::kHalfUp) == 52);    // 52.38
  CHECK(PrintedPercent(1, 3, Rounding::kHalfUp) == 33);
  CHECK(PrintedPercent(2, 3, Rounding::kHalfUp) == 67);
  CHECK(PrintedPercent(0, 9, Rounding::kHalfUp) == 0);
  CHECK(PrintedPercent(9, 9, Rounding::kHalfUp) == 100);
}

TEST_CASE("fractions compare with decimal thresholds exactly", "[bands]") {
  const Fraction sixty_two_and_a_half{625, 10};
  CHECK(FractionAtLeast(5, 8, sixty_two_and_a_half));   // exactly 62.5%
  CHECK_FALSE(FractionAtLeast(124, 199, sixty_two_and_a_half));
  CHECK(FractionAtLeast(1, 2, Fraction{50, 1}));
  CHECK_FALSE(FractionAtLeast(499999, 1000000, Fraction{50, 1}));
}

TEST_CASE("the fewest yes answers for a band", "[bands]") {
  const Rating good = *testing::Rules2021()->FindRating("Good");
  const Rating outstanding = *testing::Rules2021()->FindRating("Outstanding");
  CHECK(MinYesForBand(Banding(), good, 20) == 13);         // 65%
  CHECK(MinYesForBand(Banding(), good, 31) == 21);         // 20/31 is 64.5%
  CHECK(MinYesForBand(PrintedBanding(), good, 31) == 20);  // prints as 65%
  CHECK(MinYesForBand(Banding(), outstanding, 21) == 17);  // 80.95%
  CHECK(MinYesForBand(Banding(), Rating{0}, 5) == 0);
}

TEST_CASE("thresholds and ranges read as written", "[bands]") {
  CHECK(FractionText(Fraction{65, 1}) == "65");
  CHECK(FractionText(Fraction{625, 10}) == "62.5");
  CHECK(FractionText(Fraction{3333, 100}) == "33.33");
  CHECK(BandRangeText(Banding().bands[0]) == "below 50%");
  CHECK(BandRangeText(Banding().bands[2]) == "65% to below 80%");
  CHECK(BandRangeText(Banding().bands[3]) == "80% or more");
  CHECK(ExactPercentText(2, 3, 2) == "66.67");
  CHECK(ExactPercentText(1, 8, 0) == "13");
}

std::string Names(const Methodology& m, const BandRange& range) {
  return m.RatingName(range.low) + ".." + m.RatingName(range.high);
}

TEST_CASE("printed figures under half-up rounding and whole-number edges", "[bands]") {
  const Methodology& m = *testing::Rules2021();
  // 50% prints from 49.5% up: either side of the 50% edge.
  CHECK(Names(m, PrintedBandRange(m.banding, 50)) == "Inadequate..Requires improvement");
  CHECK(Names(m, PrintedBandRange(m.banding, 49)) == "Inadequate..Inadequate");
  CHECK(Names(m, PrintedBandRange(m.banding, 51)) == "Requires improvement..Requires improvement");
  CHECK(Names(m, PrintedBandRange(m.banding, 65)) == "Requires improvement..Good");
  CHECK(Names(m, PrintedBandRange(m.banding, 64)) == "Requires improvement..Requires improvement");
  CHECK(Names(m, PrintedBandRange(m.banding, 80)) == "Good..Outstanding");
  CHECK(Names(m, PrintedBandRange(m.banding, 0)) == "Inadequate..Inadequate");
  CHECK(Names(m, PrintedBandRange(m.banding, 100)) == "Outstanding..Outstanding");
}

std::shared_ptr<const Methodology> RulesWith(const std::string& rounding, const std::string& edge) {
  std::string text = testing::Edit(testing::ReadSource("rules/hmip-pdu-2021.yaml"), "printed_rounding: half up", "printed_rounding: " + rounding);
  text = testing::Edit(text, "{rating: Requires improvement, from: 50, below: 65}",
              "{rating: Requires improvement, from: 50, below: " + edge + "}");
  text = testing::Edit(text, "{rating: Good, from: 65, below: 80}", "{rating: Good, from: " + edge + ", below: 80}");
  Result<std::shared_ptr<const Methodology>> rules = testing::RulesFromText(text, "rules-" + rounding.substr(5) + ".yaml");
  INFO((rules ? std::string() : rules.error().ToString()));
  REQUIRE(rules.ok());
  return *rules;
}

TEST_CASE("an edge at 62.5%: which printed figures straddle it depends on the rounding", "[bands]") {
  const std::shared_ptr<const Methodology> up = RulesWith("half up", "62.5");
  const std::shared_ptr<const Methodology> even = RulesWith("half even", "62.5");
  // Half up: 62 covers [61.5, 62.5), 63 covers [62.5, 63.5): neither straddles.
  CHECK(Names(*up, PrintedBandRange(up->banding, 62)) == "Requires improvement..Requires improvement");
  CHECK(Names(*up, PrintedBandRange(up->banding, 63)) == "Good..Good");
  // Half even: 62.5 prints as 62, so 62 covers [61.5, 62.5] and reaches Good.
  CHECK(Names(*even, PrintedBandRange(even->banding, 62)) == "Requires improvement..Good");
  CHECK(Names(*even, PrintedBandRange(even->banding, 63)) == "Good..Good");
}

TEST_CASE("an edge inside a printed figure's range", "[bands]") {
  const std::shared_ptr<const Methodology> rules = RulesWith("half up", "62.3");
  CHECK(Names(*rules, PrintedBandRange(rules->banding, 62)) == "Requires improvement..Good");
  CHECK(Names(*rules, PrintedBandRange(rules->banding, 61)) == "Requires improvement..Requires improvement");
}

// Regression: a relevant count near INT_MAX made the count-by-count loops
// overflow and never end (found by check's benchmark).
TEST_CASE("counts printing as a figure are found by bisection, however large the count", "[bands]") {
  const YesCounts all = YesCountsPrinting(50, 2147483647, Rounding::kHalfUp);
  CHECK(all.first == 1063004406);  // 49.5% of INT_MAX, rounded up
  CHECK(all.last == 1084479241);
  CHECK(YesCountsPrinting(50, 3, Rounding::kHalfUp).Empty());
  const YesCounts one = YesCountsPrinting(47, 32, Rounding::kHalfUp);
  CHECK(one.first == 15);
  CHECK(one.last == 15);
  const KqBanding& banding = testing::Rules2021()->banding;
  CHECK(MinYesForBand(banding, *testing::Rules2021()->FindRating("Good"), 2147483647) == 1395864371);
}

TEST_CASE("the fewest yes answers for a band under the printed-percentage rule", "[bands]") {
  KqBanding printed = testing::Rules2021()->banding;
  printed.decide_on = BandBasis::kPrintedPercentage;
  const Rating good = *testing::Rules2021()->FindRating("Good");
  for (int relevant = 1; relevant <= 120; ++relevant) {
    std::optional<int> brute;
    for (int yes = 0; yes <= relevant && !brute; ++yes) {
      if (BandOf(printed, yes, relevant) >= good) brute = yes;
    }
    INFO("relevant " << relevant);
    CHECK(MinYesForBand(printed, good, relevant) == brute);
    CHECK(MinYesForBand(testing::Rules2021()->banding, good, relevant) ==
          [&]() -> std::optional<int> {
            for (int yes = 0; yes <= relevant; ++yes) {
              if (BandOfFraction(testing::Rules2021()->banding, yes, relevant) >= good) return yes;
            }
            return std::nullopt;
          }());
  }
}

TEST_CASE("the fewest yes answers for a band on huge counts", "[bands]") {
  const KqBanding& banding = testing::Rules2021()->banding;
  CHECK(MinYesForBand(banding, Rating{3}, 2'000'000'000) == 1'600'000'000);
  CHECK(MinYesForBand(banding, Rating{1}, 2'000'000'001) == 1'000'000'001);
}

TEST_CASE("the fewest yes answers for a band when bands do not rise", "[bands]") {
  KqBanding banding = testing::Rules2021()->banding;
  CHECK(BandsRise(banding));
  std::swap(banding.bands[0].rating, banding.bands[1].rating);
  CHECK_FALSE(BandsRise(banding));
  // 0% to 50% is now Requires improvement and 50% to 65% Inadequate.
  CHECK(MinYesForBand(banding, Rating{1}, 10) == 0);
  CHECK(MinYesForBand(banding, Rating{2}, 20) == 13);
  CHECK(MinYesForBand(banding, Rating{0}, 20) == 0);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

// Regression: 1999/4000 = 49.975% was explained as "50.0%" beside an edge at
// 50%, where it is Inadequate (found in review).
TEST_CASE("an exact percentage is never shown on the wrong side of a band edge", "[bands]") {
  const KqBanding& banding = testing::Rules2021()->banding;
  CHECK(ExactPercentText(1999, 4000, banding) == "49.98");
  CHECK(ExactPercentText(2000, 4000, banding) == "50.0");
  CHECK(ExactPercentText(11, 21, banding) == "52.4");
  CHECK(ExactPercentText(20, 31, banding) == "64.5");
  CHECK(ExactPercentText(1999999, 4000000, banding) == "49.99998");
  CHECK(ExactPercentText(79999999, 100000000, banding) == "79.999999");
}

}  // namespace
}  // namespace rerate
