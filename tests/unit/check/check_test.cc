// check: each finding kind, explained items and unverifiable values, through
// CheckInspection; and the seed reports, which must check clean.
#include <catch2/catch.hpp>
#include <regex>

#include "check/check_test_support.h"
#include "rerate/check.h"

namespace rerate {
namespace {

using testing::CheckText;
using testing::FindingList;
using testing::Inspection2021;
using testing::kJudgedGood;
using testing::MustCheck;
using testing::PublishedAllGood;
using testing::Rules2021;
using testing::StatusOf;
using List = std::vector<std::string>;

const std::string kServicesRi = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Requires improvement\n  \"1.4\": Good\n";

TEST_CASE("a report that follows from its data reproduces every value", "[check]") {
  const CheckResult r = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood()));
  CHECK(r.ok());
  CHECK(r.values.size() == 12);
  CHECK(r.Count(ValueStatus::kReproduced) == 12);
  CHECK(r.explained.empty());
}

TEST_CASE("arithmetic: a score that is not the sum of the published ratings' points", "[check]") {
  const CheckResult r = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(17)));
  CHECK(FindingList(r) == List{"arithmetic score"});
  CHECK(r.findings[0].standard.empty());
  CHECK(r.findings[0].published.number == 17);
  CHECK(r.findings[0].computed.number == 18);
  CHECK(StatusOf(r, "score") == "finding");
  CHECK(StatusOf(r, "overall") == "reproduced");  // 17 of 27 is Good too
}

TEST_CASE("arithmetic: a maximum that does not match the standards rated", "[check]") {
  const CheckResult r = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(18, "Good", "", "", 24)));
  CHECK(FindingList(r) == List{"arithmetic max"});
  CHECK(r.findings[0].computed.number == 27);
}

TEST_CASE("band: a case standard rated away from its lowest key question without discretion", "[check]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(17, "Good", "    \"2.2\": Requires improvement\n")));
  CHECK(FindingList(r) == List{"band 2.2"});
  CHECK(r.findings[0].standard == "2.2");
  CHECK(r.findings[0].published.text == "Requires improvement");
  CHECK(r.findings[0].computed.text == "Good");
  CHECK(r.findings[0].rule == "lowest-kq");
}

TEST_CASE("band: a recorded discretion that gives another rating does not explain it", "[check]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "  \"2.5.1\": {yes: 8, relevant: 20}\n",
                                  "discretion:\n  - {standard: \"2.5\", rating: Requires improvement, reason: R}\n" +
                                      PublishedAllGood(18)));
  CHECK(FindingList(r) == List{"band 2.5"});
  CHECK_THAT(r.findings[0].detail, Catch::Contains("the discretion recorded gives Requires improvement"));
  CHECK(r.explained.empty());
}

TEST_CASE("overall: an overall rating that is not the band of the score", "[check]") {
  const CheckResult r = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(18, "Requires improvement")));
  CHECK(FindingList(r) == List{"overall overall"});
  CHECK(r.findings[0].computed.text == "Good");
  CHECK(r.findings[0].rule == "overall-from-score");
}

TEST_CASE("rounding-sensitive: 20/31 is reported even when every rating agrees", "[check]") {
  // 20/31 = 64.5%: Requires improvement exactly, prints as 65% (Good).
  const std::string kqs = "  \"2.2.1\": {yes: 20, relevant: 31}\n";
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, kqs,
                                  PublishedAllGood(17, "Good", "    \"2.2\": Requires improvement\n",
                                                   "  key_questions:\n    \"2.2.1\": 65\n")));
  CHECK(FindingList(r) == List{"rounding-sensitive 2.2.1"});
  const Finding& finding = r.findings[0];
  CHECK(finding.standard == "2.2");
  CHECK(finding.key_question == "2.2.1");
  CHECK(finding.published.text == "Good");  // the printed figure's band
  CHECK(finding.computed.text == "Requires improvement");  // the exact fraction's
  CHECK(StatusOf(r, "2.2") == "reproduced");

  SECTION("also when the report does not print the key question") {
    const CheckResult bare = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, kqs, PublishedAllGood(17, "Good", "    \"2.2\": Requires improvement\n")));
    CHECK(FindingList(bare) == List{"rounding-sensitive 2.2.1"});
  }
}

TEST_CASE("percentage: a printed percentage that k/n does not print as", "[check]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(18, "Good", "", "  key_questions:\n    \"2.2.1\": 71\n")));
  CHECK(FindingList(r) == List{"percentage 2.2.1"});
  CHECK(r.findings[0].standard == "2.2");
  CHECK(r.findings[0].published.number == 71);
  CHECK(r.findings[0].computed.number == 70);
  CHECK_THAT(r.findings[0].detail, Catch::Contains("14/20 = 70.0% prints as 70%"));
}

TEST_CASE("cap: leadership published Good with court work Inadequate", "[check]") {
  const std::string court = "  \"2.1.1\": {yes: 4, relevant: 9}\n";
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, court, PublishedAllGood(16, "Good", "    \"2.1\": Inadequate\n")));
  CHECK(FindingList(r) == List{"cap 1.1"});
  CHECK(r.findings[0].published.text == "Good");
  CHECK(r.findings[0].computed.text == "Requires improvement");
  CHECK(r.findings[0].rule == "court-work-caps-leadership");
  CHECK(r.explained.empty());

  SECTION("the cap applied is explained by the rule, with its numbers") {
    const CheckResult capped = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, court,
                                    PublishedAllGood(15, "Good", "    \"1.1\": Requires improvement\n    \"2.1\": Inadequate\n")));
    CHECK(capped.ok());
    REQUIRE(capped.explained.size() == 1);
    CHECK(capped.explained[0].kind == "limit");
    CHECK(capped.explained[0].standard == "1.1");
    CHECK(capped.explained[0].rule == "court-work-caps-leadership");
    CHECK_THAT(capped.explained[0].detail, Catch::Contains("2.1 Court work is Inadequate"));
    CHECK(StatusOf(capped, "1.1") == "explained");
  }
}

TEST_CASE("guidance: services Requires improvement over Inadequate delivery, no reason recorded", "[check]") {
  const std::string delivery = "  \"2.4.1\": {yes: 8, relevant: 20}\n";
  const std::string published =
      PublishedAllGood(15, "Good", "    \"1.3\": Requires improvement\n    \"2.4\": Inadequate\n");
  const CheckResult r = MustCheck(Rules2021(), Inspection2021(kServicesRi, delivery, published));
  CHECK(FindingList(r) == List{"guidance 1.3"});
  CHECK(r.findings[0].rule == "services-follow-delivery");

  SECTION("with a recorded reason it is explained, with the reason") {
    const CheckResult reasoned = MustCheck(
        Rules2021(), Inspection2021(kServicesRi, delivery,
                                    "departures:\n  - {standard: \"1.3\", reason: Strengths not seen in the cases}\n" +
                                        published));
    CHECK(reasoned.ok());
    REQUIRE(reasoned.explained.size() == 1);
    CHECK(reasoned.explained[0].kind == "departure");
    CHECK(reasoned.explained[0].reason == "Strengths not seen in the cases");
    CHECK(StatusOf(reasoned, "1.3") == "explained");
  }
}

TEST_CASE("guidance is read on the ratings the report prints", "[check]") {
  // The data give delivery Good; the report prints it Inadequate, and so
  // departs from the guidance with no reason.
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kServicesRi, "",
                                  PublishedAllGood(15, "Good", "    \"1.3\": Requires improvement\n    \"2.4\": Inadequate\n")));
  CHECK(FindingList(r) == List{"guidance 1.3", "band 2.4"});
}

TEST_CASE("discretion: beyond the distance allowed is a finding, not a refusal", "[check]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "  \"2.5.1\": {yes: 8, relevant: 20}\n",
                                  "discretion:\n  - {standard: \"2.5\", rating: Good, reason: Strong elsewhere}\n" +
                                      PublishedAllGood()));
  CHECK(FindingList(r) == List{"discretion 2.5"});
  CHECK(r.findings[0].computed.text == "Inadequate");
  CHECK(r.findings[0].rule == "professional-discretion");
  CHECK_THAT(r.findings[0].detail, Catch::Contains("2 bands up"));
  CHECK(r.explained.empty());

  SECTION("within the distance it is explained, with its reason") {
    const CheckResult within = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, "  \"2.5.1\": {yes: 8, relevant: 20}\n",
                                    "discretion:\n  - {standard: \"2.5\", rating: Requires improvement, reason: Strong elsewhere}\n" +
                                        PublishedAllGood(17, "Good", "    \"2.5\": Requires improvement\n")));
    CHECK(within.ok());
    REQUIRE(within.explained.size() == 1);
    CHECK(within.explained[0].kind == "discretion");
    CHECK(within.explained[0].reason == "Strong elsewhere");
    CHECK(StatusOf(within, "2.5") == "explained");
  }
}

TEST_CASE("recorded: a judgement standard printed other than the inspectors' rating", "[check]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(17, "Good", "    \"1.2\": Requires improvement\n")));
  CHECK(FindingList(r) == List{"recorded 1.2"});
  CHECK(r.findings[0].computed.text == "Good");
}

TEST_CASE("a printed figure alone on a band edge is unverifiable, never a finding", "[check][percent]") {
  const std::string edge = "  \"2.3.3\": {percent: 50}\n";
  SECTION("the printed figure's band") {
    const CheckResult r = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, edge,
                                    PublishedAllGood(17, "Good", "    \"2.3\": Requires improvement\n",
                                                     "  key_questions:\n    \"2.3.3\": 50\n")));
    CHECK(r.ok());
    CHECK(StatusOf(r, "2.3") == "unverifiable");
    CHECK(StatusOf(r, "2.3.3") == "unverifiable");
    CHECK(testing::ValueOf(r, "2.3")->computed.text == "Inadequate or Requires improvement");
    bool noted = false;
    for (const CheckNote& note : r.notes) noted = noted || note.subject == "2.3.3";
    CHECK(noted);
  }
  SECTION("the band below, which the exact value may be in") {
    const CheckResult r = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, edge, PublishedAllGood(16, "Good", "    \"2.3\": Inadequate\n")));
    CHECK(r.ok());
    CHECK(StatusOf(r, "2.3") == "unverifiable");
  }
  SECTION("a band no value printing as 50% can have") {
    const CheckResult r = MustCheck(Rules2021(), Inspection2021(kJudgedGood, edge, PublishedAllGood()));
    CHECK(FindingList(r) == List{"band 2.3"});
    CHECK(r.findings[0].computed.text == "Inadequate or Requires improvement");
  }
  SECTION("a printed figure that differs from the one given") {
    const CheckResult r = MustCheck(
        Rules2021(), Inspection2021(kJudgedGood, edge,
                                    PublishedAllGood(17, "Good", "    \"2.3\": Requires improvement\n",
                                                     "  key_questions:\n    \"2.3.3\": 51\n")));
    CHECK(FindingList(r) == List{"percentage 2.3.3"});
  }
}

TEST_CASE("check needs a published: block and valid data", "[check]") {
  Result<CheckResult> none = CheckText(Rules2021(), Inspection2021(kJudgedGood, ""));
  REQUIRE_FALSE(none.ok());
  CHECK_THAT(none.error().ToString(), Catch::Contains(":1:1: no published: block"));
  Result<CheckResult> bad = CheckText(Rules2021(), Inspection2021(kJudgedGood, "  \"2.2.9\": {yes: 1, relevant: 2}\n",
                                                                  PublishedAllGood()));
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.error().message, Catch::Contains("no key question \"2.2.9\""));
}

CheckResult CheckSeed(const std::string& file) {
  RulesLibrary library;
  Result<CheckResult> result = CheckFile(testing::SourcePath("cases/" + file), library, "");
  INFO(file << ": " << (result ? std::string() : result.error().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

std::vector<std::string> ExplainedList(const CheckResult& result) {
  std::vector<std::string> list;
  for (const Explanation& item : result.explained) list.push_back(item.kind + " " + item.standard + " " + item.rule);
  return list;
}

TEST_CASE("the four seed reports check clean, with their discretion, departures and cap explained", "[check][seeds]") {
  for (const std::string suffix : {"", "-percentages"}) {
    INFO("suffix " << suffix);
    const CheckResult blackburn = CheckSeed("blackburn-with-darwen-2023" + suffix + ".yaml");
    const CheckResult lincolnshire = CheckSeed("north-and-north-east-lincolnshire-2023" + suffix + ".yaml");
    const CheckResult berkshire = CheckSeed("east-berkshire-2023" + suffix + ".yaml");
    const CheckResult bradford = CheckSeed("bradford-and-calderdale-2024" + suffix + ".yaml");
    for (const CheckResult* r : {&blackburn, &lincolnshire, &berkshire, &bradford}) {
      CHECK(r->ok());
      CHECK(r->Count(ValueStatus::kFinding) == 0);
    }
    CHECK(ExplainedList(blackburn) == List{"limit 1.1 court-work-caps-leadership"});
    CHECK(ExplainedList(lincolnshire) == List{"discretion 2.5 professional-discretion"});
    CHECK(ExplainedList(berkshire) == List{"departure 1.3 services-follow-delivery"});
    CHECK(ExplainedList(bradford) == List{"departure 1.3 services-follow-delivery"});
    // Only North and North East Lincolnshire prints 50%, on a band edge.
    const int edges = suffix.empty() ? 0 : 2;  // 2.3 and 2.4
    CHECK(lincolnshire.Count(ValueStatus::kUnverifiable) - (suffix.empty() ? 0 : 14) == edges);
    CHECK(blackburn.Count(ValueStatus::kUnverifiable) == (suffix.empty() ? 0 : 14));
  }
}

TEST_CASE("with case data every published value of the seeds is reproduced or explained", "[check][seeds]") {
  const CheckResult r = CheckSeed("north-and-north-east-lincolnshire-2023.yaml");
  CHECK(r.values.size() == 3 + 9 + 14);
  CHECK(r.Count(ValueStatus::kReproduced) + r.Count(ValueStatus::kExplained) == static_cast<int>(r.values.size()));
  CHECK(r.notes.empty());
}

// Damage anywhere in an inspection file, most often in its published: block
// (the last quarter of each seed file): a result or a located error, never a
// crash, and every result renders in every format.
TEST_CASE("damaged inspection files check or fail with a located error", "[check][robustness]") {
  std::uint32_t state = 2023;
  auto next = [&] { return (state = state * 1664525u + 1013904223u) >> 8; };
  static const std::string kNoise = "{}[]:,\"'\n -#*&!|>%0123456789\tNo";
  int checked = 0;
  for (const std::string stem : {"north-and-north-east-lincolnshire-2023", "east-berkshire-2023-percentages"}) {
    const std::string original = testing::ReadSource("cases/" + stem + ".yaml");
    for (int i = 0; i < 300; ++i) {
      std::string text = original;
      for (int k = 0; k <= i % 3; ++k) {
        const size_t at = i % 4 == 0 ? next() % text.size() : text.size() * 3 / 4 + next() % (text.size() / 4);
        if (next() % 2 == 0) {
          text.erase(at, 1 + next() % 8);
        } else {
          text.insert(at, 1, kNoise[next() % kNoise.size()]);
        }
      }
      testing::WriteScratch("robust-check/" + stem + ".csv", testing::ReadSource("cases/" + stem.substr(0, stem.find("-percentages")) + ".csv"));
      text = std::regex_replace(text, std::regex("cases: [a-z0-9-]+\\.csv"), "cases: " + stem + ".csv");
      const std::string path = testing::WriteScratch("robust-check/" + stem + ".yaml", text);
      RulesLibrary library({testing::SourcePath("rules")});
      Result<CheckResult> result = CheckFile(path, library, "");
      if (!result) {
        CHECK(result.error().where.file.find(stem) != std::string::npos);
        CHECK_FALSE(result.error().message.empty());
        continue;
      }
      ++checked;
      for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) CHECK_FALSE(RenderCheck(*result, format).empty());
      CHECK_FALSE(RenderCheckMany({*result, *result}, Format::kText).empty());
    }
  }
  CHECK(checked > 0);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("CheckEvidence checks resolved evidence, leaving the caller's keys to it", "[check][region]") {
  const std::string yaml = testing::Inspection2021(testing::kJudgedGood, "") +
                           testing::PublishedAllGood(18, "Good", "", "  pooled: {\"2.2.3\": 50}\n");
  Result<Inspection> inspection = LoadInspection(testing::WriteScratch("check-evidence.yaml", yaml));
  REQUIRE(inspection.ok());
  Result<Evidence> evidence = Resolve(*inspection, testing::Rules2021());
  REQUIRE(evidence.ok());
  Result<CheckResult> checked = CheckEvidence(*evidence, *inspection->published, {"pooled", "pdus"});
  REQUIRE(checked.ok());
  CHECK(checked->ok());
  CHECK(testing::StatusOf(*checked, "overall") == "reproduced");
  // Without them, the same key is unknown, as in an inspection's published: block.
  Result<CheckResult> strict = CheckEvidence(*evidence, *inspection->published);
  REQUIRE_FALSE(strict.ok());
  CHECK(strict.error().message.find("unknown key \"pooled\" in \"published:\"") == 0);
  CHECK_FALSE(CheckInspection(*inspection, testing::Rules2021()).ok());
}

}  // namespace
}  // namespace rerate
