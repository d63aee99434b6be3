// PCG32 against the reference outputs of O'Neill's pcg-c-basic demo
// (pcg32_srandom_r(42, 54): 0xa15c02b7 0x7b47f409 ...), and Lemire's
// bounded draw against its definition.
#include "stability/pcg32.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <vector>

namespace rerate {
namespace {

TEST_CASE("PCG32 gives the reference demo's outputs for seed 42, stream 54", "[stability][pcg32]") {
  Pcg32 random(42, 54);
  const std::vector<std::uint32_t> expected = {0xa15c02b7U, 0x7b47f409U, 0xba1d3330U,
                                               0x83d2f293U, 0xbfa4784bU, 0xcbed606eU};
  for (std::uint32_t value : expected) CHECK(random.Next() == value);
}

TEST_CASE("PCG32 streams of one seed differ, and repeat", "[stability][pcg32]") {
  Pcg32 a(1, 0);
  Pcg32 b(1, 1);
  Pcg32 again(1, 0);
  int same = 0;
  for (int i = 0; i < 100; ++i) {
    const std::uint32_t x = a.Next();
    same += x == b.Next() ? 1 : 0;
    CHECK(x == again.Next());
  }
  CHECK(same < 3);
}

TEST_CASE("Lemire's draw is the high half of next * bound, below the bound", "[stability][pcg32]") {
  Pcg32 reference(42, 54);
  Pcg32 random(42, 54);
  // Bounds this small reject only when the low half falls below
  // 2^32 mod bound, which the reference outputs above never do.
  for (std::uint32_t bound : {10U, 21U, 79U, 3U, 1000U, 7U}) {
    const std::uint64_t product = static_cast<std::uint64_t>(reference.Next()) * bound;
    REQUIRE(static_cast<std::uint32_t>(product) >= (0U - bound) % bound);
    CHECK(random.Below(bound) == static_cast<std::uint32_t>(product >> 32U));
  }
  Pcg32 draws(7, 3);
  std::vector<int> seen(5, 0);
  for (int i = 0; i < 50000; ++i) {
    const std::uint32_t value = draws.Below(5);
    REQUIRE(value < 5);
    ++seen[value];
  }
  // Each of 5 values 10000 times on average; 5 standard deviations is 447.
  for (int count : seen) CHECK(std::abs(count - 10000) < 450);
  for (int i = 0; i < 100; ++i) CHECK(draws.Below(1) == 0);
}

TEST_CASE("Lemire's draw rejects the products that would bias it", "[stability][pcg32]") {
  // With bound 2^31 + 1, 2^32 mod bound = 2^31 - 1: about half of all
  // outputs are rejected, and what is returned is still below the bound.
  Pcg32 random(5, 5);
  const std::uint32_t bound = 0x80000001U;
  for (int i = 0; i < 1000; ++i) CHECK(random.Below(bound) < bound);
}

}  // namespace
}  // namespace rerate
