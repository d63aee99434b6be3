#include <catch2/catch.hpp>
#include <climits>

#include "region/region_pool.h"
#include "region/region_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::MustRate;
using testing::WritePdu;
using testing::WriteRegion;

using Fractions = std::vector<std::pair<std::int64_t, std::int64_t>>;

TEST_CASE("the mean of percentages is an exact fraction in lowest terms", "[region]") {
  CHECK(MeanOfFractions({{1, 2}, {1, 3}}) == std::make_pair<std::int64_t, std::int64_t>(5, 12));
  CHECK(MeanOfFractions({{10, 20}, {9, 10}}) == std::make_pair<std::int64_t, std::int64_t>(7, 10));
  CHECK(MeanOfFractions({{0, 7}}) == std::make_pair<std::int64_t, std::int64_t>(0, 1));
  CHECK(MeanOfFractions({{7, 7}, {3, 3}}) == std::make_pair<std::int64_t, std::int64_t>(1, 1));
  CHECK_FALSE(MeanOfFractions({}).has_value());
  // Denominators whose least common multiple outgrows a count: refused, not rounded.
  Fractions primes;
  for (std::int64_t p : {1009, 1013, 1019, 1021, 1031}) primes.emplace_back(1, p);
  CHECK_FALSE(MeanOfFractions(primes).has_value());
  CHECK_FALSE(MeanOfFractions({{1, INT_MAX}, {1, INT_MAX - 1}}).has_value());
}

std::string MeanRules() {
  const std::string text = testing::Edit(testing::ReadSource("rules/hmip-region-2023.yaml"), "  method: pooled counts\n",
                                         "  method: mean of percentages\n");
  return testing::WriteScratch("region/mean-rules.yaml", text);
}

const std::string kOwn =
    "ratings:\n  \"1.1\": Good\n  \"1.2\": Good\n  \"2.3\": Good\nkey_questions:\n"
    "  \"2.5.1\": {yes: 14, relevant: 20}\n  \"2.5.2\": {yes: 14, relevant: 20}\n"
    "  \"2.6.1\": {yes: 14, relevant: 20}\n  \"2.6.2\": {yes: 14, relevant: 20}\n";

TEST_CASE("pooled counts weigh PDUs by their cases; a mean of percentages weighs them equally", "[region]") {
  WritePdu("weigh-a", "hmip-pdu-2021", 10, 20);
  WritePdu("weigh-b", "hmip-pdu-2021", 9, 10);
  const std::string region = WriteRegion(
      "weigh", "region: Weigh\nmethodology: hmip-region-2023\ninspections: [weigh-a.yaml, weigh-b.yaml]\n" + kOwn);
  const RegionResult counts = MustRate(region, RegionOptions{testing::SourcePath("rules/hmip-region-2023.yaml"), true, ""});
  const RegionResult mean = MustRate(region, RegionOptions{MeanRules(), true, ""});
  const int q = counts.methodology->FindKeyQuestion("2.1.1");
  const KqResult& pooled = counts.evaluation->ForKq(q);
  CHECK(pooled.yes == 19);  // 10/20 + 9/10
  CHECK(pooled.relevant == 30);
  CHECK(*pooled.band == Rating{1});  // 63.3%: Requires improvement
  const KqResult& averaged = mean.evaluation->ForKq(q);
  CHECK(averaged.yes == 7);  // (1/2 + 9/10) / 2 = 7/10
  CHECK(averaged.relevant == 10);
  CHECK(*averaged.band == Rating{2});  // 70%: Good
  CHECK(PoolSummary(mean, mean.pools[0]) ==
        "mean of percentages of 2.2.2 over the 2 PDUs with a relevant case (weigh-a 10/20, weigh-b 9/10) = 7/10 = 70.0%");
  CHECK(PoolSummary(counts, counts.pools[0]) == "pooled counts of 2.2.2: weigh-a 10/20 + weigh-b 9/10 = 19/30 = 63.3%");
}

TEST_CASE("a pool reading several key questions sums them all", "[region]") {
  const std::string rules = testing::WriteScratch(
      "region/several-rules.yaml",
      testing::Edit(testing::ReadSource("rules/hmip-region-2023.yaml"), "hmip-pdu-2021: [\"2.2.2\"]",
                    "hmip-pdu-2021: [\"2.2.2\", \"2.3.2\"]"));
  WritePdu("several-a", "hmip-pdu-2021", 10, 20, "  \"2.3.2\": {yes: 3, relevant: 10}\n");
  WritePdu("several-b", "hmip-pdu-2021", 9, 10);
  const RegionResult r = MustRate(
      WriteRegion("several", "region: S\nmethodology: hmip-region-2023\ninspections: [several-a.yaml, several-b.yaml]\n" +
                                 kOwn),
      RegionOptions{rules, false, ""});
  const PoolResult& pool = r.pools[0];
  REQUIRE(pool.contributions.size() == 2);
  CHECK(pool.contributions[0].yes == 13);  // 10/20 + 3/10
  CHECK(pool.contributions[0].relevant == 30);
  CHECK(pool.contributions[1].yes == 18);  // 9/10 + 9/10
  CHECK(pool.yes == 31);
  CHECK(pool.relevant == 50);
  CHECK(PoolSummary(r, pool) == "pooled counts of 2.2.2 and 2.3.2: several-a 13/30 + several-b 18/20 = 31/50 = 62.0%");
}

TEST_CASE("a pool needs counts: a printed figure alone is an error at its place", "[region]") {
  WritePdu("printed-a", "hmip-pdu-2021", 10, 20, "  \"2.2.2\": {percent: 50}\n");
  WritePdu("printed-b", "hmip-pdu-2021", 10, 20);
  Result<RegionResult> result = testing::RateRegionAt(WriteRegion(
      "printed", "region: P\nmethodology: hmip-region-2023\ninspections: [printed-a.yaml, printed-b.yaml]\n" + kOwn));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString().find("printed-a.yaml:22:12: pool desistance-assessment needs counts: printed-a gives "
                                       "2.2.2 as a printed figure only (give {yes, relevant}); or rate 2.1 under the "
                                       "region's ratings:, or list it under not_rated:") != std::string::npos);
  // Rated otherwise, the standard's pools are not used, and say why.
  const RegionResult r = MustRate(WriteRegion(
      "printed-rated", "region: P\nmethodology: hmip-region-2023\ninspections: [printed-a.yaml, printed-b.yaml]\n" +
                           testing::Edit(kOwn, "  \"2.3\": Good\n", "  \"2.3\": Good\n  \"2.1\": Requires improvement\n")));
  CHECK_FALSE(r.pools[0].used);
  CHECK(r.pools[0].why_not_used.find("2.1 Desistance is rated under ratings:") == 0);
  CHECK(PoolSummary(r, r.pools[0]).find("not pooled: 2.1 Desistance is rated under ratings:") == 0);
  CHECK(r.evaluation->For(r.methodology->FindStandard("2.1")).rating == Rating{1});
}

TEST_CASE("a key question a pool fills cannot also come from the region file", "[region]") {
  WritePdu("twice-a", "hmip-pdu-2021", 10, 20);
  Result<RegionResult> result = testing::RateRegionAt(WriteRegion(
      "twice", "region: T\nmethodology: hmip-region-2023\ninspections: [twice-a.yaml]\n" + kOwn +
                   "  \"2.2.4\": {yes: 1, relevant: 2}\n"));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString().find("twice.yaml:13:3: key question 2.2.4 is pooled from the PDUs' data by "
                                       "protection-reviewing") != std::string::npos);
  testing::WriteScratch("region/twice.csv", "case,2.1.1\nC1,yes\n");
  result = testing::RateRegionAt(WriteRegion(
      "twice-csv", "region: T\nmethodology: hmip-region-2023\ninspections: [twice-a.yaml]\ncases: twice.csv\n" + kOwn));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString().find("twice.csv:1:6: key question 2.1.1 is pooled") != std::string::npos);
}

TEST_CASE("a pool keeping licence cases reads each PDU's case answers", "[region]") {
  const RegionResult r = MustRate(testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml"));
  const Methodology& m = *r.methodology;
  for (const PoolResult& pool : r.pools) {
    const Pool& rule = m.pooling.pools[pool.pool];
    if (!rule.cases) continue;
    INFO(rule.rule.id);
    CHECK(pool.used);
    REQUIRE(pool.contributions.size() == 4);
    std::int64_t relevant = 0;
    for (const PoolContribution& c : pool.contributions) relevant += c.relevant;
    CHECK(relevant == 8 + 11 + 13 + 12);  // the licence cases of the four PDUs, every one relevant
    CHECK(pool.relevant == relevant);
  }
}

}  // namespace
}  // namespace rerate
