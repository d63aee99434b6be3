// An inspection file, as `rerate rate`, `check`, `whatif`, `target` and
// `stability` read it: loaded with its methodology (the shipped rules) and
// the case file it names (the shipped ones are beside it), then one of the
// commands run on what loads (chosen from the input's bytes: fuzz_support.h,
// Pick), every format rendered.
#include "fuzz_support.h"
#include "rerate/inputs.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (const char* csv : {"cases/blackburn-with-darwen-2023.csv", "cases/bradford-and-calderdale-2024.csv",
                          "cases/east-berkshire-2023.csv", "cases/north-and-north-east-lincolnshire-2023.csv"}) {
    rerate::fuzz::CopyToScratch(csv);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const std::string text = Text(data, size);
  Pick pick(text);
  DriveInspectionFile(WriteScratch("inspection.yaml", text), ShippedRules(), "", pick);
  return 0;
}
