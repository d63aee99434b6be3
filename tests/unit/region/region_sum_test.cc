// The pooled figures of the synthetic region against a sum made here,
// independently: the fixture's CSV files read line by line and their answers
// counted, without rerate's loaders.
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "region/region_sum.h"
#include "region/region_support.h"
#include "test_support.h"

namespace rerate {
namespace {

struct Counts {
  int yes = 0;
  int relevant = 0;
};

// column -> counts, over every CSV, for the cases whose `attribute` is `value`
// (every case when `attribute` is empty).
std::map<std::string, Counts> SumColumns(const std::vector<std::string>& files, const std::string& attribute = "",
                                         const std::string& value = "") {
  std::map<std::string, Counts> sums;
  for (const std::string& file : files) {
    std::istringstream in(testing::ReadSource(file));
    std::string line;
    std::vector<std::string> header;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cells;
      std::stringstream split(line);
      for (std::string cell; std::getline(split, cell, ',');) cells.push_back(cell);
      if (header.empty()) {
        header = cells;
        continue;
      }
      REQUIRE(cells.size() == header.size());
      bool keep = attribute.empty();
      for (size_t c = 0; c < cells.size(); ++c) keep = keep || (header[c] == attribute && cells[c] == value);
      if (!keep) continue;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c] != "yes" && cells[c] != "no") continue;
        ++sums[header[c]].relevant;
        sums[header[c]].yes += cells[c] == "yes" ? 1 : 0;
      }
    }
  }
  return sums;
}

const std::vector<std::string> kCsvs = {"cases/regions/westmarch-2024/fernmoor-2024.csv",
                                        "cases/regions/westmarch-2024/greystone-2024.csv",
                                        "cases/regions/westmarch-2024/hollowbrook-2024.csv",
                                        "cases/regions/westmarch-2024/kestrel-bay-2024.csv"};
const std::string kRegion = "cases/regions/westmarch-2024/westmarch-2024.yaml";

TEST_CASE("every pooled figure equals an independent sum of the PDUs' case answers", "[region]") {
  const RegionResult r = testing::MustRate(testing::SourcePath(kRegion));
  const std::map<std::string, Counts> sums = SumColumns(kCsvs);
  const Methodology& m = *r.pdu_methodology;
  int checked = 0;
  for (const PooledResult& pooled : r.pooled) {
    const std::string& id = m.key_questions[pooled.key_question].id;
    INFO(id);
    REQUIRE(sums.count(id) == 1);
    CHECK(pooled.HasCounts());
    CHECK(pooled.yes == sums.at(id).yes);
    CHECK(pooled.relevant == sums.at(id).relevant);
    ++checked;
  }
  CHECK(checked == 14);
  for (const PooledPrompt& prompt : r.prompts) {
    INFO(prompt.id);
    CHECK(prompt.yes == sums.at(prompt.id).yes);
    CHECK(prompt.relevant == sums.at(prompt.id).relevant);
  }
  CHECK(r.prompts.size() == 2);
  CHECK(r.Cases() == 24 + 31 + 40 + 35);
}

TEST_CASE("every pool of the regional rules equals an independent sum", "[region]") {
  const RegionResult r = testing::MustRate(testing::SourcePath(kRegion));
  const std::map<std::string, Counts> all = SumColumns(kCsvs);
  const std::map<std::string, Counts> licence = SumColumns(kCsvs, "sentence", "licence");
  const Methodology& m = *r.methodology;
  for (const PoolResult& pool : r.pools) {
    const Pool& rule = m.pooling.pools[pool.pool];
    INFO(rule.rule.id);
    const std::string& read = rule.For("hmip-pdu-2021")->key_questions.front().id;
    const Counts& expected = (rule.cases ? licence : all).at(read);
    CHECK(pool.yes == expected.yes);
    CHECK(pool.relevant == expected.relevant);
    const KqResult& kq = r.evaluation->ForKq(rule.key_question);
    CHECK(kq.yes == expected.yes);
    CHECK(kq.relevant == expected.relevant);
  }
}

TEST_CASE("a breakdown sums an attribute over the PDUs, as counted independently", "[region]") {
  const RegionResult r = testing::MustRate(testing::SourcePath(kRegion));
  Result<RegionBreakdown> breakdown = SumBreakdown(r, "gender");
  REQUIRE(breakdown.ok());
  CHECK(breakdown->pdus_included.size() == 4);
  const Breakdown& pooled = breakdown->pooled;
  REQUIRE(pooled.groups == std::vector<std::string>{"male", "female"});
  CHECK(pooled.group_cases == std::vector<int>{19 + 26 + 33 + 29, 5 + 5 + 7 + 6});
  for (size_t g = 0; g < pooled.groups.size(); ++g) {
    const std::map<std::string, Counts> sums = SumColumns(kCsvs, "gender", pooled.groups[g]);
    for (const Breakdown::Row& row : pooled.rows) {
      const std::string& id = r.pdu_methodology->key_questions[row.key_question].id;
      INFO(pooled.groups[g] << " " << id);
      CHECK(row.yes[g] == sums.at(id).yes);
      CHECK(row.relevant[g] == sums.at(id).relevant);
    }
  }
}

TEST_CASE("printed figures leave the pooled counts unknown, named", "[region]") {
  testing::WriteScratch("region/bwd.yaml", testing::ReadSource("cases/blackburn-with-darwen-2023-percentages.yaml"));
  testing::WriteScratch("region/ebk.yaml", testing::ReadSource("cases/east-berkshire-2023-percentages.yaml"));
  const RegionResult r =
      testing::MustRate(testing::WriteRegion("printed-sum", "region: P\ninspections: [bwd.yaml, ebk.yaml]\n"));
  const PooledResult& court = r.pooled[r.pdu_methodology->FindKeyQuestion("2.1.1")];
  CHECK(court.pdus == 1);  // East Berkshire: court work Not rated, no data
  CHECK(court.printed_only == std::vector<int>{0});
  const PooledResult& assessment = r.pooled[r.pdu_methodology->FindKeyQuestion("2.2.3")];
  CHECK_FALSE(assessment.HasCounts());
  CHECK(assessment.printed_only == std::vector<int>{0, 1});
  CHECK(assessment.lowest == 1);   // 15%
  CHECK(assessment.highest == 0);  // 52%
  Result<RegionBreakdown> breakdown = SumBreakdown(r, "grade");
  REQUIRE_FALSE(breakdown.ok());
  CHECK(breakdown.error().message == "--by grade: no PDU's case data has a column \"grade\" (no PDU has case data with attributes)");
}

TEST_CASE("sums that would not fit a count are refused, not wrapped", "[region]") {
  testing::WritePdu("huge-a", "hmip-pdu-2021", 1000000000, 2000000000);
  testing::WritePdu("huge-b", "hmip-pdu-2021", 1000000000, 2000000000);
  Result<RegionResult> result =
      testing::RateRegionAt(testing::WriteRegion("huge", "region: H\ninspections: [huge-a.yaml, huge-b.yaml]\n"));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message == "the pooled counts of 2.1.1 are more than a count can hold");
  CHECK(result.error().where.file.find("huge.yaml") != std::string::npos);
}

}  // namespace
}  // namespace rerate
