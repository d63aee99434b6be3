// rerate rate: the ratings of one or more inspections.
#include <iostream>
#include <optional>
#include <vector>

#include "cli.h"
#include "output.h"
#include "rerate/evaluate.h"
#include "rerate/jobs.h"
#include "rerate/serve.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

// Files rated ahead of the one being printed, at most.
constexpr size_t kWindow = 64;

struct RateRequest {
  InputOptions input;
  bool explain = false;
  bool brief = false;
  std::string by;
};

// One file rated, rendered and reported: what a worker thread hands on.
struct RatedFile {
  std::vector<Error> errors;
  Evaluation evaluation;  // kept only when the file prints alone
  TraceLog trace;
  std::optional<Breakdown> breakdown;
  std::optional<RatePart> part;  // its part of several, rendered on the worker
};

RateOutput RateOutputOf(const RatedFile& rated, const RateRequest& request) {
  return RateOutput{&rated.evaluation, request.explain ? &rated.trace.steps() : nullptr,
                    rated.breakdown ? &*rated.breakdown : nullptr, request.brief};
}

void RateFile(const std::string& file, RulesLibrary& library, const RateRequest& request, bool alone, Format format,
              RatedFile* out) {
  Result<Evidence> evidence = LoadEvidence(file, library, request.input.rules);
  if (!evidence) {
    out->errors.push_back(evidence.error());
    return;
  }
  out->evaluation = Evaluate(*evidence, request.explain ? &out->trace : nullptr);
  for (const Violation& violation : out->evaluation.violations) out->errors.push_back(Error{violation.where, violation.message});
  if (!out->errors.empty()) return;
  if (!request.by.empty()) {
    Result<Breakdown> breakdown = BreakDown(*evidence, request.by);
    if (!breakdown) {
      out->errors.push_back(breakdown.error());
      return;
    }
    out->breakdown = std::move(breakdown).value();
  }
  if (!alone) {
    out->part = format == Format::kHtml ? RenderRateHtmlPart(RateOutputOf(*out, request)) : RenderRatePart(RateOutputOf(*out, request), format);
  }
}

}  // namespace

constexpr CommandFront kFront = {
    "rate", "rerate rate [options] INSPECTION.yaml|FOLDER...",
    "Rates each inspection: the ratings table as the report prints it, each case\n"
    "standard's key questions (k/n, printed percentage, band, the lowest marked),\n"
    "and every rule that changed a rating.  Several files or a folder: one result\n"
    "each, then a summary.  --format html: one self-contained page (no script)\n"
    "with the key-question chart, to send by email.",
    "give an inspection file or a folder of them"};

int CmdRate(const Args& args) {
  RateRequest request;
  int jobs = 0;
  po::options_description options;
  options.add_options()
      ("explain", po::bool_switch(&request.explain), "add a plain-English trace, one line per decision, naming each rule")
      ("by", po::value(&request.by)->value_name("ATTRIBUTE"),
       "also give key-question results per value of a case attribute (e.g. grade); never rated")
      ("brief", po::bool_switch(&request.brief), kBriefHelp);
  AddInputOptions(&options, &request.input);
  AddJobsOption(&options, &jobs);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &request.input.paths, &vm)) return *stop;
  Result<Format> format = ParseFormat(request.input.format, /*html=*/true);
  if (!format) return UsageError("rate", "--format: " + format.error().message);

  Result<std::vector<std::string>> files = ExpandInputs(request.input.paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(request.input.rules_dirs);
  const bool alone = IsSingleFile(request.input.paths);
  // Each file is rated and rendered on a worker, then printed and freed in
  // file order: memory stays flat however many files there are.
  std::vector<RatedFile> slots(kWindow);
  RateManyWriter writer(*format);
  RateHtmlWriter html_writer;  // --format html: one page
  int exit_code = kExitOk;
  RunInOrder(
      files->size(), jobs, kWindow,
      [&](size_t i) {
        slots[i % kWindow] = RatedFile{};
        RateFile((*files)[i], library, request, alone, *format, &slots[i % kWindow]);
      },
      [&](size_t i) {
        RatedFile& rated = slots[i % kWindow];
        for (const Error& error : rated.errors) PrintError(error);
        if (!rated.errors.empty()) {
          exit_code = kExitInputError;
        } else if (alone) {
          Out((*format == Format::kHtml ? RenderRateHtml({RateOutputOf(rated, request)})
                                                 : RenderRate(RateOutputOf(rated, request), *format)));
        } else {
          Out((*format == Format::kHtml ? html_writer.Add(std::move(*rated.part))
                                                 : writer.Add(std::move(*rated.part))));
        }
        rated = RatedFile{};
      });
  if (*format == Format::kHtml) {
    Out(html_writer.Finish());
  } else {
    writer.Finish(Out);
  }
  return exit_code;
}

}  // namespace rerate::cli
