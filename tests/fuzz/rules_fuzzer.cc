// A rules file, as `rerate lint`, `rate --rules`, `check --rules`, `diff` and
// `region --rules` read it: linted, then, when it loads, one command (diff,
// or one that DriveInspectionFile runs, chosen from the input's bytes) on the
// shipped inspection of its methodology (or the region, for a regional
// one), every format rendered.
#include "fuzz_support.h"
#include "rerate/diff.h"
#include "rerate/inputs.h"
#include "rerate/lint.h"
#include "rerate/region.h"

namespace rerate::fuzz {
namespace {

// The shipped inspection a methodology's name points at.
std::string InspectionFor(const Methodology& methodology) {
  if (methodology.name == "hmip-pdu-2023") return SourcePath("cases/bradford-and-calderdale-2024.yaml");
  return SourcePath("cases/blackburn-with-darwen-2023.yaml");
}

void LintAll(const LintReport& report) {
  for (LintFormat format : {LintFormat::kText, LintFormat::kJson, LintFormat::kJunit}) {
    const std::string text = RenderLint({report}, format);
    Require(!text.empty(), "empty lint output");
    if (format == LintFormat::kJson) RequireJson(text);
  }
  for (const LintFinding& finding : report.findings) Require(!finding.message.empty(), "a lint finding without a message");
}

void RateWestmarch(const std::string& rules, RulesLibrary& library) {
  const std::string region = SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml");
  Result<RegionResult> result = RateRegionFile(region, library, RegionOptions{rules, true, "grade"});
  if (!result) return RequireError(result.error());
  RequireEveryFormat([&](Format format) { return RenderRegion(*result, format); });
}

void DiffShipped(const std::shared_ptr<const Methodology>& to, const std::string& inspection, RulesLibrary& library) {
  const char* shipped = to->name == "hmip-pdu-2023" ? "rules/hmip-pdu-2023.yaml" : "rules/hmip-pdu-2021.yaml";
  Result<std::shared_ptr<const Methodology>> from = library.Load(SourcePath(shipped));
  Require(static_cast<bool>(from), "the shipped rules do not load");
  const DiffRun run = DiffInspections({inspection}, *from, to, library);
  Require(!RenderDiff(run, DiffFormat::kText).empty(), "empty diff");
  RequireJson(RenderDiff(run, DiffFormat::kJson));
}

}  // namespace
}  // namespace rerate::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const std::string text = Text(data, size);
  const std::string rules = WriteScratch("rules.yaml", text);
  const LintReport report = LintRules(rules);
  LintAll(report);
  if (!report.methodology) return 0;
  RulesLibrary library({SourcePath("rules")});
  if (report.methodology->IsRegional()) {
    RateWestmarch(rules, library);
    return 0;
  }
  const std::string inspection = InspectionFor(*report.methodology);
  Pick pick(text);
  if (pick.Next(4) == 0) {
    DiffShipped(report.methodology, inspection, library);
  } else {
    DriveInspectionFile(inspection, library, rules, pick);
  }
  return 0;
}
