// rerate check: published reports against their data.
#include <iostream>

#include "cli.h"
#include "rerate/check.h"
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
    "Exit 1 when there is a finding.",
    "give an inspection file or a folder of them"};

int CmdCheck(const Args& args) {
  InputOptions input;
  po::options_description options;
  AddInputOptions(&options, &input);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm)) return *stop;
  Result<Format> format = ParseFormat(input.format);
  if (!format) return UsageError("check", "--format: " + format.error().message);

  Result<std::vector<std::string>> files = ExpandInputs(input.paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(input.rules_dirs);
  std::vector<CheckResult> results;
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
  }
  if (IsSingleFile(input.paths) && results.size() == 1) {
    std::cout << RenderCheck(results.front(), *format);
  } else if (!results.empty()) {
    std::cout << RenderCheckMany(results, *format);
  }
  if (input_error) return kExitInputError;
  return finding ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
