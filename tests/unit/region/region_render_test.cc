#include <catch2/catch.hpp>

#include "region/region_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Has;

const std::string kRegion = "cases/regions/westmarch-2024/westmarch-2024.yaml";

TEST_CASE("the region as a table: annexe, pooled figures, pools, regional ratings", "[region]") {
  const std::string text = RenderRegion(testing::MustRate(testing::SourcePath(kRegion)), Format::kText);
  CHECK(Has(text, "  regional methodology: hmip-region-2023 ("));
  CHECK(Has(text, "  4 PDUs, 130 cases read from their case data\n"));
  CHECK(Has(text, "Standard                         Fernmoor PDU          Greystone PDU"));
  CHECK(Has(text, "  2.1 Court work                   Requires improvement  Inadequate            Not rated"));
  CHECK(Has(text, "    2.1.1        18/35   51%  3 of 4 PDUs; lowest Greystone PDU 33% (4/12), highest Kestrel Bay PDU "
                  "67% (10/15)\n"));
  CHECK(Has(text, "      2.2.3.a    24/50   48%  prompt, never rated; 2 PDUs with its answers\n"));
  CHECK(Has(text, "  2.4.1    court-work: pooled counts of 2.1.1: Fernmoor PDU 4/8 + Greystone PDU 4/12 + Hollowbrook PDU "
                  "none + Kestrel Bay PDU 10/15 = 18/35 = 51.4%\n"));
  CHECK(Has(text, "Regional ratings under hmip-region-2023, as rerate rate prints an inspection's:\n\nWestmarch region\n"));
  CHECK(Has(text, "Score 8/24    Overall rating: Requires improvement"));
  CHECK_FALSE(Has(text, "by PDU:"));  // the parts of each sum come with --explain
}

TEST_CASE("with --explain: each PDU's overall rating, each sum's parts, the trace", "[region]") {
  const RegionResult r = testing::MustRate(testing::SourcePath(kRegion), RegionOptions{"", true, ""});
  const std::string text = RenderRegion(r, Format::kText);
  CHECK(Has(text, "  Greystone PDU, overall (overall-from-score): 4 of 27 is in 0 to 4: Inadequate\n"));
  CHECK(Has(text, "by PDU: Fernmoor PDU 4/8 + Greystone PDU 4/12 + Hollowbrook PDU none + Kestrel Bay PDU 10/15 = 18/35"));
  CHECK(Has(text, "Explanation\n  desistance-assessment        2.1.1    pooled counts of 2.2.2:"));
  CHECK(Has(text, "  lowest-kq                    2.2      lowest key question 2.2.4 at 63/130"));
}

TEST_CASE("markdown keeps names in their cells", "[region]") {
  const std::string text = RenderRegion(testing::MustRate(testing::SourcePath(kRegion)), Format::kMarkdown);
  CHECK(Has(text, "## Westmarch region\n"));
  CHECK(Has(text, "| Standard | Fernmoor PDU | Greystone PDU | Hollowbrook PDU | Kestrel Bay PDU |\n|---|---|---|---|---|\n"));
  CHECK(Has(text, "| Score | 12/27 | 4/27 | 17/24 | 9/27 |\n"));
  CHECK(Has(text, "| 2.1.1 | 18 | 35 | 51% | 3 of 4 PDUs;"));
}

TEST_CASE("without a regional methodology, pooled results only", "[region]") {
  testing::WritePdu("plain-a", "hmip-pdu-2023", 10, 20);
  testing::WritePdu("plain-b", "hmip-pdu-2023", 10, 20);
  const RegionResult r =
      testing::MustRate(testing::WriteRegion("plain", "region: Plain\ninspections: [plain-a.yaml, plain-b.yaml]\n"));
  const std::string text = RenderRegion(r, Format::kText);
  CHECK(Has(text, "regional methodology: none: pooled results only"));
  CHECK(Has(text, "2 PDUs, 0 cases read from their case data"));
  CHECK_FALSE(Has(text, "Pools:"));
  CHECK_FALSE(Has(text, "Regional ratings"));
}

TEST_CASE("a breakdown names the PDUs left out of it", "[region]") {
  testing::WritePdu("left-out", "hmip-pdu-2023", 10, 20);
  const std::string seed = testing::SourcePath("cases/bradford-and-calderdale-2024.yaml");
  const RegionResult r = testing::MustRate(
      testing::WriteRegion("left", "region: L\ninspections: [left-out.yaml, " + seed + "]\n"),
      RegionOptions{"", false, "sentence"});
  const std::string text = RenderRegion(r, Format::kText);
  CHECK(Has(text, "Breakdown by sentence (reported, never rated)"));
  CHECK(Has(text, "  summed over Bradford and Calderdale PDU\n"));
  CHECK(Has(text, "  not in the breakdown: left-out (no case data)\n"));
}

}  // namespace
}  // namespace rerate
