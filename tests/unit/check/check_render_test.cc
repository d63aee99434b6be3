// check as text and markdown: a line per published value, the findings,
// explained items and notes, the verdict; several results end in a summary.
#include "check/check_render.h"

#include <catch2/catch.hpp>

#include "check/check_published.h"
#include "check/check_test_support.h"

namespace rerate {
namespace {

using testing::Inspection2021;
using testing::kJudgedGood;
using testing::MustCheck;
using testing::PublishedAllGood;
using testing::Rules2021;

CheckResult WithBand() {
  return MustCheck(Rules2021(), Inspection2021(kJudgedGood, "",
                                               PublishedAllGood(17, "Good", "    \"2.2\": Requires improvement\n",
                                                                "  key_questions:\n    \"2.2.1\": 70\n")));
}

TEST_CASE("the text report: a line per value, the finding with its numbers, the verdict", "[check][render]") {
  const std::string text = RenderCheck(WithBand(), Format::kText);
  CHECK_THAT(text, Catch::StartsWith("Test PDU\n  file: "));
  CHECK_THAT(text, Catch::Contains("\nScore and overall rating\n  reproduced   score"));
  CHECK_THAT(text, Catch::Contains("  FINDING      2.2 Assessment                   Requires improvement  band: the report "
                                   "prints Requires improvement, but tied lowest key questions 2.2.1, 2.2.2 and 2.2.3 at 14/20"));
  CHECK_THAT(text, Catch::Contains("  reproduced   2.2.1                            70%                   14/20 = 70.0% "
                                   "prints as 70%\n"));
  CHECK_THAT(text, Catch::Contains("\nFindings\n  band                2.2     published Requires improvement, computed Good "
                                   "(lowest-kq) at "));
  CHECK_THAT(text, Catch::EndsWith("FINDINGS: 13 published values: 12 reproduced, 0 explained, 0 unverifiable; "
                                   "1 finding\n\n"));
}

TEST_CASE("a clean report says so, and lists what is explained", "[check][render]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "  \"2.5.1\": {yes: 8, relevant: 20}\n",
                                  "discretion:\n  - {standard: \"2.5\", rating: Requires improvement, reason: Strong elsewhere}\n" +
                                      PublishedAllGood(17, "Good", "    \"2.5\": Requires improvement\n")));
  const std::string text = RenderCheck(r, Format::kText);
  CHECK_THAT(text, Catch::Contains("\nExplained\n  discretion  2.5    professional-discretion: computed Inadequate"));
  CHECK_THAT(text, Catch::Contains("; reason: \"Strong elsewhere\""));
  CHECK_THAT(text, Catch::Contains("\nFindings: none\n"));
  CHECK_THAT(CheckVerdict(r, false), Catch::StartsWith("OK: 12 published values: 11 reproduced, 1 explained"));
}

TEST_CASE("markdown: tables of values, lists of findings", "[check][render]") {
  const std::string text = RenderCheck(WithBand(), Format::kMarkdown);
  CHECK_THAT(text, Catch::StartsWith("## Test PDU\n\n- file: "));
  CHECK_THAT(text, Catch::Contains("| Status | Value | Published | Detail |\n|---|---|---|---|\n| reproduced | score | 17 |"));
  CHECK_THAT(text, Catch::Contains("- band, 2.2: published Requires improvement, computed Good (lowest-kq)"));
  CHECK_THAT(text, Catch::Contains("**FINDINGS**: 13 published values"));
}

TEST_CASE("several results end in a summary: reproduced, explained, unverifiable, findings", "[check][render]") {
  const CheckResult clean = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood()));
  const std::string text = RenderCheckMany({clean, WithBand()}, Format::kText);
  CHECK_THAT(text, Catch::Contains("Summary\n  Inspection  Reproduced  Explained  Unverifiable  Findings  File\n"
                                   "  Test PDU            12          0             0         0  "));
  CHECK_THAT(text, Catch::Contains("\n  Test PDU            12          0             0         1  "));
  const std::string markdown = RenderCheckMany({clean}, Format::kMarkdown);
  CHECK_THAT(markdown, Catch::Contains("| Inspection | Reproduced | Explained | Unverifiable | Findings | File |\n"
                                       "|---|---|---|---|---|---|\n| Test PDU | 12 | 0 | 0 | 0 | "));
}

}  // namespace
}  // namespace rerate
