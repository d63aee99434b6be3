// rerate check: published reports against their data.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/check.h"
#include "rerate/stability.h"
#include "rerate/region.h"

namespace rerate::cli {

namespace po = boost::program_options;

constexpr CommandFront kFront = {
    "check", "rerate check [options] INSPECTION.yaml|FOLDER...",
    "Checks what a report printed (the inspection's published: block) against\n"
    "what its data and methodology give.  Every published value is reproduced,\n"
    "explained (recorded discretion or departure, or a limit, with its reason),\n"
    "unverifiable (the data cannot decide it, e.g. a printed figure on a band\n"
    "edge; not a finding), or a finding: arithmetic, band, overall,\n"
    "rounding-sensitive, percentage, cap, guidance, discretion or recorded.\n"
    "A region file (region:) is checked in parts: the region's own ratings, the\n"
    "pooled figures (published: pooled:) and each PDU's printed ratings (pdus:).\n"
    "Several files or a folder: one result each, then a summary.\n"
    "--stability: then how often resampling gives each published rating (see\n"
    "rerate stability --help), so a fragile published rating stands out.\n"
    "Exit 1 when there is a finding.",
    "give an inspection file or a folder of them"};

int CmdCheck(const Args& args) {
  InputOptions input;
  po::options_description options;
  AddInputOptions(&options, &input);
  bool stability = false;
  StabilityText stability_text;
  options.add_options()("stability", po::bool_switch(&stability), "add how often resampling gives each published rating");
  AddStabilityOptions(&options, &stability_text);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm)) return *stop;
  Result<Format> format = ParseFormat(input.format);
  if (!format) return UsageError("check", "--format: " + format.error().message);
  Result<StabilityOptions> stability_options = ParseStabilityOptions(stability_text.resamples, stability_text.seed, "");
  if (!stability_options) return UsageError("check", stability_options.error().message);
  if (!stability && (vm.count("resamples") || vm.count("seed"))) {
    return UsageError("check", "--resamples and --seed go with --stability");
  }

  Result<std::vector<std::string>> files = ExpandInputs(input.paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(input.rules_dirs);
  std::vector<CheckResult> results;
  std::vector<Result<StabilityResult>> stabilities;
  bool input_error = false;
  bool finding = false;
  for (const std::string& file : *files) {
    if (IsRegionFile(file)) {  // one result per part of a regional report
      Result<std::vector<CheckResult>> parts = CheckRegionFile(file, library, input.rules);
      if (!parts) {
        PrintError(parts.error());
        input_error = true;
        continue;
      }
      for (CheckResult& part : *parts) {
        finding = finding || !part.ok();
        results.push_back(std::move(part));
        if (stability) {
          stabilities.push_back(Error{{file, 0, 0}, "stability is computed for a PDU's inspection, not for a regional report"});
        }
      }
      continue;
    }
    Result<CheckResult> result = CheckFile(file, library, input.rules);
    if (!result) {
      PrintError(result.error());
      input_error = true;
      continue;
    }
    finding = finding || !result->ok();
    results.push_back(std::move(result).value());
    if (stability) stabilities.push_back(StabilityFile(file, library, input.rules, *stability_options));
  }
  if (stability && !results.empty()) {
    Out(RenderCheckStability(results, stabilities, *format, IsSingleFile(input.paths)));
  } else if (IsSingleFile(input.paths) && results.size() == 1) {
    Out(RenderCheck(results.front(), *format));
  } else if (!results.empty()) {
    Out(RenderCheckMany(results, *format));
  }
  if (input_error) return kExitInputError;
  return finding ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
