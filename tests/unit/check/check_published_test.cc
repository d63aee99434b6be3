// The published: block: read strictly, every error at file:line:col.
#include "check/check_published.h"

#include <catch2/catch.hpp>

#include "check/check_test_support.h"

namespace rerate {
namespace {

using testing::CheckText;
using testing::Inspection2021;
using testing::kJudgedGood;
using testing::Rules2021;

// The error a published: block gives (line 1 of the block is the file's
// line `base` + 1).
std::string ErrorOf(const std::string& block) {
  Result<CheckResult> result = CheckText(Rules2021(), Inspection2021(kJudgedGood, "", "published:\n" + block));
  REQUIRE_FALSE(result.ok());
  return result.error().ToString();
}

// Lines before published: in Inspection2021's text.
constexpr int kBase = 3 + 4 + 1 + 13;

std::string At(int block_line, int column) {
  return ":" + std::to_string(kBase + 1 + block_line) + ":" + std::to_string(column) + ": ";
}

TEST_CASE("published: reads score, max, overall, ratings and percentages in methodology order", "[check][published]") {
  const std::string text = Inspection2021(kJudgedGood, "",
                                          "published:\n  score: 18\n  max: 27\n  overall: good\n"
                                          "  standards:\n    \"2.2\": Good\n    \"1.1\": Good\n    \"2.1\": Not rated\n"
                                          "  key_questions:\n    \"2.6.1\": 40\n    \"2.2.1\": 70\n");
  Result<Inspection> inspection = LoadInspection(testing::WriteScratch("published-read.yaml", text));
  REQUIRE(inspection.ok());
  const Methodology& m = *Rules2021();
  const Published published = ReadPublished(*inspection->published, m);
  CHECK(published.score->value == 18);
  CHECK(published.max->value == 27);
  CHECK(m.RatingName(published.overall->value) == "Good");  // names match without regard to case
  REQUIRE(published.standards.size() == 3);
  CHECK(m.standards[published.standards[0].standard].id == "1.1");
  CHECK(m.standards[published.standards[1].standard].id == "2.1");
  CHECK_FALSE(published.standards[1].rating);  // Not rated
  CHECK(m.standards[published.standards[2].standard].id == "2.2");
  REQUIRE(published.key_questions.size() == 2);
  CHECK(m.key_questions[published.key_questions[0].key_question].id == "2.2.1");
  CHECK(published.key_questions[1].percent == 40);
  CHECK(published.ForStandard(m.FindStandard("2.2")) != nullptr);
  CHECK(published.ForStandard(m.FindStandard("2.3")) == nullptr);
  CHECK(published.standards[2].where.line == kBase + 6);
}

TEST_CASE("published: errors name the place and what was expected", "[check][published]") {
  CHECK_THAT(ErrorOf("  scores: 9\n"),
             Catch::Contains(At(1, 3) + "unknown key \"scores\" in \"published:\"; did you mean score?"));
  CHECK_THAT(ErrorOf("  standards:\n    \"2.7\": Good\n"),
             Catch::Contains(At(2, 5) + "no standard \"2.7\" in hmip-pdu-2021; did you mean 2.1?"));
  CHECK_THAT(ErrorOf("  key_questions:\n    \"2.2.4\": 50\n"),
             Catch::Contains(At(2, 5) + "no key question \"2.2.4\" in hmip-pdu-2021; did you mean 2.2.1?"));
  CHECK_THAT(ErrorOf("  standards:\n    \"1.2\": Requires improvment\n"),
             Catch::Contains(At(2, 12) + "\"Requires improvment\" is not a rating on the hmip-pdu-2021 scale; "
                                         "did you mean Requires improvement?"));
  CHECK_THAT(ErrorOf("  standards:\n    \"1.2\": Good\n    \"1.2\": Good\n"),
             Catch::Contains(At(3, 5) + "duplicate key \"1.2\""));
  CHECK_THAT(ErrorOf("  standards:\n    \"2.6\": Good\n"),
             Catch::Contains(At(2, 5) + "2.6 Outcomes is reported, never rated"));
  CHECK_THAT(ErrorOf("  overall: Not rated\n"), Catch::Contains(At(1, 12) + "\"Not rated\" is not an overall rating"));
  CHECK_THAT(ErrorOf("  key_questions:\n    \"2.2.1\": 101\n"),
             Catch::Contains(At(2, 14) + "a printed percentage is a whole number from 0 to 100, found 101"));
  CHECK_THAT(ErrorOf("  key_questions:\n    \"2.2.1\": 70%\n"), Catch::Contains(At(2, 14) + "expected the printed "
                                                                                    "percentage for 2.2.1 (a whole number)"));
  CHECK_THAT(ErrorOf("  score: -1\n"), Catch::Contains(At(1, 10) + "score must be 0 or more"));
  CHECK_THAT(ErrorOf("  max: many\n"), Catch::Contains(At(1, 8) + "expected a value for max (a whole number)"));
  CHECK_THAT(ErrorOf("  standards: [Good]\n"), Catch::Contains(At(1, 14) + "expected \"standards:\" as a mapping"));
}

TEST_CASE("published: must hold something to check", "[check][published]") {
  CHECK_THAT(ErrorOf("  {}\n"), Catch::Contains("published: gives nothing to check"));
  Result<CheckResult> scalar = CheckText(Rules2021(), Inspection2021(kJudgedGood, "", "published: 10/27\n"));
  REQUIRE_FALSE(scalar.ok());
  CHECK_THAT(scalar.error().message, Catch::Contains("expected \"published:\" as a mapping"));
}

}  // namespace
}  // namespace rerate
