// The binomial distribution of the counts-only model, in basic arithmetic
// only (+, *, /: correctly rounded everywhere), and a compensated sum.
#pragma once

#include <vector>

namespace rerate {

// P(Y = y) for y = 0..relevant, Y ~ binomial(relevant, yes/relevant): the
// chance of y yes answers out of `relevant` when each is yes with the
// inspected share.  relevant >= 1, 0 <= yes <= relevant.  Built from the mode
// outwards by the ratio of neighbouring terms and normalised, so nothing
// under- or overflows on the way (far tails end at 0).
std::vector<double> BinomialPmf(int relevant, int yes);

// Neumaier's compensated summation: the sum of many small probabilities
// without the error of adding them one by one.
class CompensatedSum {
 public:
  void Add(double value);
  double Value() const { return sum_ + correction_; }

 private:
  double sum_ = 0;
  double correction_ = 0;
};

}  // namespace rerate
