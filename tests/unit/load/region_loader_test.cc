#include <catch2/catch.hpp>

#include "region/region_support.h"
#include "rerate/region.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Has;

std::string ErrorOf(const std::string& name, const std::string& text) {
  Result<Region> region = LoadRegion(testing::WriteRegion(name, text));
  REQUIRE_FALSE(region.ok());
  return region.error().ToString();
}

TEST_CASE("a region keeps what it says with where it says it", "[region]") {
  testing::WritePdu("loader-a", "hmip-pdu-2021", 10, 20);
  testing::WritePdu("loader-b", "hmip-pdu-2021", 10, 20);
  Result<Region> region = LoadRegion(testing::WriteRegion(
      "loader-region", "region: North\nmethodology: hmip-region-2023\nfieldwork: 2024-06\ninspections:\n"
                       "  - loader-a.yaml\n  - loader-b.yaml\nratings:\n  \"1.1\": Good\nnot_rated: [\"2.4\"]\n"
                       "key_questions:\n  \"2.5.1\": {yes: 3, relevant: 4}\n"
                       "published:\n  overall: Good\n  pooled:\n    \"2.2.2\": 50\n  pdus:\n    loader-a: {score: 5}\n"
                       "expect:\n  overall: Good\n"));
  REQUIRE(region.ok());
  CHECK(region->regional.name.value == "North");
  CHECK(region->HasMethodology());
  CHECK(region->regional.fieldwork.value == "2024-06");
  REQUIRE(region->inspections.size() == 2);
  CHECK(region->inspections[1].value.find("loader-b.yaml") != std::string::npos);
  CHECK(region->inspections[1].where.line == 6);
  CHECK(region->inspections[1].where.column == 5);
  CHECK(region->inspections_where.line == 4);
  REQUIRE(region->regional.ratings.size() == 1);
  CHECK(region->regional.not_rated.size() == 1);
  REQUIRE(region->regional.key_questions.size() == 1);
  CHECK(region->regional.published != nullptr);
  CHECK(region->regional.expect != nullptr);
  REQUIRE(region->published_pooled.size() == 1);
  CHECK(region->published_pooled[0].key_question.value == "2.2.2");
  CHECK(region->published_pooled[0].percent.value == 50);
  REQUIRE(region->published_pdus.size() == 1);
  CHECK(region->published_pdus[0].inspection.value == "loader-a");
}

TEST_CASE("only region and inspections are required", "[region]") {
  testing::WritePdu("loader-c", "hmip-pdu-2021", 10, 20);
  Result<Region> region = LoadRegion(testing::WriteRegion("loader-min", "region: R\ninspections: [loader-c.yaml]\n"));
  REQUIRE(region.ok());
  CHECK_FALSE(region->HasMethodology());
  CHECK(Has(ErrorOf("loader-no-region", "inspections: [loader-c.yaml]\n"), "needs \"region:\""));
  CHECK(Has(ErrorOf("loader-no-list", "region: R\n"), "needs \"inspections:\""));
  CHECK(Has(ErrorOf("loader-empty-list", "region: R\ninspections: []\n"),
            "loader-empty-list.yaml:2:14: inspections: needs the region's PDU inspection files"));
}

TEST_CASE("a region file is read as strictly as an inspection", "[region]") {
  testing::WritePdu("loader-d", "hmip-pdu-2021", 10, 20);
  CHECK(Has(ErrorOf("loader-unknown", "region: R\ninspection: [loader-d.yaml]\n"),
            "loader-unknown.yaml:2:1: unknown key \"inspection\" in a region file; did you mean inspections?"));
  CHECK(Has(ErrorOf("loader-duplicate", "region: R\nregion: S\ninspections: [loader-d.yaml]\n"),
            "loader-duplicate.yaml:2:1: duplicate key \"region\""));
  CHECK(Has(ErrorOf("loader-missing", "region: R\ninspections:\n  - loader-d.yaml\n  - nowhere.yaml\n"),
            "loader-missing.yaml:4:5: no such file"));
  CHECK(Has(ErrorOf("loader-twice", "region: R\ninspections:\n  - loader-d.yaml\n  - ./loader-d.yaml\n"),
            "loader-twice.yaml:4:5: the PDU inspection ./loader-d.yaml is listed twice (first at line 3)"));
  CHECK(Has(ErrorOf("loader-folder", "region: R\ninspections: [../region]\n"), "is a folder"));
  CHECK(Has(ErrorOf("loader-bad-pooled", "region: R\ninspections: [loader-d.yaml]\npublished:\n  pooled: {\"2.2.2\": 101}\n"),
            "loader-bad-pooled.yaml:4:21: a printed percentage is a whole number from 0 to 100, found 101"));
  CHECK(Has(ErrorOf("loader-bad-published", "region: R\ninspections: [loader-d.yaml]\npublished:\n  pooles: {}\n"),
            "unknown key \"pooles\" in \"published:\"; did you mean pooled?"));
  CHECK(Has(ErrorOf("loader-pdu-block", "region: R\ninspections: [loader-d.yaml]\npublished:\n  pdus: {A: 3}\n"),
            "expected \"A:\" as a mapping"));
}

TEST_CASE("regional data needs a regional methodology", "[region]") {
  testing::WritePdu("loader-e", "hmip-pdu-2021", 10, 20);
  const std::string head = "region: R\ninspections: [loader-e.yaml]\n";
  CHECK(Has(ErrorOf("loader-ratings", head + "ratings: {\"1.1\": Good}\n"),
            "loader-ratings.yaml:3:1: ratings: rates the region, which needs methodology:"));
  CHECK(Has(ErrorOf("loader-cases", head + "cases: c.csv\n"), "cases: rates the region"));
  CHECK(Has(ErrorOf("loader-expect", head + "expect: {overall: Good}\n"), "expect: rates the region"));
  CHECK(Has(ErrorOf("loader-published", head + "published: {overall: Good}\n"),
            "loader-published.yaml:3:13: published: overall: is a regional rating, which needs methodology:"));
}

TEST_CASE("a region file is told apart from an inspection by its region: key", "[region]") {
  CHECK(IsRegionFile(testing::WriteRegion("is-region", "# a comment\nregion: R\ninspections: []\n")));
  CHECK(IsRegionFile(testing::WriteRegion("is-region-quoted", "\"region\": R\n")));
  CHECK_FALSE(IsRegionFile(testing::SourcePath("cases/blackburn-with-darwen-2023.yaml")));
  CHECK_FALSE(IsRegionFile(testing::SourcePath("rules/hmip-region-2023.yaml")));
  CHECK_FALSE(IsRegionFile(testing::WriteRegion("not-region", "inspection: X\n  region: nested\n")));
  CHECK_FALSE(IsRegionFile(testing::SourcePath("no-such-file.yaml")));
}

}  // namespace
}  // namespace rerate
