#include "stability/stability_words.h"

#include <catch2/catch.hpp>

#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("Shares read as percentages, never rare as impossible nor likely as certain", "[stability][words]") {
  CHECK(ShareText(0) == "-");
  CHECK(ShareText(1) == "100%");
  CHECK(ShareText(0.7134) == "71.3%");
  CHECK(ShareText(0.0001) == "<0.1%");
  CHECK(ShareText(0.9999) == ">99.9%");
  CHECK(ShareText(0.0005) == "0.1%");
}

TEST_CASE("The confidence level as a percentage, from its digits", "[stability][words]") {
  CHECK(ConfidencePercent({"0.95", 0.95}) == "95%");
  CHECK(ConfidencePercent({"0.9", 0.9}) == "90%");
  CHECK(ConfidencePercent({"0.975", 0.975}) == "97.5%");
  CHECK(ConfidencePercent({"0.05", 0.05}) == "5%");
}

StabilityResult Result2021() {
  StabilityResult result;
  result.methodology = testing::Rules2021();
  result.method = StabilityMethod::kCases;
  result.resamples = 1000;
  result.cases = 21;
  return result;
}

RatingShares Shares(std::vector<double> probability, double no_data = 0, double dropped = 0) {
  RatingShares shares;
  shares.probability = std::move(probability);
  shares.no_data = no_data;
  shares.discretion_dropped = dropped;
  return shares;
}

TEST_CASE("One sentence per standard, in words", "[stability][words]") {
  StabilityResult result = Result2021();
  const Methodology& m = *result.methodology;
  CHECK(SharesSentence(result, Shares({0.713, 0.23, 0.057, 0})) ==
        "Inadequate in 71.3% of resamples, Requires improvement in 23.0%, Good in 5.7%");
  CHECK(SharesSentence(result, Shares({0, 0, 1, 0})) == "Good in every resample");
  CHECK(SharesSentence(result, Shares({0.5, 0.4999, 0, 0}, 0.0001)) ==
        "Inadequate in 50.0% of resamples, Requires improvement in 50.0%; no data in <0.1%");

  StandardStability court{m.FindStandard("2.1"), StandardStatus::kRated, Rating{0}, Rating{0}, true, true, {},
                          Shares({0.6, 0.4, 0, 0})};
  CHECK(StandardSentence(result, court) == "2.1 Court work: Inadequate in 60.0% of resamples, Requires improvement in 40.0%.");
  StandardStability leadership{m.FindStandard("1.1"), StandardStatus::kRated, Rating{1}, Rating{1}, true, false, {},
                               Shares({0, 0.6, 0.4, 0})};
  CHECK(StandardSentence(result, leadership) ==
        "1.1 Leadership: Requires improvement in 60.0% of resamples, Good in 40.0%; the inspectors' judgement is held "
        "as recorded, and a limit reading resampled ratings moves it.");
  StandardStability reviewing{m.FindStandard("2.5"), StandardStatus::kRated, Rating{1}, Rating{1}, true, true, Rating{1},
                              Shares({0.1, 0.9, 0, 0}, 0, 0.02)};
  CHECK(StandardSentence(result, reviewing) ==
        "2.5 Reviewing: Inadequate in 10.0% of resamples, Requires improvement in 90.0%; the recorded discretion to "
        "Requires improvement is kept where it fits professional-discretion (at most 1 band) and dropped in 2.0% of "
        "resamples.");
  StandardStability not_rated{m.FindStandard("2.1"), StandardStatus::kNotRated, {}, {}, true, false, {},
                              Shares({0, 0, 0, 0})};
  CHECK(StandardSentence(result, not_rated) == "2.1 Court work: Not rated, as recorded.");
}

TEST_CASE("Bands reached, and notes on what was held", "[stability][words]") {
  StabilityResult result = Result2021();
  const Methodology& m = *result.methodology;
  CHECK(BandsText(m, {Rating{0}, Rating{1}, Rating{2}}) == "Inadequate to Good");
  CHECK(BandsText(m, {Rating{3}}) == "Outstanding");
  CHECK(BandsText(m, {Rating{0}, Rating{2}}) == "Inadequate and Good");
  result.method = StabilityMethod::kCounts;
  KqStability counted;
  counted.key_question = m.FindKeyQuestion("2.2.1");
  counted.counts_known = true;
  KqStability held;
  held.key_question = m.FindKeyQuestion("2.2.2");
  held.held = true;
  result.key_questions = {counted, held};
  result.overall = Shares({0, 1, 0, 0});
  const std::vector<std::string> notes = StabilityNotes(result);
  REQUIRE(notes.size() == 2);
  CHECK_THAT(notes[0], Catch::StartsWith("counts only: each key question's yes count is drawn on its own"));
  CHECK_THAT(notes[1], Catch::StartsWith("2.2.2 is known only as a printed percentage, with no n: held at the printed "
                                         "band in every sample"));
}

}  // namespace
}  // namespace rerate
