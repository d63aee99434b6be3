#include <catch2/catch.hpp>

#include "region/region_support.h"
#include "rerate/region.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Has;

using testing::MustRate;
using testing::WritePdu;
using testing::WriteRegion;

std::string ErrorOf(const std::string& path, const RegionOptions& options = {}) {
  Result<RegionResult> result = testing::RateRegionAt(path, options);
  REQUIRE_FALSE(result.ok());
  return result.error().ToString();
}

const std::string kRegional = "methodology: hmip-region-2023\nratings:\n  \"1.1\": Good\n  \"1.2\": Good\n";
const std::string kOwnWork =
    "key_questions:\n  \"2.5.1\": {yes: 14, relevant: 20}\n  \"2.5.2\": {yes: 14, relevant: 20}\n"
    "  \"2.6.1\": {yes: 14, relevant: 20}\n  \"2.6.2\": {yes: 14, relevant: 20}\n";

TEST_CASE("every PDU is rated from its own data and its results summed", "[region]") {
  WritePdu("sum-a", "hmip-pdu-2021", 10, 20);
  WritePdu("sum-b", "hmip-pdu-2021", 12, 20, "  \"2.1.1\": {percent: 44}\n");
  const RegionResult r = MustRate(WriteRegion("sum", "region: Sum\ninspections: [sum-a.yaml, sum-b.yaml]\n"));
  REQUIRE(r.pdus.size() == 2);
  CHECK(r.pdus[0].evaluation.inspection == "sum-a");
  CHECK(r.pdus[0].evaluation.score == 10);  // 1.1 1 + 1.2 1 + 1.3 2 + 1.4 1 + five case standards at 50%, 1 each
  CHECK(r.methodology == nullptr);
  CHECK_FALSE(r.evaluation.has_value());
  const int q = r.pdu_methodology->FindKeyQuestion("2.2.1");
  const PooledResult& pooled = r.pooled[q];
  CHECK(pooled.yes == 22);
  CHECK(pooled.relevant == 40);
  CHECK(pooled.pdus == 2);
  CHECK(pooled.lowest == 0);
  CHECK(pooled.highest == 1);
  // A printed figure only: the pooled counts are unknown, the spread still known.
  const PooledResult& court = r.pooled[r.pdu_methodology->FindKeyQuestion("2.1.1")];
  CHECK_FALSE(court.HasCounts());
  CHECK(court.printed_only == std::vector<int>{1});
  CHECK(court.lowest == 1);  // 44% printed is below 10/20
}

TEST_CASE("a tie for the lowest or highest keeps the PDU listed first", "[region]") {
  WritePdu("tie-a", "hmip-pdu-2021", 10, 20);
  WritePdu("tie-b", "hmip-pdu-2021", 5, 10);
  const RegionResult r = MustRate(WriteRegion("tie", "region: Tie\ninspections: [tie-b.yaml, tie-a.yaml]\n"));
  const PooledResult& pooled = r.pooled[0];
  CHECK(pooled.lowest == 0);
  CHECK(pooled.highest == 0);
}

TEST_CASE("the PDUs must share one methodology, each listed once", "[region]") {
  WritePdu("mix-a", "hmip-pdu-2021", 10, 20);
  WritePdu("mix-b", "hmip-pdu-2023", 10, 20);
  CHECK(Has(ErrorOf(WriteRegion("mix", "region: Mix\ninspections:\n  - mix-a.yaml\n  - mix-b.yaml\n")),
            "mix.yaml:4:5: the PDUs must share one PDU methodology: "));
  CHECK(Has(ErrorOf(WriteRegion("mix", "region: Mix\ninspections:\n  - mix-a.yaml\n  - mix-b.yaml\n")),
            "is rated under hmip-pdu-2023"));
  // Two files naming one PDU.
  testing::WriteScratch("region/same-name.yaml", testing::ReadSource("cases/blackburn-with-darwen-2023-percentages.yaml"));
  std::string copy = testing::ReadSource("cases/blackburn-with-darwen-2023-percentages.yaml");
  testing::WriteScratch("region/same-name-copy.yaml", copy);
  CHECK(Has(ErrorOf(WriteRegion("same", "region: S\ninspections:\n  - same-name.yaml\n  - same-name-copy.yaml\n")),
            "same.yaml:4:5: the PDU Blackburn with Darwen PDU is listed twice: in"));
}

TEST_CASE("a PDU that cannot be rated is an error with its own place", "[region]") {
  WritePdu("broken", "hmip-pdu-2021", 10, 20, "  \"2.2.9\": {yes: 1, relevant: 2}\n");
  CHECK(Has(ErrorOf(WriteRegion("broken-region", "region: B\ninspections: [broken.yaml]\n")),
            "broken.yaml:23:3: no key question \"2.2.9\" in hmip-pdu-2021"));
  WritePdu("too-far", "hmip-pdu-2021", 8, 20,
           "discretion:\n  - {standard: \"2.2\", rating: Good, reason: R}\n");
  CHECK(Has(ErrorOf(WriteRegion("too-far-region", "region: T\ninspections: [too-far.yaml]\n")),
            "too-far cannot be rated: discretion moves 2.2 Assessment 2 bands up"));
}

TEST_CASE("a regional methodology rates the region from the pooled counts", "[region]") {
  WritePdu("rate-a", "hmip-pdu-2021", 10, 20);
  WritePdu("rate-b", "hmip-pdu-2021", 16, 20);
  const std::string head = "region: Rated\ninspections: [rate-a.yaml, rate-b.yaml]\n" + kRegional;
  // Counts only: resettlement (licence cases) cannot be pooled, so the
  // region must rate it otherwise.
  CHECK(Has(ErrorOf(WriteRegion("rate-no-resettlement", head + kOwnWork)),
            "pool resettlement-engagement counts only cases whose sentence is licence: rate-a has no case data; or rate "
            "2.3 under the region's ratings:, or list it under not_rated:"));
  const RegionResult r = MustRate(WriteRegion("rate", head + "  \"2.3\": Good\n" + kOwnWork), RegionOptions{"", true, ""});
  REQUIRE(r.evaluation.has_value());
  const Methodology& m = *r.methodology;
  CHECK(m.name == "hmip-region-2023");
  const KqResult& desistance = r.evaluation->ForKq(m.FindKeyQuestion("2.1.1"));
  CHECK(desistance.yes == 26);  // 10/20 + 16/20
  CHECK(desistance.relevant == 40);
  CHECK(r.evaluation->For(m.FindStandard("2.1")).rating == Rating{2});  // every key question 26/40 = 65%: Good
  CHECK(r.evaluation->score == 2 + 2 + 2 + 2 + 2 + 2 + 2 + 2);
  for (const PoolResult& pool : r.pools) {
    const std::string& id = m.pooling.pools[pool.pool].rule.id;
    INFO(id);
    CHECK(pool.used == (id.rfind("resettlement", 0) != 0));
    if (!pool.used) CHECK(Has(pool.why_not_used, "2.3 Resettlement is rated under ratings:"));
  }
  REQUIRE_FALSE(r.trace.empty());
  CHECK(r.trace.front().rule == "desistance-assessment");
  CHECK(r.trace.front().message == "pooled counts of 2.2.2: rate-a 10/20 + rate-b 16/20 = 26/40 = 65.0%");
}

TEST_CASE("a pooled standard no PDU has data for must be rated otherwise", "[region]") {
  WritePdu("nodata-a", "hmip-pdu-2023", 14, 20);
  WritePdu("nodata-b", "hmip-pdu-2023", 14, 20);
  const std::string head = "region: No court\ninspections: [nodata-a.yaml, nodata-b.yaml]\n" + kRegional +
                           "  \"2.3\": Good\n" + kOwnWork;
  CHECK(Has(ErrorOf(WriteRegion("nodata", head)),
            "nodata.yaml:2:1: no PDU has data for 2.4.1, the pooled key questions of 2.4 Court work: list 2.4 under "
            "not_rated:, or rate it under ratings:"));
  const RegionResult r = MustRate(WriteRegion("nodata-ok", head + "not_rated: [\"2.4\"]\n"));
  CHECK(r.evaluation->max == 21);
}

TEST_CASE("the regional methodology must be regional and pool the PDUs' methodology", "[region]") {
  WritePdu("which-a", "hmip-pdu-2021", 10, 20);
  const std::string pdu_rules = "region: W\nmethodology: hmip-pdu-2021\ninspections: [which-a.yaml]\nratings: {\"1.1\": Good}\n";
  CHECK(Has(ErrorOf(WriteRegion("which-pdu", pdu_rules)), "which-pdu.yaml:2:14: hmip-pdu-2021 (" ));
  std::string other = testing::ReadSource("rules/hmip-region-2023.yaml");
  for (size_t at = other.find("hmip-pdu-2021: ["); at != std::string::npos; at = other.find("hmip-pdu-2021: [")) {
    other.replace(at, 13, "hmip-pdu-2019");
  }
  const std::string rules = testing::WriteScratch("region/rules-2019.yaml", other);
  CHECK(Has(ErrorOf(WriteRegion("which-2019", "region: W\ninspections: [which-a.yaml]\n"), RegionOptions{rules, false, ""}),
            "hmip-region-2023 pools data from PDUs rated under hmip-pdu-2019 and hmip-pdu-2023, not hmip-pdu-2021"));
}

TEST_CASE("--by sums a case attribute over the PDUs that carry it", "[region]") {
  WritePdu("by-counts", "hmip-pdu-2023", 14, 20);
  const std::string seed = testing::SourcePath("cases/bradford-and-calderdale-2024.yaml");
  const RegionResult r = MustRate(WriteRegion("by", "region: By\ninspections: [by-counts.yaml, " + seed + "]\n"),
                                  RegionOptions{"", false, "grade"});
  REQUIRE(r.breakdown.has_value());
  CHECK(r.breakdown->pdus_included == std::vector<int>{1});
  CHECK(r.breakdown->pdus_without == std::vector<int>{0});
  CHECK(r.breakdown->pooled.groups.size() == 4);
  CHECK(Has(ErrorOf(WriteRegion("by-bad", "region: By\ninspections: [by-counts.yaml, " + seed + "]\n"),
                    RegionOptions{"", false, "grde"}),
            "--by grde: no PDU's case data has a column \"grde\"; did you mean grade? (they carry sentence and grade)"));
}

}  // namespace
}  // namespace rerate
