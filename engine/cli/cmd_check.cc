// rerate check: published reports against their data.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/check.h"
#include "rerate/jobs.h"
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

namespace {

struct CheckRequest {
  RulesLibrary* library;
  const std::string* rules;
  const StabilityOptions* stability;  // --stability
  std::optional<Format> render;       // render parts on the worker, in this format
};

// One file checked: its results (one, or a regional report's parts), each
// rendered when the results stream, or kept (with their stability) when the
// output joins them at the end.
struct CheckedFile {
  std::vector<Error> errors;
  std::vector<CheckResult> results;  // kept ones
  std::vector<CheckPart> parts;      // rendered ones
  bool found = false;                // a finding among the rendered ones
  std::vector<Result<StabilityResult>> stabilities;
};

CheckedFile CheckOneFile(const std::string& file, const CheckRequest& request) {
  CheckedFile out;
  std::vector<CheckResult> results;
  if (IsRegionFile(file)) {  // one result per part of a regional report
    Result<std::vector<CheckResult>> parts = CheckRegionFile(file, *request.library, *request.rules);
    if (!parts) {
      out.errors.push_back(parts.error());
      return out;
    }
    results = std::move(parts).value();
    if (request.stability != nullptr) {
      for (size_t p = 0; p < results.size(); ++p) {
        out.stabilities.push_back(Error{{file, 0, 0}, "stability is computed for a PDU's inspection, not for a regional report"});
      }
    }
  } else {
    Result<CheckResult> result = CheckFile(file, *request.library, *request.rules);
    if (!result) {
      out.errors.push_back(result.error());
      return out;
    }
    results.push_back(std::move(result).value());
    if (request.stability != nullptr) {
      out.stabilities.push_back(StabilityFile(file, *request.library, *request.rules, *request.stability));
    }
  }
  for (CheckResult& result : results) {
    if (request.render) {
      out.found = out.found || !result.ok();
      out.parts.push_back(RenderCheckPart(result, *request.render));
    } else {
      out.results.push_back(std::move(result));
    }
  }
  return out;
}

}  // namespace

int CmdCheck(const Args& args) {
  InputOptions input;
  po::options_description options;
  AddInputOptions(&options, &input);
  bool stability = false;
  StabilityText stability_text;
  options.add_options()("stability", po::bool_switch(&stability), "add how often resampling gives each published rating");
  AddStabilityOptions(&options, &stability_text);
  int jobs = 0;
  AddJobsOption(&options, &jobs);
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
  // Each file checked (and rendered, unless --stability joins the results
  // at the end) on a worker, then written and freed in file order.
  constexpr size_t kWindow = 64;
  std::vector<CheckedFile> slots(kWindow);
  CheckManyWriter writer(*format);
  const bool alone = IsSingleFile(input.paths);
  std::vector<CheckResult> kept;  // --stability, or one file alone
  std::vector<Result<StabilityResult>> stabilities;
  bool input_error = false;
  bool finding = false;
  const CheckRequest request{&library, &input.rules, stability ? &*stability_options : nullptr,
                             stability || alone ? std::optional<Format>() : *format};
  RunInOrder(
      files->size(), jobs, kWindow,
      [&](size_t i) { slots[i % kWindow] = CheckOneFile((*files)[i], request); },
      [&](size_t i) {
        CheckedFile& checked = slots[i % kWindow];
        for (const Error& error : checked.errors) PrintError(error);
        input_error = input_error || !checked.errors.empty();
        finding = finding || checked.found;
        for (CheckResult& result : checked.results) finding = finding || !result.ok();
        for (CheckPart& part : checked.parts) Out(writer.Add(std::move(part)));
        std::move(checked.results.begin(), checked.results.end(), std::back_inserter(kept));
        std::move(checked.stabilities.begin(), checked.stabilities.end(), std::back_inserter(stabilities));
        checked = CheckedFile{};
      });
  if (stability && !kept.empty()) {
    Out(RenderCheckStability(kept, stabilities, *format, alone));
  } else if (alone && kept.size() == 1) {
    Out(RenderCheck(kept.front(), *format));
  } else if (alone && !kept.empty()) {
    Out(RenderCheckMany(kept, *format));
  } else {
    Out(writer.Finish());
  }
  if (input_error) return kExitInputError;
  return finding ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
