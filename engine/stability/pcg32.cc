#include "stability/pcg32.h"

namespace rerate {

Pcg32::Pcg32(std::uint64_t seed, std::uint64_t stream) : increment_((stream << 1U) | 1U) {
  Next();
  state_ += seed;
  Next();
}

}  // namespace rerate
