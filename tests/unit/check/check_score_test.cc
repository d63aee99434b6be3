// Score, maximum and overall in check: arithmetic on the report's ratings.
#include <catch2/catch.hpp>

#include "check/check_test_support.h"

namespace rerate {
namespace {

using testing::FindingList;
using testing::Inspection2021;
using testing::kJudgedGood;
using testing::MustCheck;
using testing::Rules2021;
using testing::StatusOf;
using testing::ValueOf;
using List = std::vector<std::string>;

std::string Totals(const std::string& lines) { return "published:\n" + lines; }

TEST_CASE("the score sums the printed ratings, and the data's for standards not printed", "[check][score]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "  \"2.2.1\": {yes: 11, relevant: 20}\n",
                                  Totals("  score: 17\n  standards:\n    \"2.2\": Requires improvement\n")));
  CHECK(r.ok());
  const CheckedValue* score = ValueOf(r, "score");
  REQUIRE(score != nullptr);
  CHECK(score->computed.number == 17);
  CHECK_THAT(score->detail, Catch::Contains("+ 2.2 1 +"));
  CHECK_THAT(score->detail, Catch::Contains("1.1, 1.2, 1.3, 1.4, 2.1, 2.3, 2.4 and 2.5 have no published rating, "
                                            "so the data's rating is used"));
}

TEST_CASE("a score consistent with the printed ratings notes what the data give", "[check][score]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "",
                                  Totals("  score: 17\n  standards:\n    \"2.2\": Requires improvement\n")));
  CHECK(FindingList(r) == List{"band 2.2"});
  CHECK(StatusOf(r, "score") == "reproduced");
  CHECK_THAT(ValueOf(r, "score")->detail, Catch::Contains("the data give 18"));
}

TEST_CASE("only an overall rating: the band of the score of the data's ratings", "[check][score]") {
  const CheckResult good = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", Totals("  overall: Good\n")));
  CHECK(good.ok());
  CHECK_THAT(ValueOf(good, "overall")->detail, Catch::StartsWith("18 of 27 is in 14 to 22: Good"));
  const CheckResult outstanding = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", Totals("  overall: Outstanding\n")));
  CHECK(FindingList(outstanding) == List{"overall overall"});
}

TEST_CASE("a maximum with no score table: the table of the standards rated decides", "[check][score]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "", Totals("  score: 18\n  max: 25\n  overall: Good\n")));
  CHECK(FindingList(r) == List{"arithmetic max"});
  CHECK(StatusOf(r, "overall") == "reproduced");
  CHECK_THAT(ValueOf(r, "overall")->detail, Catch::Contains("no score table for 25"));
}

TEST_CASE("a score beyond the maximum has no overall band", "[check][score]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "", Totals("  score: 30\n  max: 27\n  overall: Outstanding\n")));
  CHECK(FindingList(r) == List{"arithmetic score", "overall overall"});
  CHECK(ValueOf(r, "overall")->computed.empty());
  CHECK_THAT(r.findings[1].detail, Catch::Contains("30 of 27 is beyond the score table"));
}

}  // namespace
}  // namespace rerate
