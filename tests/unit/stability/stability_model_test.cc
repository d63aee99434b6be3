#include "stability/stability_model.h"

#include <catch2/catch.hpp>

#include "rerate/bands.h"
#include "stability/stability_support.h"
#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Random;

// An inspection of TinyRules with `cases` cases of random answers.
Evidence RandomCases(std::shared_ptr<const Methodology> rules, int cases, std::uint32_t seed) {
  Random random(seed);
  static const char* kAnswers[] = {"yes", "no", "n/a"};
  std::string csv = "case,2.1.1,2.2.1,2.2.2,2.3.1,2.3.2\n";
  for (int c = 0; c < cases; ++c) {
    csv += "C" + std::to_string(c);
    for (int q = 0; q < 5; ++q) csv += std::string(",") + kAnswers[c < 2 ? c : random.Below(3)];
    csv += "\n";
  }
  Result<Evidence> evidence = testing::EvidenceFromText(
      std::move(rules), "inspection: Tiny PDU\nmethodology: tiny\nratings: {\"1.1\": Good, \"1.2\": Good}\n", csv);
  INFO((evidence ? std::string() : evidence.error().ToString()));
  REQUIRE(evidence.ok());
  return *evidence;
}

TEST_CASE("The band by thresholds is BandOf's for every count", "[stability][model]") {
  for (bool printed : {false, true}) {
    const Evidence evidence = RandomCases(testing::TinyRules(printed), 130, 7);
    Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
    REQUIRE(model.ok());
    REQUIRE(model->HasCaseSlots());
    for (int relevant = 1; relevant <= 130; ++relevant) {
      for (int yes = 0; yes <= relevant; ++yes) {
        INFO((printed ? "printed " : "exact ") << yes << "/" << relevant);
        REQUIRE(model->CaseBand(relevant, yes) == BandOf(evidence.methodology->banding, yes, relevant).level);
      }
    }
  }
}

TEST_CASE("Counts slots carry MinYesForBand's thresholds at their relevant count", "[stability][model]") {
  const Evidence evidence = *testing::EvidenceFromText(
      testing::TinyRules(), "inspection: T\nmethodology: tiny\nratings: {\"1.1\": Good, \"1.2\": Good}\n"
                            "key_questions:\n  \"2.1.1\": {yes: 4, relevant: 9}\n  \"2.2.1\": {yes: 20, relevant: 31}\n"
                            "  \"2.2.2\": {percent: 70}\n  \"2.3.1\": {yes: 3, relevant: 3}\n  \"2.3.2\": {yes: 0, relevant: 2}\n");
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  CHECK_FALSE(model->HasCaseSlots());
  REQUIRE(model->slots().size() == 4);  // 2.2.2 is a printed figure: held
  const Slot& slot = model->slots()[1];
  CHECK(slot.relevant == 31);
  CHECK(slot.thresholds == std::vector<int>{16, 21, 25});  // 50%, 65%, 80% of 31, rounded up
  REQUIRE(model->varying().size() == 3);
  CHECK(model->varying()[1].floor == 2);  // 2.2.2 printed 70%: Good
  CHECK(model->varying()[0].floor == 3);  // nothing held: the top level
  for (int relevant = 1; relevant <= 31; ++relevant) {
    for (int yes = 0; yes <= relevant; ++yes) {
      Slot other = slot;
      other.relevant = relevant;
      other.thresholds.clear();
      for (int level = 1; level < 4; ++level) {
        other.thresholds.push_back(MinYesForBand(evidence.methodology->banding, Rating{level}, relevant).value_or(relevant + 1));
      }
      REQUIRE(model->SlotBand(other, relevant, yes) == BandOf(evidence.methodology->banding, yes, relevant).level);
    }
  }
}

TEST_CASE("A key packs one digit per varying standard, no data past the top", "[stability][model]") {
  const Evidence evidence = RandomCases(testing::TinyRules(), 12, 3);
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  REQUIRE(model->varying().size() == 3);
  CHECK(model->Digits(model->KeyFromDigits({4, 0, 3})) == std::vector<int>{4, 0, 3});
  // 2.1.1 with no relevant case; 2.2 at 3/4 (Good) and 4/4; 2.3 at 1/2 and 2/2.
  const std::vector<int> tallies = {0, 0, 3, 4, 4, 4, 1, 2, 2, 2};
  CHECK(model->Digits(model->KeyOf(tallies.data())) == std::vector<int>{model->no_data(), 2, 1});
}

TEST_CASE("Bands that do not rise with the percentage are refused", "[stability][model]") {
  const std::string text = testing::Edit(testing::Edit(testing::TinyRulesText(), "{rating: Requires improvement, from: 50",
                                                       "{rating: Good, from: 50"),
                                         "{rating: Good, from: 65", "{rating: Requires improvement, from: 65");
  Result<std::shared_ptr<const Methodology>> rules = testing::RulesFromText(text, "falling.yaml");
  REQUIRE(rules.ok());
  const Evidence evidence = RandomCases(*rules, 5, 1);
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE_FALSE(model.ok());
  CHECK_THAT(model.error().ToString(), Catch::Contains("bands whose ratings rise with the percentage"));
}

}  // namespace
}  // namespace rerate
