#include "stability/binomial.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>

namespace rerate {
namespace {

// C(n, y) p^y (1-p)^(n-y) the textbook way, for small n.
double Textbook(int n, int k, int y) {
  double coefficient = 1;
  for (int i = 1; i <= y; ++i) coefficient = coefficient * (n - y + i) / i;
  const double p = static_cast<double>(k) / n;
  return coefficient * std::pow(p, y) * std::pow(1 - p, n - y);
}

TEST_CASE("The binomial terms match the textbook formula and sum to 1", "[stability][binomial]") {
  for (int n = 1; n <= 40; ++n) {
    for (int k = 0; k <= n; ++k) {
      const std::vector<double> pmf = BinomialPmf(n, k);
      REQUIRE(pmf.size() == static_cast<size_t>(n) + 1);
      CompensatedSum total;
      for (int y = 0; y <= n; ++y) {
        INFO("n " << n << ", k " << k << ", y " << y);
        CHECK(pmf[y] == Approx(Textbook(n, k, y)).epsilon(1e-12).margin(1e-300));
        total.Add(pmf[y]);
      }
      CHECK(total.Value() == Approx(1.0).epsilon(1e-15));
    }
  }
}

TEST_CASE("All yes or all no is certain", "[stability][binomial]") {
  CHECK(BinomialPmf(9, 0) == std::vector<double>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  CHECK(BinomialPmf(3, 3) == std::vector<double>{0, 0, 0, 1});
}

TEST_CASE("Large counts neither overflow nor give NaN", "[stability][binomial]") {
  const std::vector<double> pmf = BinomialPmf(200000, 70000);
  CompensatedSum total;
  for (double term : pmf) {
    REQUIRE(std::isfinite(term));
    total.Add(term);
  }
  CHECK(total.Value() == Approx(1.0).epsilon(1e-12));
  CHECK(pmf[0] == 0.0);  // underflows: far in the tail
  CHECK(pmf[70000] == Approx(1 / std::sqrt(2 * std::numbers::pi * 200000 * 0.35 * 0.65)).epsilon(1e-4));
}

TEST_CASE("The compensated sum keeps what plain addition loses", "[stability][binomial]") {
  CompensatedSum sum;
  sum.Add(1.0);
  for (int i = 0; i < 1000; ++i) sum.Add(1e-16);
  CHECK(sum.Value() == Approx(1.0 + 1e-13).epsilon(1e-15));
}

}  // namespace
}  // namespace rerate
