// rerate check: published reports against their data.
#include <filesystem>
#include <iostream>

#include "cli.h"
#include "rerate/check.h"

namespace rerate::cli {

namespace po = boost::program_options;

int RunCheck(const Args& args) {
  InputOptions input;
  po::options_description options("options");
  options.add_options()("help,h", "show this help");
  AddInputOptions(&options, &input);
  po::options_description hidden;
  hidden.add_options()("paths", po::value(&input.paths));
  po::options_description all;
  all.add(options).add(hidden);

  po::variables_map vm;
  if (auto message = Parse(all, "paths", args, &vm)) return UsageError("check", *message);
  if (vm.count("help")) {
    PrintHelp(std::cout, "rerate check [options] INSPECTION.yaml|FOLDER...",
              "Checks what a report printed (the inspection's published: block) against\n"
              "what its data and methodology give.  Every published value is reproduced,\n"
              "explained (recorded discretion or departure, or a limit, with its reason),\n"
              "unverifiable (the data cannot decide it, e.g. a printed figure on a band\n"
              "edge; not a finding), or a finding: arithmetic, band, overall,\n"
              "rounding-sensitive, percentage, cap, guidance, discretion or recorded.\n"
              "Several files or a folder: one result each, then a summary.\n"
              "Exit 1 when there is a finding.",
              options);
    return kExitOk;
  }
  if (input.paths.empty()) return UsageError("check", "give an inspection file or a folder of them");
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
    Result<CheckResult> result = CheckFile(file, library, input.rules);
    if (!result) {
      PrintError(result.error());
      input_error = true;
      continue;
    }
    finding = finding || !result->ok();
    results.push_back(std::move(result).value());
  }
  std::error_code ignored;
  const bool single = input.paths.size() == 1 && !std::filesystem::is_directory(input.paths[0], ignored);
  if (single && results.size() == 1) {
    std::cout << RenderCheck(results.front(), *format);
  } else if (!results.empty()) {
    std::cout << RenderCheckMany(results, *format);
  }
  if (input_error) return kExitInputError;
  return finding ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
