#include <catch2/catch.hpp>

#include "rerate/evaluate.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Inspection2021;
using testing::RatingOf;
using testing::Rules2021;

std::string Judged(const std::string& leadership, const std::string& services) {
  return "  \"1.1\": " + leadership + "\n  \"1.2\": Good\n  \"1.3\": " + services + "\n  \"1.4\": Good\n";
}

const RuleEvent* FindEvent(const Evaluation& e, const std::string& rule) {
  for (const RuleEvent& event : e.events) {
    if (event.rule == rule) return &event;
  }
  return nullptr;
}

bool HasWarning(const Evaluation& e, WarningKind kind) {
  for (const Warning& warning : e.warnings) {
    if (warning.kind == kind) return true;
  }
  return false;
}

TEST_CASE("inadequate court work caps leadership at Requires improvement", "[limits]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Good"), "  \"2.1.1\": {yes: 4, relevant: 9}\n"));
  CHECK(RatingOf(e, "2.1") == "Inadequate");
  CHECK(RatingOf(e, "1.1") == "Requires improvement");
  const RuleEvent* cap = FindEvent(e, "court-work-caps-leadership");
  REQUIRE(cap != nullptr);
  CHECK(cap->kind == EventKind::kLimit);
  CHECK(e.methodology->RatingName(*cap->before) == "Good");
  CHECK(e.methodology->RatingName(*cap->after) == "Requires improvement");
  const auto& applied = e.For(e.methodology->FindStandard("1.1")).applied;
  CHECK(std::find(applied.begin(), applied.end(), "court-work-caps-leadership") != applied.end());
}

TEST_CASE("the cap does not apply when court work is not Inadequate", "[limits]") {
  // 5/9 = 55.6%: Requires improvement.
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Outstanding", "Good"), "  \"2.1.1\": {yes: 5, relevant: 9}\n"));
  CHECK(RatingOf(e, "1.1") == "Outstanding");
  CHECK(FindEvent(e, "court-work-caps-leadership") == nullptr);
}

TEST_CASE("leadership already within the cap is left alone", "[limits]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Requires improvement", "Good"), "  \"2.1.1\": {yes: 4, relevant: 9}\n"));
  CHECK(RatingOf(e, "1.1") == "Requires improvement");
  CHECK(FindEvent(e, "court-work-caps-leadership") == nullptr);
}

TEST_CASE("the cap reads court work's final rating, after discretion", "[limits][discretion]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Good"), "  \"2.1.1\": {yes: 4, relevant: 9}\n",
                                  "discretion:\n  - {standard: \"2.1\", rating: Requires improvement, "
                                  "reason: Strong oral advice to court}\n"));
  CHECK(RatingOf(e, "2.1") == "Requires improvement");
  CHECK(RatingOf(e, "1.1") == "Good");
}

TEST_CASE("departing from guidance with a recorded reason is explained", "[guidance]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Requires improvement"), "  \"2.4.1\": {yes: 8, relevant: 20}\n",
                                  "departures:\n  - {standard: \"1.3\", reason: Strengths not seen in the cases}\n"));
  const RuleEvent* departure = FindEvent(e, "services-follow-delivery");
  REQUIRE(departure != nullptr);
  CHECK(departure->kind == EventKind::kDeparture);
  CHECK(departure->reason == "Strengths not seen in the cases");
  CHECK(RatingOf(e, "1.3") == "Requires improvement");  // guidance never changes a rating
  CHECK_FALSE(HasWarning(e, WarningKind::kDepartureWithoutReason));
}

TEST_CASE("departing from guidance without a reason warns", "[guidance]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Requires improvement"), "  \"2.4.1\": {yes: 8, relevant: 20}\n"));
  const RuleEvent* departure = FindEvent(e, "services-follow-delivery");
  REQUIRE(departure != nullptr);
  CHECK(departure->reason.empty());
  CHECK(HasWarning(e, WarningKind::kDepartureWithoutReason));
  CHECK(e.violations.empty());
}

TEST_CASE("guidance followed: a recorded departure is pointed out", "[guidance]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Requires improvement"), "",
                                  "departures:\n  - {standard: \"1.3\", reason: Not needed}\n"));
  CHECK(FindEvent(e, "services-follow-delivery") == nullptr);
  CHECK(HasWarning(e, WarningKind::kDepartureNotNeeded));
}

TEST_CASE("guidance for Requires improvement says nothing of Good services", "[guidance]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Good"), "  \"2.4.1\": {yes: 8, relevant: 20}\n"));
  CHECK(FindEvent(e, "services-follow-delivery") == nullptr);
  CHECK(e.warnings.empty());
}

TEST_CASE("discretion one band away is applied with its reason", "[discretion]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Good"), "  \"2.5.3\": {yes: 9, relevant: 20}\n",
                                  "discretion:\n  - {standard: \"2.5\", rating: Requires improvement, "
                                  "reason: Positive scores in the other two}\n"));
  const StandardResult& reviewing = e.For(e.methodology->FindStandard("2.5"));
  CHECK(e.methodology->RatingName(*reviewing.computed) == "Inadequate");
  CHECK(RatingOf(e, "2.5") == "Requires improvement");
  const RuleEvent* discretion = FindEvent(e, "professional-discretion");
  REQUIRE(discretion != nullptr);
  CHECK(discretion->reason == "Positive scores in the other two");
  CHECK(e.violations.empty());
}

TEST_CASE("discretion beyond the allowed distance is a violation", "[discretion]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Good"), "  \"2.5.3\": {yes: 9, relevant: 20}\n",
                                  "discretion:\n  - {standard: \"2.5\", rating: Good, reason: Strong reviews}\n"));
  REQUIRE(e.violations.size() == 1);
  CHECK(e.violations[0].rule == "professional-discretion");
  CHECK(e.violations[0].message.find("2 bands up (Inadequate to Good)") != std::string::npos);
  CHECK(e.violations[0].where.line > 0);
}

TEST_CASE("discretion to the computed rating changes nothing and says so", "[discretion]") {
  const Evaluation e = testing::EvaluateText(
      Rules2021(), Inspection2021(Judged("Good", "Good"), "",
                                  "discretion:\n  - {standard: \"2.5\", rating: Good, reason: Same}\n"));
  CHECK(FindEvent(e, "professional-discretion") == nullptr);
  CHECK(HasWarning(e, WarningKind::kDiscretionNoChange));
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("whether each limit's condition held is recorded, lowered or not", "[limits]") {
  const std::string judged_ri =
      "  \"1.1\": Requires improvement\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  const Evaluation within = testing::EvaluateText(
      testing::Rules2021(), testing::Inspection2021(judged_ri, "  \"2.1.1\": {yes: 4, relevant: 9}\n"));
  REQUIRE(within.limit_held.size() == 1);
  CHECK(within.limit_held[0]);    // court work Inadequate: the cap holds, though it lowers nothing
  CHECK(within.events.empty());
  const Evaluation lifted = testing::EvaluateText(
      testing::Rules2021(), testing::Inspection2021(judged_ri, "  \"2.1.1\": {yes: 5, relevant: 9}\n"));
  REQUIRE(lifted.limit_held.size() == 1);
  CHECK_FALSE(lifted.limit_held[0]);
}

}  // namespace
}  // namespace rerate
