// A region file (`rerate region`, `check` of a region): its PDU inspections
// (the synthetic region's, copied beside it) rated and pooled, the region
// rated under the shipped regional rules, with --explain and --by; the
// published: block checked; every format rendered.
#include "fuzz_support.h"
#include "rerate/check.h"
#include "rerate/region.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (const char* stem : {"fernmoor-2024", "greystone-2024", "hollowbrook-2024", "kestrel-bay-2024"}) {
    rerate::fuzz::CopyToScratch("cases/regions/westmarch-2024/" + std::string(stem) + ".yaml");
    rerate::fuzz::CopyToScratch("cases/regions/westmarch-2024/" + std::string(stem) + ".csv");
  }
  rerate::fuzz::CopyToScratch("cases/regions/westmarch-2024/westmarch-region-cases.csv");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const std::string path = WriteScratch("region.yaml", Text(data, size));
  if (const std::size_t command = Pick(Text(data, size)).Next(3); command < 2) {
    const RegionOptions options = command == 0 ? RegionOptions{} : RegionOptions{"", true, "grade"};
    Result<RegionResult> result = RateRegionFile(path, ShippedRules(), options);
    if (result) {
      RequireEveryFormat([&](Format format) { return RenderRegion(*result, format); });
    } else {
      RequireError(result.error());
    }
    return 0;
  }
  Result<std::vector<CheckResult>> checked = CheckRegionFile(path, ShippedRules(), "");
  if (checked) {
    RequireEveryFormat([&](Format format) { return RenderCheckMany(*checked, format); });
  } else {
    RequireError(checked.error());
  }
  return 0;
}
