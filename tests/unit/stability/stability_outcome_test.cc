#include "stability/stability_outcome.h"

#include <catch2/catch.hpp>

#include "stability/stability_support.h"
#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

Evidence Tiny(const std::string& key_questions, const std::string& extra = "") {
  Result<Evidence> evidence = testing::EvidenceFromText(
      testing::TinyRules(), "inspection: T\nmethodology: tiny\nratings: {\"1.1\": Good, \"1.2\": Good}\n"
                            "key_questions:\n" + key_questions + extra);
  INFO((evidence ? std::string() : evidence.error().ToString()));
  REQUIRE(evidence.ok());
  return *evidence;
}

const std::string kCounts =
    "  \"2.1.1\": {yes: 4, relevant: 9}\n  \"2.2.1\": {yes: 6, relevant: 10}\n  \"2.2.2\": {yes: 7, relevant: 10}\n"
    "  \"2.3.1\": {yes: 7, relevant: 10}\n  \"2.3.2\": {yes: 8, relevant: 10}\n";

TEST_CASE("A discretion beyond the rules' distance is dropped, and said so", "[stability][outcome]") {
  const Evidence evidence = Tiny(kCounts, "discretion:\n  - {standard: \"2.2\", rating: Good, reason: strong}\n");
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  OutcomeEvaluator evaluator(evidence, *model, {0, 1, 2, 3, 4});
  // 2.2 at 2/10 (Inadequate): Good is two bands up; the rules rate it Inadequate.
  const std::vector<int> tallies = {4, 9, 2, 10, 7, 10, 7, 10, 8, 10};
  Result<Outcome> outcome = evaluator.Evaluate(model->KeyOf(tallies.data()), tallies);
  REQUIRE(outcome.ok());
  CHECK(outcome->dropped == std::vector<bool>{false, false, false, true, false});
  CHECK(outcome->ratings[3]->level == 0);
  // 2.2 at 6/10 (Requires improvement): the discretion fits and gives Good.
  const std::vector<int> fits = {4, 9, 6, 10, 7, 10, 7, 10, 8, 10};
  outcome = evaluator.Evaluate(model->KeyOf(fits.data()), fits);
  REQUIRE(outcome.ok());
  CHECK_FALSE(outcome->dropped[3]);
  CHECK(outcome->ratings[3]->level == 2);
  CHECK(evaluator.evaluations() == 3);  // the first ran twice: with the discretion, then without
}

TEST_CASE("No data: the standard and the overall have no rating, and no limit reads it", "[stability][outcome]") {
  const Evidence evidence = Tiny(kCounts);
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  OutcomeEvaluator evaluator(evidence, *model, {0, 1, 2, 3, 4});
  const std::vector<int> tallies = {0, 0, 6, 10, 7, 10, 7, 10, 8, 10};  // court work: no relevant case
  Result<Outcome> outcome = evaluator.Evaluate(model->KeyOf(tallies.data()), tallies);
  REQUIRE(outcome.ok());
  CHECK(outcome->no_data == std::vector<bool>{false, false, true, false, false});
  CHECK_FALSE(outcome->ratings[2]);
  CHECK_FALSE(outcome->overall);
  CHECK(outcome->ratings[0]->level == 2);  // Leadership Good: the court-work cap cannot apply
  // With court work Inadequate (4/9) the cap lowers Leadership.
  const std::vector<int> capped = {4, 9, 6, 10, 7, 10, 7, 10, 8, 10};
  outcome = evaluator.Evaluate(model->KeyOf(capped.data()), capped);
  REQUIRE(outcome.ok());
  CHECK(outcome->ratings[0]->level == 1);
  CHECK(outcome->overall);
}

TEST_CASE("A key that disagrees with its tallies is a defect, reported, never a wrong rating", "[stability][outcome]") {
  const Evidence evidence = Tiny(kCounts);
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  OutcomeEvaluator evaluator(evidence, *model, {0, 1, 2, 3, 4});
  const std::vector<int> tallies = {4, 9, 6, 10, 7, 10, 7, 10, 8, 10};
  Result<Outcome> outcome = evaluator.Evaluate(model->KeyFromDigits({3, 3, 3}), tallies);
  REQUIRE_FALSE(outcome.ok());
  CHECK_THAT(outcome.error().message, Catch::Contains("internal error"));
}

}  // namespace
}  // namespace rerate
