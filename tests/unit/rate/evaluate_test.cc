#include <catch2/catch.hpp>

#include "rerate/evaluate.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Inspection2021;
using testing::RatingOf;
using testing::Rules2021;

const std::string kAllGood = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";

const KqResult& Kq(const Evaluation& e, const std::string& id) {
  return e.ForKq(e.methodology->FindKeyQuestion(id));
}

TEST_CASE("every standard Good scores 18 of 27, overall Good", "[evaluate]") {
  const Evaluation e = testing::EvaluateText(Rules2021(), Inspection2021(kAllGood, ""));
  CHECK(e.score == 18);
  CHECK(e.max == 27);
  CHECK(RatingOf(e, "2.2") == "Good");
  REQUIRE(e.overall);
  CHECK(e.methodology->RatingName(*e.overall) == "Good");
  CHECK(e.violations.empty());
  CHECK(e.warnings.empty());
}

TEST_CASE("the lowest key question drives the standard, ties marked together", "[evaluate]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(kAllGood, "  \"2.2.1\": {yes: 11, relevant: 20}\n"
                                            "  \"2.2.2\": {yes: 11, relevant: 20}\n"
                                            "  \"2.2.3\": {yes: 16, relevant: 20}\n"));
  CHECK(RatingOf(e, "2.2") == "Requires improvement");
  CHECK(Kq(e, "2.2.1").lowest);
  CHECK(Kq(e, "2.2.2").lowest);
  CHECK_FALSE(Kq(e, "2.2.3").lowest);
}

TEST_CASE("the lowest key question is found on exact values, not printed ones", "[evaluate]") {
  // 13/20 is 65% (Good); 20/31 prints as 65% but is 64.5% (Requires improvement).
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(kAllGood, "  \"2.3.1\": {yes: 13, relevant: 20}\n"
                                            "  \"2.3.2\": {yes: 20, relevant: 31}\n"));
  CHECK(Kq(e, "2.3.2").lowest);
  CHECK_FALSE(Kq(e, "2.3.1").lowest);
  CHECK(Kq(e, "2.3.2").rounding_sensitive);
  CHECK(RatingOf(e, "2.3") == "Requires improvement");
}

TEST_CASE("outcomes are reported and never scored", "[evaluate]") {
  const Evaluation e = testing::EvaluateText(Rules2021(),
                                             Inspection2021(kAllGood, "  \"2.6.1\": {yes: 0, relevant: 20}\n"));
  const StandardResult& outcomes = e.For(e.methodology->FindStandard("2.6"));
  CHECK(outcomes.status == StandardStatus::kReportedOnly);
  CHECK_FALSE(outcomes.rating);
  CHECK(outcomes.points == 0);
  CHECK(Kq(e, "2.6.1").HasResult());
  CHECK_FALSE(Kq(e, "2.6.1").band);
  CHECK(e.score == 18);
  CHECK(e.max == 27);
}

TEST_CASE("court work Not rated lowers the maximum to 24 and uses its score table", "[evaluate]") {
  std::string yaml = Inspection2021(kAllGood, "", "not_rated: [\"2.1\"]\n");
  yaml = testing::Edit(yaml, "  \"2.1.1\": {yes: 14, relevant: 20}\n", "");
  const Evaluation e = testing::EvaluateText(Rules2021(), yaml);
  CHECK(e.max == 24);
  CHECK(e.score == 16);
  CHECK(RatingOf(e, "2.1") == "Not rated");
  CHECK(e.For(e.methodology->FindStandard("2.1")).status == StandardStatus::kNotRated);
  CHECK(e.methodology->RatingName(*e.overall) == "Good");  // 16 of 24: 13 to 20
}

TEST_CASE("the overall rating follows the score table's edges", "[evaluate]") {
  // Judgements Inadequate (0) and case standards Good (2 each): 10 of 27.
  const std::string inadequate =
      "  \"1.1\": Inadequate\n  \"1.2\": Inadequate\n  \"1.3\": Inadequate\n  \"1.4\": Inadequate\n";
  const Evaluation ten = testing::EvaluateText(Rules2021(), Inspection2021(inadequate, ""));
  CHECK(ten.score == 10);
  CHECK(ten.methodology->RatingName(*ten.overall) == "Requires improvement");
  // Four standards at Outstanding more (1.1 to 1.4): 10 + 12 = 22, still Good; 23 is Outstanding.
  const std::string outstanding =
      "  \"1.1\": Outstanding\n  \"1.2\": Outstanding\n  \"1.3\": Outstanding\n  \"1.4\": Outstanding\n";
  const Evaluation twenty_two = testing::EvaluateText(Rules2021(), Inspection2021(outstanding, ""));
  CHECK(twenty_two.score == 22);
  CHECK(twenty_two.methodology->RatingName(*twenty_two.overall) == "Good");
  const Evaluation twenty_three = testing::EvaluateText(
      Rules2021(), Inspection2021(outstanding, "  \"2.2.1\": {yes: 16, relevant: 20}\n"
                                               "  \"2.2.2\": {yes: 16, relevant: 20}\n"
                                               "  \"2.2.3\": {yes: 16, relevant: 20}\n"));
  CHECK(twenty_three.score == 23);
  CHECK(twenty_three.methodology->RatingName(*twenty_three.overall) == "Outstanding");
}

TEST_CASE("a case standard with no key-question data takes its given rating", "[evaluate]") {
  std::string yaml = Inspection2021(kAllGood + "  \"2.3\": Outstanding\n", "");
  for (const char* id : {"2.3.1", "2.3.2", "2.3.3"}) {
    yaml = testing::Edit(yaml, std::string("  \"") + id + "\": {yes: 14, relevant: 20}\n", "");
  }
  const Evaluation e = testing::EvaluateText(Rules2021(), yaml);
  CHECK(RatingOf(e, "2.3") == "Outstanding");
  CHECK_FALSE(e.For(e.methodology->FindStandard("2.3")).from_key_questions);
  CHECK(e.score == 19);
}

TEST_CASE("the tracer records each decision by rule id and changes nothing", "[evaluate][trace]") {
  const std::string yaml = Inspection2021(kAllGood, "  \"2.1.1\": {yes: 4, relevant: 9}\n");
  Result<Evidence> evidence = testing::EvidenceFromText(Rules2021(), yaml);
  REQUIRE(evidence.ok());
  TraceLog log;
  const Evaluation traced = Evaluate(*evidence, &log);
  const Evaluation silent = Evaluate(*evidence);
  CHECK(traced.score == silent.score);
  CHECK(RatingOf(traced, "1.1") == RatingOf(silent, "1.1"));
  bool cap_traced = false;
  bool band_traced = false;
  for (const TraceStep& step : log.steps()) {
    cap_traced = cap_traced || (step.rule == "court-work-caps-leadership" && step.subject == "1.1");
    band_traced = band_traced || (step.rule == "kq-bands" && step.subject == "2.1.1" &&
                                  step.message == "4/9 = 44.4% (prints as 44%): Inadequate");
  }
  CHECK(cap_traced);
  CHECK(band_traced);
  CHECK(log.steps().back().rule == "overall-from-score");
}

TEST_CASE("prompt answers are counted and never rated", "[evaluate]") {
  // hmip-pdu-2021 declares prompt 2.2.3.a under 2.2.3.
  const std::string yaml = "inspection: Prompts\nmethodology: hmip-pdu-2021\nratings:\n" + kAllGood +
                           "not_rated: [\"2.1\"]\n";
  std::string csv = "case,2.2.1,2.2.2,2.2.3,2.2.3.a,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3,2.5.1,2.5.2,2.5.3\n";
  csv += "C1,yes,yes,yes,no,yes,yes,yes,yes,yes,yes,yes,yes,yes\n";
  csv += "C2,yes,yes,no,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes\n";
  csv += "C3,yes,yes,yes,n/a,yes,yes,yes,yes,yes,yes,yes,yes,yes\n";
  const Evaluation e = testing::EvaluateText(Rules2021(), yaml, csv);
  REQUIRE(e.prompts.size() == 1);
  CHECK(e.prompts[0].id == "2.2.3.a");
  CHECK(e.prompts[0].yes == 1);
  CHECK(e.prompts[0].relevant == 2);
  CHECK(RatingOf(e, "2.2") == "Good");  // 2.2.3 at 2/3 = 66.7%; the prompt plays no part
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("a printed figure alone on a band edge is banded as printed, with a warning", "[evaluate]") {
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  const Evaluation e = testing::EvaluateText(testing::Rules2021(),
                                             testing::Inspection2021(ratings, "  \"2.3.3\": {percent: 50}\n"));
  CHECK(testing::RatingOf(e, "2.3") == "Requires improvement");
  REQUIRE(e.warnings.size() == 1);
  CHECK(e.warnings[0].kind == WarningKind::kEdgeUnknown);
  CHECK(e.warnings[0].message.find("only the printed 50% is known") != std::string::npos);
  CHECK(e.warnings[0].where.line > 0);
  const Evaluation off_edge = testing::EvaluateText(
      testing::Rules2021(), testing::Inspection2021(ratings, "  \"2.3.3\": {percent: 47}\n"));
  CHECK(off_edge.warnings.empty());
}

// Regression: court work Not rated with its answers present rated nothing
// and said nothing, so the cap the data would fire was silently skipped
// (found in review).
TEST_CASE("data under a Not rated standard is reported with a warning", "[evaluate]") {
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  const Evaluation e = testing::EvaluateText(
      testing::Rules2021(), testing::Inspection2021(ratings, "  \"2.1.1\": {yes: 4, relevant: 9}\n", "not_rated: [\"2.1\"]\n"));
  CHECK(testing::RatingOf(e, "2.1") == "Not rated");
  CHECK(testing::RatingOf(e, "1.1") == "Good");  // no court-work rating, so no cap
  REQUIRE(e.warnings.size() == 1);
  CHECK(e.warnings[0].kind == WarningKind::kDataNotRated);
  CHECK(e.warnings[0].message ==
        "2.1 Court work is Not rated, but 2.1.1 has data: reported, never rated, and no rule reads a rating from it");
  CHECK(e.warnings[0].where.line > 0);
}

}  // namespace
}  // namespace rerate
