#include <catch2/catch.hpp>

#include "rerate/whatif.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("a what-if evaluates both sides, keeps the changes and explains the difference", "[whatif]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<WhatIf> whatif = RunWhatIf(base, {ChangeSpec{ChangeKind::kKq, "2.1.1=+4", {}}});
  REQUIRE(whatif.ok());
  CHECK(whatif->before.score == 10);
  CHECK(testing::RatingOf(whatif->before, "1.1") == "Requires improvement");
  CHECK(testing::RatingOf(whatif->after, "1.1") == "Good");
  REQUIRE(whatif->changes.size() == 1);
  CHECK(whatif->changes.front().summary.rfind("2.1.1: 4/9", 0) == 0);
  bool leadership = false;
  for (const ChangeExplanation& explanation : whatif->explanations) leadership = leadership || explanation.subject == "1.1";
  CHECK(leadership);
  // The base evidence is a copy the changes never touch.
  CHECK(base.key_questions[base.methodology->FindKeyQuestion("2.1.1")].yes == 4);
}

TEST_CASE("a what-if reports only the warnings the changes bring", "[whatif]") {
  const Evidence base = testing::LoadSeed("east-berkshire-2023");
  Result<WhatIf> same = RunWhatIf(base, {});
  REQUIRE(same.ok());
  CHECK(same->new_warnings.empty());
  CHECK(same->before.score == same->after.score);
}

TEST_CASE("an impossible change is the what-if's error", "[whatif]") {
  Result<WhatIf> whatif = RunWhatIf(testing::LoadSeed("blackburn-with-darwen-2023"), {ChangeSpec{ChangeKind::kSet, "1.9=Good", {}}});
  REQUIRE_FALSE(whatif.ok());
  CHECK(whatif.error().message.find("1.9") != std::string::npos);
}

}  // namespace
}  // namespace rerate
