#include "stability/stability_json.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

StabilityResult Seed(const std::string& stem) {
  StabilityOptions options;
  options.resamples = 1000;
  RulesLibrary rules;
  Result<StabilityResult> result = StabilityFile(testing::SourcePath("cases/" + stem + ".yaml"), rules, "", options);
  REQUIRE(result.ok());
  return *result;
}

TEST_CASE("JSON: the keys the README documents, in order", "[stability][json]") {
  const std::string json = StabilityJson(Seed("blackburn-with-darwen-2023")).Dump();
  size_t at = 0;
  for (const char* key : {"\"inspection\": \"Blackburn with Darwen PDU\"", "\"file\":", "\"methodology\": \"hmip-pdu-2021\"",
                          "\"rules_file\":", "\"cases\": {", "\"method\": \"cases\"", "\"resamples\": 1000",
                          "\"seed\": 1", "\"confidence\": 0.95", "\"combinations\":", "\"overall\": {",
                          "\"computed\": \"Requires improvement\"", "\"published\": \"Requires improvement\"",
                          "\"probabilities\": {", "\"no_data\":", "\"counts\": {", "\"sentence\": \"Overall: ",
                          "\"standards\": [", "\"id\": \"1.1\"", "\"name\": \"Leadership\"", "\"status\": \"rated\"",
                          "\"resampled\": false", "\"discretion\": null", "\"discretion_dropped\": null",
                          "\"key_questions\": [", "\"id\": \"2.1.1\"", "\"standard\": \"2.1\"", "\"yes\": 4",
                          "\"relevant\": 9", "\"percent\": 44", "\"interval\": {", "\"low\": 0.136996",
                          "\"high\": 0.787991", "\"band\": \"Inadequate\"", "\"bands\": [", "\"held\": false",
                          "\"drawn_binomially\": false", "\"notes\": []"}) {
    const size_t found = json.find(key, at);
    INFO(key);
    REQUIRE(found != std::string::npos);
    at = found;
  }
}

TEST_CASE("JSON of the exact model: no resamples, no seed, no counts", "[stability][json]") {
  const std::string json = StabilityJson(Seed("east-berkshire-2023-percentages")).Dump();
  CHECK_THAT(json, Catch::Contains("\"method\": \"counts\",\n  \"resamples\": null,\n  \"seed\": null,"));
  CHECK_THAT(json, Catch::Contains("\"interval\": null"));
  CHECK_THAT(json, Catch::Contains("\"counts\": null"));
  CHECK_THAT(json, Catch::Contains("\"Inadequate\": 1,"));
}

TEST_CASE("JSON of several results has a summary", "[stability][json]") {
  const std::string json = StabilityManyJson({Seed("blackburn-with-darwen-2023")}).Dump();
  CHECK_THAT(json, Catch::StartsWith("{\n  \"results\": [\n"));
  CHECK_THAT(json, Catch::Contains("\"summary\": [\n    {\n      \"inspection\": \"Blackburn with Darwen PDU\""));
  CHECK_THAT(json, Catch::Contains("\"least_stable\": {"));
}

}  // namespace
}  // namespace rerate
