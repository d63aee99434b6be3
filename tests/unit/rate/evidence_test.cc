#include <catch2/catch.hpp>

#include "rerate/evidence.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::EvidenceFromText;
using testing::Inspection2021;
using testing::Rules2021;

const std::string kAllGood = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";

std::string ErrorOf(const Result<Evidence>& evidence) {
  REQUIRE_FALSE(evidence.ok());
  return evidence.error().ToString();
}

TEST_CASE("a discretion without a reason is an error", "[evidence][discretion]") {
  const std::string message = ErrorOf(EvidenceFromText(
      Rules2021(), Inspection2021(kAllGood, "", "discretion:\n  - {standard: \"2.5\", rating: Good}\n")));
  CHECK(message.find("discretion on 2.5 needs reason:") != std::string::npos);
}

TEST_CASE("discretion applies to case standards only", "[evidence][discretion]") {
  const std::string message = ErrorOf(EvidenceFromText(
      Rules2021(), Inspection2021(kAllGood, "", "discretion:\n  - {standard: \"1.1\", rating: Good, reason: x}\n")));
  CHECK(message.find("1.1 Leadership is rated by inspectors' judgement") != std::string::npos);
}

TEST_CASE("only a standard the rules allow may be Not rated", "[evidence]") {
  const std::string message =
      ErrorOf(EvidenceFromText(Rules2021(), Inspection2021(kAllGood, "", "not_rated: [\"2.2\"]\n")));
  CHECK(message.find("2.2 Assessment may not be Not rated under hmip-pdu-2021 (only 2.1 Court work may be)") !=
        std::string::npos);
}

TEST_CASE("a case standard with data cannot also be given a rating", "[evidence]") {
  const std::string message =
      ErrorOf(EvidenceFromText(Rules2021(), Inspection2021(kAllGood + "  \"2.2\": Good\n", "")));
  CHECK(message.find("2.2 Assessment is rated from its key questions") != std::string::npos);
  CHECK(message.find("record a discretion") != std::string::npos);
}

TEST_CASE("every judgement standard needs a rating", "[evidence]") {
  const std::string message = ErrorOf(EvidenceFromText(Rules2021(), Inspection2021("  \"1.1\": Good\n", "")));
  CHECK(message.find("no rating for 1.2 Staff") != std::string::npos);
}

TEST_CASE("a rating's name is matched without regard to case, with suggestions", "[evidence]") {
  CHECK(EvidenceFromText(Rules2021(), Inspection2021(
                                          "  \"1.1\": good\n  \"1.2\": GOOD\n  \"1.3\": Requires Improvement\n"
                                          "  \"1.4\": Good\n",
                                          ""))
            .ok());
  const std::string message = ErrorOf(EvidenceFromText(
      Rules2021(), Inspection2021("  \"1.1\": Outstandin\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n", "")));
  CHECK(message.find("did you mean Outstanding?") != std::string::npos);
  const std::string not_rated = ErrorOf(EvidenceFromText(
      Rules2021(), Inspection2021("  \"1.1\": Not rated\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n", "")));
  CHECK(not_rated.find("list a standard that is Not rated under not_rated:") != std::string::npos);
}

TEST_CASE("a printed figure with its relevant count recovers a unique count", "[evidence]") {
  Result<Evidence> evidence =
      EvidenceFromText(Rules2021(), Inspection2021(kAllGood, "  \"2.5.3\": {percent: 47, relevant: 32}\n"));
  REQUIRE(evidence.ok());
  const KqEvidence& kq = evidence->key_questions[Rules2021()->FindKeyQuestion("2.5.3")];
  CHECK(kq.source == KqSource::kCounts);
  CHECK(kq.yes == 15);
  CHECK(kq.relevant == 32);
  CHECK(kq.percent == 47);
}

TEST_CASE("a printed figure no count can produce is an error", "[evidence]") {
  // Out of 3, the figures are 0, 33, 67 and 100.
  const std::string message =
      ErrorOf(EvidenceFromText(Rules2021(), Inspection2021(kAllGood, "  \"2.5.3\": {percent: 50, relevant: 3}\n")));
  CHECK(message.find("no number of yes answers out of 3 prints as 50%") != std::string::npos);
}

TEST_CASE("a departure names a guidance rule that touches the standard", "[evidence][guidance]") {
  const std::string untouched = ErrorOf(EvidenceFromText(
      Rules2021(), Inspection2021(kAllGood, "", "departures:\n  - {standard: \"1.2\", reason: x}\n")));
  CHECK(untouched.find("no guidance in hmip-pdu-2021 touches 1.2 Staff") != std::string::npos);
  const std::string wrong_rule = ErrorOf(EvidenceFromText(
      Rules2021(),
      Inspection2021(kAllGood, "", "departures:\n  - {standard: \"1.3\", rule: services-follow-delivry, reason: x}\n")));
  CHECK(wrong_rule.find("did you mean services-follow-delivery?") != std::string::npos);
}

TEST_CASE("key-question counts from cases are recounted after an edit", "[evidence]") {
  std::string csv = "case,2.1.1\nA,yes\nB,no\nC,n/a\n";
  Result<Evidence> evidence = EvidenceFromText(
      testing::Rules2021(), "inspection: T\nmethodology: hmip-pdu-2021\nratings:\n" + kAllGood +
                                "  \"2.2\": Good\n  \"2.3\": Good\n  \"2.4\": Good\n  \"2.5\": Good\n",
      csv);
  REQUIRE(evidence.ok());
  const int q = Rules2021()->FindKeyQuestion("2.1.1");
  CHECK(evidence->key_questions[q].yes == 1);
  CHECK(evidence->key_questions[q].relevant == 2);
  evidence->cases->answers[q][2] = Answer::kYes;
  RecountFromCases(*evidence);
  CHECK(evidence->key_questions[q].yes == 2);
  CHECK(evidence->key_questions[q].relevant == 3);
  CHECK(evidence->CaseCount() == 3);
}

TEST_CASE("a case standard whose answers are all n/a has no result", "[evidence]") {
  const std::string csv = "case,2.1.1\nA,n/a\nB,n/a\n";
  const std::string yaml = "inspection: T\nmethodology: hmip-pdu-2021\nratings:\n" + kAllGood +
                           "  \"2.2\": Good\n  \"2.3\": Good\n  \"2.4\": Good\n  \"2.5\": Good\n";
  const std::string message = ErrorOf(EvidenceFromText(Rules2021(), yaml, csv));
  CHECK(message.find("key question 2.1.1 has no relevant cases (every answer is n/a); list 2.1 under not_rated:") !=
        std::string::npos);
  CHECK(EvidenceFromText(Rules2021(), yaml + "not_rated: [\"2.1\"]\n", csv).ok());
}

// Regression: two departures from one guidance rule, recorded on its two
// standards, kept only the last (found in review).
TEST_CASE("a guidance rule is departed from once", "[evidence][guidance]") {
  Result<Evidence> evidence = EvidenceFromText(
      Rules2021(), Inspection2021(kAllGood, "", "departures:\n  - {standard: \"1.3\", reason: first}\n"
                                                "  - {standard: \"2.4\", reason: second}\n"));
  REQUIRE_FALSE(evidence.ok());
  CHECK(evidence.error().message.rfind("a second departure from services-follow-delivery (the first is at line", 0) == 0);
}

}  // namespace
}  // namespace rerate
