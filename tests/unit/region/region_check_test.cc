#include <catch2/catch.hpp>

#include "region/region_support.h"
#include "test_support.h"

namespace rerate {
namespace {

const std::string kDir = "cases/regions/westmarch-2024/";

Result<std::vector<CheckResult>> Check(const std::string& path) {
  RulesLibrary library({testing::SourcePath("rules")});
  return CheckRegionFile(path, library, "");
}

// The fixture's region file with one edit, written beside its PDU files.
std::string Edited(const std::string& from, const std::string& to) {
  const std::string text = testing::Edit(testing::ReadSource(kDir + "westmarch-2024.yaml"), from, to);
  for (const char* file : {"fernmoor-2024", "greystone-2024", "hollowbrook-2024", "kestrel-bay-2024"}) {
    testing::WriteScratch("region-check/" + std::string(file) + ".yaml", testing::ReadSource(kDir + file + ".yaml"));
    testing::WriteScratch("region-check/" + std::string(file) + ".csv", testing::ReadSource(kDir + file + ".csv"));
  }
  testing::WriteScratch("region-check/westmarch-region-cases.csv", testing::ReadSource(kDir + "westmarch-region-cases.csv"));
  return testing::WriteScratch("region-check/westmarch-2024.yaml", text);
}

TEST_CASE("a regional report is checked in parts: the region, the pooled figures, each PDU", "[region]") {
  Result<std::vector<CheckResult>> parts = Check(testing::SourcePath(kDir + "westmarch-2024.yaml"));
  REQUIRE(parts.ok());
  REQUIRE(parts->size() == 6);
  CHECK((*parts)[0].inspection == "Westmarch region");
  CHECK((*parts)[0].methodology->name == "hmip-region-2023");
  CHECK((*parts)[1].inspection == "Westmarch region: figures pooled over its 4 PDUs");
  CHECK((*parts)[1].values.size() == 14);
  CHECK((*parts)[2].inspection == "Fernmoor PDU, as Westmarch region's report prints it");
  for (const CheckResult& part : *parts) {
    INFO(part.inspection);
    CHECK(part.ok());
    CHECK(part.Count(ValueStatus::kReproduced) + part.Count(ValueStatus::kExplained) ==
          static_cast<int>(part.values.size()));
  }
}

TEST_CASE("a pooled figure the counts do not print as is a percentage finding", "[region]") {
  Result<std::vector<CheckResult>> parts = Check(Edited("    \"2.2.3\": 52\n", "    \"2.2.3\": 53\n"));
  REQUIRE(parts.ok());
  const CheckResult& pooled = (*parts)[1];
  REQUIRE(pooled.findings.size() == 1);
  const Finding& finding = pooled.findings[0];
  CHECK(finding.kind == FindingKind::kPercentage);
  CHECK(finding.subject == "2.2.3");
  CHECK(finding.detail == "pooled over 4 PDUs: 67/130 = 51.5% prints as 52%, not 53%");
  CHECK(finding.where.line > 0);
}

TEST_CASE("a PDU's printed rating is checked against the PDU's own data", "[region]") {
  Result<std::vector<CheckResult>> parts =
      Check(Edited("    Greystone PDU:\n      score: 4\n", "    Greystone PDU:\n      score: 5\n"));
  REQUIRE(parts.ok());
  const CheckResult& greystone = (*parts)[3];
  CHECK(greystone.inspection == "Greystone PDU, as Westmarch region's report prints it");
  REQUIRE(greystone.findings.size() == 2);  // 5 is not the sum of the points; and 5 of 27 is not Inadequate
  CHECK(greystone.findings[0].kind == FindingKind::kArithmetic);
  CHECK(greystone.findings[0].where.file.find("region-check/westmarch-2024.yaml") != std::string::npos);
  CHECK(greystone.findings[1].kind == FindingKind::kOverall);
}

TEST_CASE("what check cannot read in a regional published: block is an error", "[region]") {
  Result<std::vector<CheckResult>> unknown = Check(Edited("    \"2.2.3\": 52\n", "    \"2.2.33\": 52\n"));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message == "no key question \"2.2.33\" in hmip-pdu-2021 (the PDUs' methodology); did you mean 2.2.3?");
  Result<std::vector<CheckResult>> missing = Check(Edited("published:\n  score: 8\n", "unpublished:\n  score: 8\n"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("unknown key \"unpublished\"") == 0);
  testing::WritePdu("check-a", "hmip-pdu-2021", 10, 20);
  Result<std::vector<CheckResult>> none = Check(testing::WriteRegion("check-none", "region: N\ninspections: [check-a.yaml]\n"));
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message.find("no published: block") == 0);
}

}  // namespace
}  // namespace rerate
