#include "region_support.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate::testing {

namespace {

const std::vector<std::string>& KeyQuestions(const std::string& methodology) {
  static const std::vector<std::string> kq2021 = {"2.1.1", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3",
                                                  "2.4.1", "2.4.2", "2.4.3", "2.5.1", "2.5.2", "2.5.3", "2.6.1"};
  static const std::vector<std::string> kq2023 = {"2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3",
                                                  "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"};
  return methodology == "hmip-pdu-2021" ? kq2021 : kq2023;
}

}  // namespace

std::string WritePdu(const std::string& name, const std::string& methodology, int yes, int relevant,
                     const std::string& extra_key_questions) {
  std::string text = "inspection: " + name + "\nmethodology: " + methodology + "\nratings:\n";
  text += "  \"1.1\": Requires improvement\n  \"1.2\": Requires improvement\n  \"1.3\": Good\n";
  if (methodology == "hmip-pdu-2021") text += "  \"1.4\": Requires improvement\n";
  text += "key_questions:\n";
  for (const std::string& id : KeyQuestions(methodology)) {
    if (extra_key_questions.find("\"" + id + "\"") != std::string::npos) continue;
    text += "  \"" + id + "\": {yes: " + std::to_string(yes) + ", relevant: " + std::to_string(relevant) + "}\n";
  }
  return WriteScratch("region/" + name + ".yaml", text + extra_key_questions);
}

std::string WriteRegion(const std::string& name, const std::string& text) {
  return WriteScratch("region/" + name + ".yaml", text);
}

bool Has(const std::string& text, const std::string& part) {
  INFO(text);
  INFO("looking for: " << part);
  return text.find(part) != std::string::npos;
}

Result<RegionResult> RateRegionAt(const std::string& path, const RegionOptions& options) {
  RulesLibrary library({SourcePath("rules")});
  return RateRegionFile(path, library, options);
}

RegionResult MustRate(const std::string& path, const RegionOptions& options) {
  Result<RegionResult> result = RateRegionAt(path, options);
  INFO((result ? std::string() : result.error().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

}  // namespace rerate::testing
