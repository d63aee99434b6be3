// A case file (CSV), as the commands read it through an inspection that
// names it: loaded against hmip-pdu-2021 (Blackburn with Darwen's
// inspection) when it has a reviewing column (2.5.x, a 2021 key question),
// else against hmip-pdu-2023 (Bradford and Calderdale's); then one of rate
// (--by each attribute), check, whatif (--case, --kq), target (--margin,
// --pivotal) and stability, chosen from the input's bytes (Pick), every
// format rendered.
#include "fuzz_support.h"
#include "rerate/inputs.h"


namespace {

std::string inspection_2021;
std::string inspection_2023;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  inspection_2021 = rerate::fuzz::InspectionNaming("cases/blackburn-with-darwen-2023.yaml", "blackburn-with-darwen-2023.csv", "fuzz.csv", "fuzz-2021.yaml");
  inspection_2023 = rerate::fuzz::InspectionNaming("cases/bradford-and-calderdale-2024.yaml", "bradford-and-calderdale-2024.csv", "fuzz.csv", "fuzz-2023.yaml");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const std::string csv = Text(data, size);
  WriteScratch("fuzz.csv", csv);
  const std::string& inspection = csv.find("2.5.") != std::string::npos ? inspection_2021 : inspection_2023;
  Pick pick(csv);
  DriveInspectionFile(inspection, ShippedRules(), "", pick);
  return 0;
}
