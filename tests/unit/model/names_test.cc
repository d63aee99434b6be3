#include "model/names.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("names read as the rules file writes them", "[names]") {
  const Methodology& m = *testing::Rules2021();
  CHECK(StandardLabel(m, m.FindStandard("2.1")) == "2.1 Court work");
  CHECK(RatingText(m, std::nullopt) == "Not rated");
  CHECK(RatingText(m, Rating{1}) == "Requires improvement");
}

}  // namespace
}  // namespace rerate
