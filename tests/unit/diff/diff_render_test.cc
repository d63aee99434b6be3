#include <catch2/catch.hpp>

#include "rerate/diff.h"
#include "test_support.h"

namespace rerate {
namespace {

DiffRun Run() {
  auto variant = LoadRules(testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml"));
  REQUIRE(variant.ok());
  RulesLibrary library;
  return DiffInspections(testing::SeedInspections(), testing::Rules2021(), *variant, library);
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("text: each inspection with its changes, then a summary", "[diff]") {
  const std::string text = RenderDiff(Run(), DiffFormat::kText);
  INFO(text);
  CHECK(Contains(text, "Blackburn with Darwen PDU ("));
  CHECK(Contains(text, "): score 10/27 -> 9/27, overall Requires improvement (unchanged)\n"
                       "  key question 2.2.3: Requires improvement -> Inadequate  [kq-bands]\n"
                       "      11/21 = 52.4% (prints as 52%): Requires improvement (50% to below 65%) under hmip-pdu-2021; "
                       "Inadequate (below 55%) under hmip-pdu-2021-ri-from-55\n"));
  CHECK(Contains(text, "): skipped: its methodology is hmip-pdu-2023, not hmip-pdu-2021 (--from)\n"));
  CHECK(Contains(text, "East Berkshire PDU ("));
  CHECK(Contains(text, "): score 3/24 (unchanged), overall Inadequate (unchanged)\n"));
  CHECK(Contains(text, "  new warning under hmip-pdu-2021-ri-from-55: "));
  CHECK(Contains(text, "Summary\n  3 inspections compared, 1 skipped (another methodology)\n"
                       "  3 changed: key-question bands in 3, standard ratings in 2, score in 2, overall rating in 0\n"
                       "  overall rating: 0 up, 0 down\n"));
}

TEST_CASE("json: the changes as {inspection, level, id, before, after, rule}", "[diff]") {
  const std::string json = RenderDiff(Run(), DiffFormat::kJson);
  INFO(json);
  CHECK(Contains(json, "\"changes\": [\n    {\n      \"inspection\": \"Blackburn with Darwen PDU\",\n"));
  CHECK(Contains(json, "\"level\": \"key_question\",\n      \"id\": \"2.2.3\",\n      \"before\": \"Requires improvement\",\n"
                       "      \"after\": \"Inadequate\",\n      \"rule\": \"kq-bands\""));
  CHECK(Contains(json, "\"level\": \"score\",\n      \"id\": \"score\",\n      \"before\": \"9/27\",\n      \"after\": \"7/27\""));
  CHECK(Contains(json, "\"status\": \"skipped\",\n      \"reason\": \"its methodology is hmip-pdu-2023"));
  CHECK(Contains(json, "\"summary\": {\n    \"compared\": 3,\n    \"skipped\": 1,"));
}

TEST_CASE("diff formats are text or json", "[diff]") {
  CHECK(ParseDiffFormat("json").value() == DiffFormat::kJson);
  CHECK(ParseDiffFormat("table").error().message == "unknown format \"table\" (expected text or json)");
}

}  // namespace
}  // namespace rerate
