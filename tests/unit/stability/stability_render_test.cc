#include "stability/stability_render.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

StabilityResult Seed(const std::string& stem, std::int64_t resamples = 2000) {
  StabilityOptions options;
  options.resamples = resamples;
  RulesLibrary rules;
  Result<StabilityResult> result = StabilityFile(testing::SourcePath("cases/" + stem + ".yaml"), rules, "", options);
  REQUIRE(result.ok());
  return *result;
}

TEST_CASE("The text: shares marked computed and published, sentences, intervals", "[stability][render]") {
  const std::string text = RenderStabilityText(Seed("blackburn-with-darwen-2023"), false);
  CHECK_THAT(text, Catch::StartsWith("Blackburn with Darwen PDU: how sure each rating is\n"));
  CHECK_THAT(text, Catch::Contains("method: case bootstrap: 2000 resamples of 21 cases drawn with replacement"));
  CHECK_THAT(text, Catch::Contains("Share of resamples giving each rating (* computed, ^ published)"));
  CHECK_THAT(text, Catch::Contains("  1.2   Staff                         -           -                     100% *^    -            -\n"));
  CHECK_THAT(text, Catch::Contains("  1.2 Staff: Good in every resample; the inspectors' judgement, held as recorded.\n"));
  CHECK_THAT(text, Catch::Contains("  2.1.1        4/9   44%  13.7% to 78.8%    Inadequate to Good\n"));
  CHECK_THAT(text, Catch::Contains("  2.6.1       9/21   43%  21.8% to 66.0%    reported, never rated\n"));
}

TEST_CASE("Markdown: tables whose rows a name cannot break", "[stability][render]") {
  const std::string text = RenderStabilityText(Seed("east-berkshire-2023"), true);
  CHECK_THAT(text, Catch::StartsWith("## East Berkshire PDU: how sure each rating is\n\n- methodology:"));
  CHECK_THAT(text, Catch::Contains("| Standard | Inadequate | Requires improvement | Good | Outstanding | no data |\n"
                                   "|---|---|---|---|---|---|\n"));
  CHECK_THAT(text, Catch::Contains("| 2.1 Court work | Not rated, as recorded |"));
  CHECK_THAT(text, Catch::Contains("### In words\n\n- Overall: "));
}

TEST_CASE("Printed figures only: held, with no interval, and a note", "[stability][render]") {
  const std::string text = RenderStabilityText(Seed("blackburn-with-darwen-2023-percentages"), false);
  CHECK_THAT(text, Catch::Contains("method: exact:"));
  CHECK_THAT(text, Catch::Contains("  2.1.1          -   44%  none (no n)       held at Inadequate (printed figure only)\n"));
  CHECK_THAT(text, Catch::Contains("Share of samples giving each rating"));
  CHECK_THAT(text, Catch::Contains("are known only as a printed percentage, with no n"));
}

TEST_CASE("Several results end with a summary", "[stability][render]") {
  const std::string text = RenderStabilitySummaryText({Seed("blackburn-with-darwen-2023"), Seed("east-berkshire-2023")}, false);
  CHECK_THAT(text, Catch::StartsWith("Summary\n  Inspection                 Method  Overall"));
  CHECK_THAT(text, Catch::Contains("  Blackburn with Darwen PDU  cases   Requires improvement"));
  const std::string markdown = RenderStabilitySummaryText({Seed("east-berkshire-2023")}, true);
  CHECK_THAT(markdown, Catch::Contains("| East Berkshire PDU | cases | Inadequate |"));
}

}  // namespace
}  // namespace rerate
