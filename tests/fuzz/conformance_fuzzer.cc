// A conformance test file (`rerate test`): an inspection with an expect:
// block, run as a test of its methodology, with the coverage report of the
// shipped rules; every format rendered.  The seeds' case files are beside it.
#include "fuzz_support.h"
#include "rerate/conformance.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  rerate::fuzz::CopyToScratch("tests/conformance/hmip-pdu-2021/breakdown-attributes.csv");
  rerate::fuzz::CopyToScratch("cases/blackburn-with-darwen-2023.csv");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const TestRun run = RunTests({WriteScratch("test.yaml", Text(data, size))}, ShippedRules(), TestOptions{});
  for (const TestOutcome& outcome : run.outcomes) {
    if (outcome.error) RequireError(*outcome.error);
  }
  const std::vector<RulesCoverage> coverage = ComputeCoverage(run.outcomes);
  for (TestFormat format : {TestFormat::kText, TestFormat::kJson, TestFormat::kJunit}) {
    const std::string text = RenderTestRun(run, &coverage, format);
    Require(!text.empty(), "empty test output");
    if (format == TestFormat::kJson) RequireJson(text);
  }
  return 0;
}
