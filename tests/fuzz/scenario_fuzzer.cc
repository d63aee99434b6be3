// A scenario file (`rerate whatif --changes FILE`, `target --changes FILE`):
// read, then applied to Blackburn with Darwen with its case answers or to
// its percentages-only copy, as whatif or as the changes before a target
// (chosen from the input's bytes); every format rendered.
#include "fuzz_support.h"
#include "rerate/target.h"
#include "rerate/whatif.h"

namespace {

std::vector<rerate::Evidence> seeds;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using namespace rerate;
  RulesLibrary library({fuzz::SourcePath("rules")});
  for (const char* file : {"cases/blackburn-with-darwen-2023.yaml", "cases/blackburn-with-darwen-2023-percentages.yaml"}) {
    Result<Evidence> evidence = LoadEvidence(fuzz::SourcePath(file), library, "");
    fuzz::Require(static_cast<bool>(evidence), "a seed inspection does not load");
    seeds.push_back(std::move(evidence).value());
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const std::string path = WriteScratch("scenario.yaml", Text(data, size));
  Result<std::vector<ChangeSpec>> changes = LoadChanges(path);
  if (!changes) {
    RequireError(changes.error());
    return 0;
  }
  Pick pick(Text(data, size));
  const Evidence& evidence = seeds[pick.Next(seeds.size())];
  if (pick.Next(4) == 0) {
    Result<TargetRun> run = RunTarget(evidence, TargetRequest{*changes, "Good", {}, true, false});
    if (!run) return 0;  // the same refusal as whatif's, below
    if (!run->now.violations.empty()) return 0;
    RequireJson(RenderTarget(run->Output(), Format::kJson));
    Require(!RenderTarget(run->Output(), Format::kText).empty(), "empty target output");
    return 0;
  }
  Result<WhatIf> whatif = RunWhatIf(evidence, *changes);
  if (!whatif) {
    RequireError(whatif.error());
    return 0;
  }
  RequireEveryFormat([&](Format format) { return RenderWhatIf(*whatif, format); });
  return 0;
}
