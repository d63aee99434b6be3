#include "stability/binomial.h"

#include <cmath>
#include <cstdint>

namespace rerate {

void CompensatedSum::Add(double value) {
  const double total = sum_ + value;
  if (std::fabs(sum_) >= std::fabs(value)) {
    correction_ += (sum_ - total) + value;
  } else {
    correction_ += (value - total) + sum_;
  }
  sum_ = total;
}

std::vector<double> BinomialPmf(int relevant, int yes) {
  std::vector<double> pmf(static_cast<size_t>(relevant) + 1, 0.0);
  if (yes == 0 || yes == relevant) {
    pmf[static_cast<size_t>(yes)] = 1.0;  // p is 0 or 1: certain
    return pmf;
  }
  const std::int64_t n = relevant;
  const std::int64_t k = yes;
  // The mode floor((n + 1) k / n) holds the largest term; relative to it,
  // P(y + 1) / P(y) = (n - y) k / ((y + 1)(n - k)).
  const auto mode = static_cast<int>((n + 1) * k / n);
  pmf[static_cast<size_t>(mode)] = 1.0;
  for (std::int64_t y = mode; y < n && pmf[static_cast<size_t>(y)] > 0; ++y) {
    const double ratio = static_cast<double>((n - y) * k) / static_cast<double>((y + 1) * (n - k));
    pmf[static_cast<size_t>(y + 1)] = pmf[static_cast<size_t>(y)] * ratio;
  }
  for (std::int64_t y = mode; y > 0 && pmf[static_cast<size_t>(y)] > 0; --y) {
    const double ratio = static_cast<double>(y * (n - k)) / static_cast<double>((n - y + 1) * k);
    pmf[static_cast<size_t>(y - 1)] = pmf[static_cast<size_t>(y)] * ratio;
  }
  CompensatedSum total;
  for (double term : pmf) total.Add(term);
  const double sum = total.Value();
  for (double& term : pmf) term /= sum;
  return pmf;
}

}  // namespace rerate
