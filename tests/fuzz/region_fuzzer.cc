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
  const std::string text = Text(data, size);
  const std::string path = WriteScratch("region.yaml", text);
  RulesLibrary& library = ShippedRules();
  Pick pick(text);
  if (const std::size_t command = pick.Next(3); command < 2) {
    Result<RegionResult> result = RateRegionFile(path, library, command == 0 ? RegionOptions{} : RegionOptions{"", true, "grade"});
    if (!result) {
      RequireError(result.error());
      return 0;
    }
    for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) {
      const std::string rendered = RenderRegion(*result, format);
      Require(!rendered.empty(), "empty region output");
      if (format == Format::kJson) RequireJson(rendered);
    }
    return 0;
  }
  Result<std::vector<CheckResult>> checked = CheckRegionFile(path, library, "");
  if (!checked) {
    RequireError(checked.error());
    return 0;
  }
  for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) {
    const std::string text = RenderCheckMany(*checked, format);
    if (format == Format::kJson) RequireJson(text);
  }
  return 0;
}
