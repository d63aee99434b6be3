// Clopper-Pearson bounds against published reference values: the closed
// forms at k = 0 and k = n (1 - (alpha/2)^(1/n)), R's binom.test for 4/9 and
// 5/10, and the definition itself (the binomial tails at the bounds).
#include "stability/clopper_pearson.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

double Tail(int n, double p, int from, int to) {  // P(from <= Y <= to), textbook terms
  double sum = 0;
  for (int y = from; y <= to; ++y) {
    double coefficient = 1;
    for (int i = 1; i <= y; ++i) coefficient = coefficient * (n - y + i) / i;
    sum += coefficient * std::pow(p, y) * std::pow(1 - p, n - y);
  }
  return sum;
}

TEST_CASE("Clopper-Pearson at k = 0 and k = n is the closed form", "[stability][clopper]") {
  const Interval none = ClopperPearson(0, 10, 0.95);
  CHECK(none.low == 0.0);
  CHECK(none.high == Approx(1 - std::pow(0.025, 0.1)).epsilon(1e-12));
  CHECK(none.high == Approx(0.3084971).margin(5e-8));  // binom.test(0, 10)
  const Interval all = ClopperPearson(10, 10, 0.95);
  CHECK(all.low == Approx(std::pow(0.025, 0.1)).epsilon(1e-12));
  CHECK(all.high == 1.0);
  CHECK(ClopperPearson(0, 21, 0.9).high == Approx(1 - std::pow(0.05, 1.0 / 21)).epsilon(1e-12));
}

TEST_CASE("Clopper-Pearson matches published values", "[stability][clopper]") {
  // R: binom.test(4, 9)$conf.int and binom.test(5, 10)$conf.int.
  const Interval four_of_nine = ClopperPearson(4, 9, 0.95);
  CHECK(four_of_nine.low == Approx(0.1369957).margin(5e-8));
  CHECK(four_of_nine.high == Approx(0.7879915).margin(5e-8));
  const Interval half = ClopperPearson(5, 10, 0.95);
  CHECK(half.low == Approx(0.1870860).margin(5e-8));
  CHECK(half.high == Approx(0.8129140).margin(5e-8));
}

TEST_CASE("Clopper-Pearson bounds leave alpha/2 in each tail", "[stability][clopper]") {
  for (int n : {1, 2, 9, 21, 40}) {
    for (int k = 1; k < n; ++k) {
      for (double confidence : {0.8, 0.95, 0.99}) {
        const Interval interval = ClopperPearson(k, n, confidence);
        const double alpha = 1 - confidence;
        INFO(k << "/" << n << " at " << confidence);
        CHECK(interval.low < static_cast<double>(k) / n);
        CHECK(interval.high > static_cast<double>(k) / n);
        CHECK(Tail(n, interval.low, k, n) == Approx(alpha / 2).epsilon(1e-9));
        CHECK(Tail(n, interval.high, 0, k) == Approx(alpha / 2).epsilon(1e-9));
      }
    }
  }
}

TEST_CASE("A double is compared with a fraction exactly", "[stability][clopper]") {
  CHECK(CompareWithFraction(0.5, 1, 2) == 0);
  CHECK(CompareWithFraction(std::nextafter(0.5, 0.0), 1, 2) == -1);
  CHECK(CompareWithFraction(std::nextafter(0.5, 1.0), 1, 2) == 1);
  CHECK(CompareWithFraction(0.65, 65, 100) == 1);       // the double 0.65 is 0.650000000000000022...
  CHECK(CompareWithFraction(1.0 / 3.0, 1, 3) == -1);    // 0.333...31483 is below a third
  CHECK(CompareWithFraction(0.8, 4, 5) == 1);           // 0.8000000000000000444
  CHECK(CompareWithFraction(0.7, 7, 10) == -1);         // 0.6999999999999999556
  CHECK(CompareWithFraction(0.0, 0, 1) == 0);
  CHECK(CompareWithFraction(1.0, 1, 1) == 0);
}

std::vector<std::string> Names(const Methodology& m, const std::vector<Rating>& ratings) {
  std::vector<std::string> names;
  for (Rating rating : ratings) names.push_back(m.RatingName(rating));
  return names;
}

TEST_CASE("The bands an interval reaches, on the exact fraction", "[stability][clopper]") {
  const Methodology& m = *testing::Rules2021();
  using V = std::vector<std::string>;
  CHECK(Names(m, BandsReached(m.banding, {0.1369957, 0.7879915})) == V{"Inadequate", "Requires improvement", "Good"});
  CHECK(Names(m, BandsReached(m.banding, {0.5, 0.5})) == V{"Requires improvement"});
  CHECK(Names(m, BandsReached(m.banding, {std::nextafter(0.5, 0.0), 0.5})) == V{"Inadequate", "Requires improvement"});
  CHECK(Names(m, BandsReached(m.banding, {0.66, 0.79})) == V{"Good"});
  CHECK(Names(m, BandsReached(m.banding, {0.7, 0.8})) == V{"Good", "Outstanding"});  // 0.8 is a hair above 80%
  CHECK(Names(m, BandsReached(m.banding, {0.0, 1.0})) == V{"Inadequate", "Requires improvement", "Good", "Outstanding"});
}

TEST_CASE("The bands an interval reaches, on the printed percentage", "[stability][clopper]") {
  const Methodology& m = *testing::TinyRules(/*printed=*/true);
  using V = std::vector<std::string>;
  // 49.51% prints as 50 and 64.49% as 64: Requires improvement only.
  CHECK(Names(m, BandsReached(m.banding, {0.4951, 0.6449})) == V{"Requires improvement"});
  // 49.49% prints as 49; 64.5% (the double is a hair above) as 65.
  CHECK(Names(m, BandsReached(m.banding, {0.4949, 0.645})) == V{"Inadequate", "Requires improvement", "Good"});
}

}  // namespace
}  // namespace rerate
