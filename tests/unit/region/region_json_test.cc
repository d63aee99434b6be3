#include <catch2/catch.hpp>

#include "region/region_json.h"
#include "region/region_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Has;

TEST_CASE("the region as JSON: pdus, pooled figures with their spread, pools, regional standards", "[region]") {
  const RegionResult r = testing::MustRate(testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml"),
                                           RegionOptions{"", true, "grade"});
  const std::string json = RegionJson(r).Dump();
  CHECK(Has(json, "\"region\": \"Westmarch region\""));
  CHECK(Has(json, "\"methodology\": \"hmip-region-2023\""));
  CHECK(Has(json, "\"pdu_methodology\": {\n    \"name\": \"hmip-pdu-2021\""));
  CHECK(Has(json, "\"cases\": 130"));
  CHECK(Has(json, "\"id\": \"2.1.1\",\n      \"standard\": \"2.1\",\n      \"yes\": 18,\n      \"relevant\": 35,\n"
                  "      \"percent\": 51,\n      \"pdus\": 3,\n      \"lowest\": {\n        \"inspection\": \"Greystone PDU\""));
  CHECK(Has(json, "\"rule\": \"court-work\",\n      \"key_question\": \"2.4.1\",\n      \"method\": \"pooled counts\""));
  CHECK(Has(json, "\"cases\": {\n        \"attribute\": \"sentence\",\n        \"value\": \"licence\"\n      }"));
  CHECK(Has(json, "\"score\": {\n    \"points\": 8,\n    \"max\": 24\n  },\n  \"overall\": \"Requires improvement\""));
  CHECK(Has(json, "\"trace\": ["));
  CHECK(Has(json, "\"breakdown\": {\n    \"attribute\": \"grade\""));
  CHECK(Has(json, "\"pdus_without\": []"));
}

TEST_CASE("without a regional methodology its keys are null or empty", "[region]") {
  testing::WritePdu("json-a", "hmip-pdu-2021", 10, 20, "  \"2.2.1\": {percent: 50}\n");
  const RegionResult r = testing::MustRate(testing::WriteRegion("json", "region: J\ninspections: [json-a.yaml]\n"));
  const std::string json = RegionJson(r).Dump();
  CHECK(Has(json, "\"methodology\": null,\n  \"rules_file\": null"));
  CHECK(Has(json, "\"pools\": [],"));
  CHECK(Has(json, "\"score\": null,\n  \"overall\": null,\n  \"standards\": []"));
  // A printed figure only: the pooled counts are null and the PDU named.
  CHECK(Has(json, "\"id\": \"2.2.1\",\n      \"standard\": \"2.2\",\n      \"yes\": null,\n      \"relevant\": null,\n"
                  "      \"percent\": null"));
  CHECK(Has(json, "\"printed_only\": [\n        \"json-a\"\n      ]"));
  CHECK_FALSE(Has(json, "\"trace\""));
}

}  // namespace
}  // namespace rerate
