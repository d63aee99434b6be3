// The random numbers of the case bootstrap: PCG32 (O'Neill's
// PCG-XSH-RR 64/32, as in the reference pcg-c-basic), with streams, and
// Lemire's multiply-and-reject draw of a whole number below a bound.  Both
// are integer arithmetic only, so the same seed gives the same resamples on
// every machine and standard library (std::uniform_int_distribution does not).
#pragma once

#include <cstdint>

namespace rerate {

class Pcg32 {
 public:
  // pcg32_srandom_r(seed, stream): streams with different ids are
  // independent sequences for the same seed.
  Pcg32(std::uint64_t seed, std::uint64_t stream);

  std::uint32_t Next() {
    const std::uint64_t old = state_;
    state_ = old * kMultiplier + increment_;
    const auto xorshifted = static_cast<std::uint32_t>(((old >> 18U) ^ old) >> 27U);
    const auto rotation = static_cast<std::uint32_t>(old >> 59U);
    return (xorshifted >> rotation) | (xorshifted << ((0U - rotation) & 31U));
  }

  // Uniform in 0..bound-1 (bound > 0), without bias: Lemire, "Fast random
  // integer generation in an interval", ACM TOMS 29(1), 2019.  The high half
  // of a 32x32-bit product is the draw; products whose low half falls in
  // the 2^32 mod bound values that would favour some draws are rejected.
  std::uint32_t Below(std::uint32_t bound) {
    std::uint64_t product = static_cast<std::uint64_t>(Next()) * bound;
    auto low = static_cast<std::uint32_t>(product);
    if (low < bound) {
      const std::uint32_t threshold = (0U - bound) % bound;
      while (low < threshold) {
        product = static_cast<std::uint64_t>(Next()) * bound;
        low = static_cast<std::uint32_t>(product);
      }
    }
    return static_cast<std::uint32_t>(product >> 32U);
  }

 private:
  static constexpr std::uint64_t kMultiplier = 6364136223846793005ULL;
  std::uint64_t state_ = 0;
  std::uint64_t increment_ = 0;
};

}  // namespace rerate
