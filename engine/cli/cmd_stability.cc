// rerate stability: how sure each rating is, given that it rests on a sample.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "sheet_output.h"
#include "rerate/stability.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kAbout =
    "How often another sample of the same work would give each rating.  With case\n"
    "answers (a CSV), the case bootstrap: each resample draws as many cases as were\n"
    "inspected, with replacement, each case with all its answers, recounts every key\n"
    "question and rates through the rules.  With counts only ({yes, relevant}), the\n"
    "exact distribution: each key question's yes count binomial(n, k/n),\n"
    "independently, every combination of case-standard ratings rated through the\n"
    "rules.  A key question known only as a printed percentage has no n and is held;\n"
    "judgement standards stay as recorded; a recorded discretion is kept where it\n"
    "fits the rules' distance and otherwise dropped, and counted.  Every key question\n"
    "gets a Clopper-Pearson interval and the bands it reaches.  The same --seed gives\n"
    "the same output on any machine, whatever --jobs.  Several files or a folder:\n"
    "one result each, then a summary.";

constexpr CommandFront kFront = {"stability", "rerate stability [options] INSPECTION.yaml|FOLDER...", kAbout,
                                 "give an inspection file or a folder of them"};

}  // namespace

int CmdStability(const Args& args) {
  InputOptions input;
  StabilityText text;
  int jobs = 0;
  po::options_description options;
  AddStabilityOptions(&options, &text);
  options.add_options()("confidence", po::value(&text.confidence)->value_name("C"),
                        "confidence level of the key-question intervals (default 0.95)");
  AddInputOptions(&options, &input);
  AddJobsOption(&options, &jobs);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm)) return *stop;
  const std::optional<SheetFormat> sheets = SheetFormatOf(input.format);
  if (std::optional<int> refused = RefuseWorkbookToStdout("stability", sheets)) return *refused;
  Result<Format> format = sheets ? Result<Format>(Format::kJson) : ParseFormat(input.format, false, kSheetFormats);
  if (!format) return UsageError("stability", "--format: " + format.error().message);
  Result<StabilityOptions> settings = ParseStabilityOptions(text.resamples, text.seed, text.confidence);
  if (!settings) return UsageError("stability", settings.error().message);
  if (jobs < 0) return UsageError("stability", "--jobs: expected a whole number of threads, or 0 for every core");
  settings->jobs = jobs;

  Result<std::vector<std::string>> files = ExpandInputs(input.paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(input.rules_dirs, CaseFileOptionsOf(input.csv_separator));
  std::vector<StabilityResult> results;
  std::vector<FailedFile> failed;
  bool input_error = false;
  for (const std::string& file : *files) {
    Result<StabilityResult> result = StabilityFile(file, library, input.rules, *settings);
    if (!result) {
      PrintError(result.error());
      failed.push_back(FailedFile{file, result.error()});
      input_error = true;
      continue;
    }
    results.push_back(std::move(result).value());
  }
  if (sheets) {
    SheetBook book;
    for (const StabilityResult& result : results) book.AddStability(result);
    if (!WriteSheets(book, *sheets)) input_error = true;
  } else if (IsSingleFile(input.paths) && results.size() == 1) {
    Out(RenderStability(results.front(), *format));
  } else if (!results.empty() || (!failed.empty() && *format == Format::kJson)) {
    Out(RenderStabilityMany(results, *format, failed));
  }
  return input_error ? kExitInputError : kExitOk;
}

}  // namespace rerate::cli
