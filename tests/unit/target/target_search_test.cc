#include "target/target_search.h"

#include <catch2/catch.hpp>

#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

Evidence Tiny(const std::string& counts, const std::string& extra = "") {
  const std::string yaml = "inspection: Tiny\nmethodology: tiny\nratings:\n  \"1.1\": Good\n  \"1.2\": Good\n" + extra +
                           "key_questions:\n" + counts;
  Result<Evidence> evidence = testing::EvidenceFromText(testing::TinyRules(), yaml);
  INFO((evidence ? std::string() : evidence.error().ToString()));
  REQUIRE(evidence.ok());
  return std::move(evidence).value();
}

const std::string kCounts =
    "  \"2.1.1\": {yes: 3, relevant: 5}\n"    // 60%: Requires improvement; 4/5 = 80% skips Good
    "  \"2.2.1\": {yes: 10, relevant: 20}\n"  // 50%: Requires improvement
    "  \"2.2.2\": {yes: 14, relevant: 20}\n"  // 70%: Good
    "  \"2.3.1\": {yes: 16, relevant: 20}\n"  // 80%: Outstanding
    "  \"2.3.2\": {yes: 20, relevant: 20}\n";

TEST_CASE("each case standard's ratings are costed per key question", "[target][search]") {
  const Evidence evidence = Tiny(kCounts);
  const Evaluation now = Evaluate(evidence);
  TargetSpec spec;
  spec.overall = Rating{2};
  TargetSearch search(evidence, now, spec);
  std::string error;
  REQUIRE(search.Prepare(&error));
  REQUIRE(search.planned().size() == 3);
  // 2.1: Requires improvement costs 0; Good needs 4/5 (1 more), which is
  // already Outstanding, so Good and Outstanding are one plan, kept once.
  const PlannedStandard& court = search.planned()[0];
  REQUIRE(court.candidates.size() == 2);
  CHECK(court.candidates[0].cost == 0);
  CHECK(court.candidates[1].cost == 1);
  CHECK(court.candidates[1].level.level == 2);
  // 2.2: RI 0; Good: 2.2.1 to 13/20 (3); Outstanding: 16/20 and 16/20 (6 + 2).
  const PlannedStandard& assessment = search.planned()[1];
  REQUIRE(assessment.candidates.size() == 3);
  CHECK(assessment.candidates[1].raises == std::vector<int>{3, 0});
  CHECK(assessment.candidates[2].raises == std::vector<int>{6, 2});
  CHECK(search.planned()[2].candidates.size() == 1);  // already Outstanding
  CHECK(search.combinations() == 6);
  // Every planned standard at its highest.
  const Combo ceiling = search.Ceiling();
  CHECK(ceiling.cost == 1 + 8);
  const Evaluation top = search.EvaluateCombo(ceiling);
  CHECK(top.score == 4 + 9);
  CHECK(search.Reaches(top));
}

TEST_CASE("the cheapest combinations come first, the higher score first among equals", "[target][search]") {
  const Evidence evidence = Tiny(kCounts);
  const Evaluation now = Evaluate(evidence);
  CHECK(now.score == 2 + 2 + 1 + 1 + 3);  // 9 of 15: Good already
  TargetSpec spec;
  spec.overall = Rating{3};  // Outstanding: 13 of 15
  TargetSearch search(evidence, now, spec);
  std::string error;
  REQUIRE(search.Prepare(&error));
  const std::vector<const Combo*> cheapest = search.Cheapest();
  // 9 + 2 (court work to Outstanding, 1 answer) + 2 (assessment to Outstanding, 8) = 13.
  REQUIRE(cheapest.size() == 1);
  CHECK(cheapest[0]->cost == 9);
  CHECK(search.evaluations() >= 6);
}

TEST_CASE("a key question known only as a percentage is held at its band", "[target][search][percent]") {
  const Evidence evidence = Tiny(
      "  \"2.1.1\": {yes: 3, relevant: 5}\n  \"2.2.1\": {percent: 70}\n  \"2.2.2\": {yes: 10, relevant: 20}\n"
      "  \"2.3.1\": {yes: 16, relevant: 20}\n  \"2.3.2\": {yes: 20, relevant: 20}\n");
  const Evaluation now = Evaluate(evidence);
  TargetSpec spec;
  spec.overall = Rating{3};
  TargetSearch search(evidence, now, spec);
  std::string error;
  REQUIRE(search.Prepare(&error));
  REQUIRE(search.fixed().size() == 1);
  CHECK(search.fixed()[0].percent == 70);
  // 2.2 can reach Good (2.2.2 to 13/20) but not Outstanding: 2.2.1 stays at 70%.
  const PlannedStandard& assessment = search.planned()[1];
  REQUIRE(assessment.candidates.size() == 2);
  CHECK(assessment.candidates.back().level.level == 2);
  CHECK(assessment.candidates.back().raises == std::vector<int>{0, 3});
  CHECK(search.Cheapest().empty());  // 3 + 2 + 3 + 2 + 2 = 12 of 15 at best
}

TEST_CASE("a kept discretion holds its standard whatever its numbers", "[target][search][discretion]") {
  const Evidence evidence =
      Tiny(kCounts, "discretion:\n  - {standard: \"2.2\", rating: Good, reason: strong prompts}\n");
  const Evaluation now = Evaluate(evidence);
  REQUIRE(now.violations.empty());
  TargetSpec spec;
  spec.standards.emplace_back(evidence.methodology->FindStandard("2.2"), Rating{3});
  TargetSearch search(evidence, now, spec);
  std::string error;
  REQUIRE(search.Prepare(&error));
  // Assessment at Outstanding on its numbers is still Good by discretion; the
  // discretion is kept, so no plan reaches Outstanding.
  CHECK(search.Cheapest().empty());
  Evaluation top = search.EvaluateCombo(search.Ceiling());
  CHECK(top.violations.empty());
  CHECK(testing::RatingOf(top, "2.2") == "Good");
}

}  // namespace
}  // namespace rerate
