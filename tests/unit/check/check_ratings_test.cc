// Standard ratings in check: the report's ratings, Not rated both ways,
// ratings given without data, notes for records that change nothing.
#include <catch2/catch.hpp>

#include "check/check_context.h"
#include "check/check_published.h"
#include "check/check_test_support.h"

namespace rerate {
namespace {

using testing::FindingList;
using testing::Inspection2021;
using testing::kJudgedGood;
using testing::MustCheck;
using testing::PublishedAllGood;
using testing::Rules2021;
using testing::StatusOf;
using testing::ValueOf;
using List = std::vector<std::string>;

bool Noted(const CheckResult& result, const std::string& subject, const std::string& text) {
  for (const CheckNote& note : result.notes) {
    if (note.subject == subject && note.message.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("the report's ratings: published where printed, else the data's", "[check][ratings]") {
  const Evaluation e = testing::EvaluateText(Rules2021(), Inspection2021(kJudgedGood, ""));
  Published published;
  const Methodology& m = *Rules2021();
  published.standards.push_back(PublishedRating{m.FindStandard("1.1"), Rating{0}, {}});
  published.standards.push_back(PublishedRating{m.FindStandard("2.1"), std::nullopt, {}});
  const std::vector<ReportRating> report = ReportRatings(published, e);
  CHECK(report[m.FindStandard("1.1")].published);
  CHECK(report[m.FindStandard("1.1")].rating == Rating{0});
  CHECK_FALSE(report[m.FindStandard("2.1")].scored);  // printed Not rated
  CHECK_FALSE(report[m.FindStandard("2.2")].published);
  CHECK(report[m.FindStandard("2.2")].rating == Rating{2});  // the data's Good
  CHECK_FALSE(report[m.FindStandard("2.6")].scored);  // reported only
}

TEST_CASE("Not rated: reproduced when listed, recorded when not", "[check][ratings]") {
  const std::string kqs = "";
  SECTION("listed under not_rated: and printed Not rated") {
    std::string text = Inspection2021(kJudgedGood, kqs, "not_rated: [\"2.1\"]\n" +
                                                            PublishedAllGood(16, "Good", "    \"2.1\": Not rated\n", "", 24));
    text = testing::Edit(text, "  \"2.1.1\": {yes: 14, relevant: 20}\n", "");
    const CheckResult r = MustCheck(Rules2021(), text);
    CHECK(r.ok());
    CHECK(StatusOf(r, "2.1") == "reproduced");
    CHECK(StatusOf(r, "max") == "reproduced");
    CHECK_THAT(ValueOf(r, "max")->detail, Catch::Contains("(2.1 Not rated)"));
  }
  SECTION("printed Not rated, but the inspection rates it") {
    const CheckResult r = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, kqs, PublishedAllGood(16, "Good", "    \"2.1\": Not rated\n", "", 24)));
    CHECK(FindingList(r) == List{"recorded 2.1"});
    CHECK(r.findings[0].computed.text == "Good");
  }
  SECTION("printed with a rating, but listed under not_rated:") {
    std::string text = Inspection2021(kJudgedGood, kqs, "not_rated: [\"2.1\"]\n" + PublishedAllGood());
    text = testing::Edit(text, "  \"2.1.1\": {yes: 14, relevant: 20}\n", "");
    const CheckResult r = MustCheck(Rules2021(), text);
    CHECK(FindingList(r) == List{"recorded 2.1"});
    CHECK(r.findings[0].computed.text == "Not rated");
  }
}

TEST_CASE("a case standard with only its rating: only the arithmetic is checked", "[check][ratings]") {
  std::string text = Inspection2021(kJudgedGood + "  \"2.3\": Good\n", "", PublishedAllGood());
  for (const char* id : {"2.3.1", "2.3.2", "2.3.3"}) {
    text = testing::Edit(text, std::string("  \"") + id + "\": {yes: 14, relevant: 20}\n", "");
  }
  const CheckResult r = MustCheck(Rules2021(), text);
  CHECK(r.ok());
  CHECK(StatusOf(r, "2.3") == "unverifiable");
  CHECK(Noted(r, "2.3", "only the arithmetic from ratings to score and overall can be checked"));

  const CheckResult differs =
      MustCheck(Rules2021(), testing::Edit(text, "    \"2.3\": Good\n", "    \"2.3\": Outstanding\n"));
  CHECK(FindingList(differs) == List{"arithmetic score", "recorded 2.3"});
}

TEST_CASE("tied lowest key questions are all named", "[check][ratings]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "  \"2.2.1\": {yes: 11, relevant: 20}\n  \"2.2.2\": {yes: 11, relevant: 20}\n",
                                  PublishedAllGood(17, "Good", "    \"2.2\": Requires improvement\n")));
  CHECK_THAT(ValueOf(r, "2.2")->detail, Catch::StartsWith("tied lowest key questions 2.2.1 and 2.2.2 at 11/20"));
}

TEST_CASE("a cap read on the data's rating of a standard the report does not print", "[check][ratings]") {
  std::string published = PublishedAllGood(16, "Good", "", "", 27);
  published = testing::Edit(published, "    \"2.1\": Good\n", "");
  const CheckResult r =
      MustCheck(Rules2021(), Inspection2021(kJudgedGood, "  \"2.1.1\": {yes: 4, relevant: 9}\n", published));
  CHECK(FindingList(r) == List{"cap 1.1"});
  CHECK_THAT(r.findings[0].detail, Catch::StartsWith("2.1 Court work is Inadequate (from the data)"));
}

TEST_CASE("records that change nothing are noted, not findings", "[check][ratings]") {
  SECTION("a departure recorded where the guidance is followed") {
    const CheckResult r = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, "",
                                    "departures:\n  - {standard: \"1.3\", reason: Just in case}\n" + PublishedAllGood()));
    CHECK(r.ok());
    CHECK(r.explained.empty());
    CHECK(Noted(r, "1.3", "the report's ratings follow that guidance"));
  }
  SECTION("discretion giving the rating already computed") {
    const CheckResult r = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, "",
                                    "discretion:\n  - {standard: \"2.5\", rating: Good, reason: Same}\n" + PublishedAllGood()));
    CHECK(r.ok());
    CHECK(Noted(r, "2.5", "changes nothing"));
  }
}

}  // namespace
}  // namespace rerate
