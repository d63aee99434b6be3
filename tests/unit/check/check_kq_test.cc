// What a printed figure alone can decide: the bands its exact value may be in.
#include "check/check_kq.h"

#include <catch2/catch.hpp>

#include "check/check_test_support.h"

namespace rerate {
namespace {

using testing::Edit;
using testing::ReadSource;
using testing::Rules2021;

std::string Names(const Methodology& m, const BandRange& range) {
  return m.RatingName(range.low) + ".." + m.RatingName(range.high);
}

TEST_CASE("a key question's possible bands from what the data give", "[check][kq]") {
  const Methodology& m = *Rules2021();
  KqResult counted;
  counted.source = KqSource::kCounts;
  counted.has_result = true;
  counted.yes = 16;
  counted.relevant = 32;
  counted.percent = 50;
  counted.band = Rating{1};
  CHECK(KqBandRange(m, counted)->Certain());  // counts: exactly 50%, no doubt

  KqResult printed = counted;
  printed.source = KqSource::kPercent;
  printed.relevant = 0;
  CHECK(Names(m, *KqBandRange(m, printed)) == "Inadequate..Requires improvement");

  // {percent: 50, relevant: 200}: 99/200 = 49.5% and 100/200 both print as 50%.
  printed.relevant = 200;
  CHECK(Names(m, *KqBandRange(m, printed)) == "Inadequate..Requires improvement");
  // {percent: 50, relevant: 30}: only 15/30 prints as 50% (the loader would
  // have made it counts; the range is certain either way).
  printed.relevant = 30;
  CHECK(KqBandRange(m, printed)->Certain());

  // The largest count the loader admits: bisection, no overflow, no waiting.
  printed.relevant = 2147483647;
  CHECK(Names(m, *KqBandRange(m, printed)) == "Inadequate..Requires improvement");
  printed.percent = 51;
  printed.band = Rating{1};
  CHECK(KqBandRange(m, printed)->Certain());

  KqResult none;
  CHECK_FALSE(KqBandRange(m, none));
}

TEST_CASE("a rules file that decides on the printed percentage leaves no doubt", "[check][kq]") {
  const std::string text = Edit(ReadSource("rules/hmip-pdu-2021.yaml"), "decide_on: exact fraction",
                                "decide_on: printed percentage");
  Result<std::shared_ptr<const Methodology>> rules = testing::RulesFromText(text, "rules-printed.yaml");
  REQUIRE(rules.ok());
  KqResult printed;
  printed.source = KqSource::kPercent;
  printed.has_result = true;
  printed.percent = 50;
  printed.band = Rating{1};
  CHECK((*rules)->RatingName(KqBandRange(**rules, printed)->low) == "Requires improvement");
  CHECK(KqBandRange(**rules, printed)->Certain());
}

// Regression: with {percent: 65, relevant: 20} the count 13 is recovered
// from the 65% itself, and check called the 65% "reproduced" (found in review).
TEST_CASE("a figure whose counts were recovered from it is not reproduced", "[check][kq]") {
  const CheckResult result = testing::MustCheck(
      Rules2021(), testing::Inspection2021(testing::kJudgedGood, "  \"2.2.1\": {percent: 65, relevant: 20}\n") +
                       testing::PublishedAllGood(18, "Good", "", "  key_questions:\n    \"2.2.1\": 65\n    \"2.2.2\": 70\n"));
  CHECK(testing::StatusOf(result, "2.2.1") == "unverifiable");
  CHECK(testing::ValueOf(result, "2.2.1")->detail ==
        "the counts 13/20 were recovered from this printed figure: nothing independent to recompute it from");
  CHECK(testing::StatusOf(result, "2.2.2") == "reproduced");  // 14/20 from the data prints as 70%
}

}  // namespace
}  // namespace rerate
