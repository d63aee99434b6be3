// rerate rate: the ratings of one or more inspections.
#include <iostream>
#include <memory>

#include "cli.h"
#include "rerate/evaluate.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

struct Rated {
  Evaluation evaluation;
  TraceLog trace;
  std::optional<Breakdown> breakdown;
};

// Rates one file; prints its errors and returns null when it has any.
std::unique_ptr<Rated> RateFile(const std::string& file, RulesLibrary& library, const InputOptions& input,
                                bool explain, const std::string& by) {
  Result<Evidence> evidence = LoadEvidence(file, library, input.rules);
  if (!evidence) {
    PrintError(evidence.error());
    return nullptr;
  }
  auto rated = std::make_unique<Rated>();
  rated->evaluation = Evaluate(*evidence, explain ? &rated->trace : nullptr);
  if (RefuseViolations(rated->evaluation)) return nullptr;
  if (!by.empty()) {
    Result<Breakdown> breakdown = BreakDown(*evidence, by);
    if (!breakdown) {
      PrintError(breakdown.error());
      return nullptr;
    }
    rated->breakdown = std::move(breakdown).value();
  }
  return rated;
}

}  // namespace

constexpr CommandFront kFront = {
    "rate", "rerate rate [options] INSPECTION.yaml|FOLDER...",
    "Rates each inspection: the ratings table as the report prints it, each case\n"
    "standard's key questions (k/n, printed percentage, band, the lowest marked),\n"
    "and every rule that changed a rating.  Several files or a folder: one result\n"
    "each, then a summary.",
    "give an inspection file or a folder of them"};

int CmdRate(const Args& args) {
  InputOptions input;
  bool explain = false;
  bool brief = false;
  std::string by;
  po::options_description options;
  options.add_options()
      ("explain", po::bool_switch(&explain), "add a plain-English trace, one line per decision, naming each rule")
      ("by", po::value(&by)->value_name("ATTRIBUTE"),
       "also give key-question results per value of a case attribute (e.g. grade); never rated")
      ("brief", po::bool_switch(&brief), kBriefHelp);
  AddInputOptions(&options, &input);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm)) return *stop;
  Result<Format> format = ParseFormat(input.format);
  if (!format) return UsageError("rate", "--format: " + format.error().message);

  Result<std::vector<std::string>> files = ExpandInputs(input.paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(input.rules_dirs);
  std::vector<std::unique_ptr<Rated>> rated;
  int exit_code = kExitOk;
  for (const std::string& file : *files) {
    std::unique_ptr<Rated> result = RateFile(file, library, input, explain, by);
    if (result == nullptr) {
      exit_code = kExitInputError;
      continue;
    }
    rated.push_back(std::move(result));
  }
  std::vector<RateOutput> outputs;
  for (const auto& result : rated) {
    outputs.push_back(RateOutput{&result->evaluation, explain ? &result->trace.steps() : nullptr,
                                 result->breakdown ? &*result->breakdown : nullptr, brief});
  }
  if (IsSingleFile(input.paths) && outputs.size() == 1) {
    std::cout << RenderRate(outputs.front(), *format);
  } else if (!outputs.empty()) {
    std::cout << RenderRateMany(outputs, *format);
  }
  return exit_code;
}

}  // namespace rerate::cli
