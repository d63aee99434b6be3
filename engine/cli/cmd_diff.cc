// rerate diff: the same inspections under two rules files, and what changes.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/diff.h"
#include "rerate/jobs.h"

namespace rerate::cli {

namespace po = boost::program_options;

constexpr CommandFront kFront = {
    "diff", "rerate diff --from RULES_A --to RULES_B [options] INSPECTION.yaml|FOLDER...",
    "Rates every inspection whose methodology is RULES_A's under both rules files and\n"
    "reports each key-question band, standard rating, score and overall rating that\n"
    "changes, with before, after and the rule responsible, then a summary.  An\n"
    "inspection under another methodology is listed as skipped, with the reason.\n"
    "Exit 0 when nothing changes, 1 when something does (or RULES_B refuses an\n"
    "inspection), 2 on an input error.",
    "give an inspection file or a folder of them"};

int CmdDiff(const Args& args) {
  std::vector<std::string> paths;
  std::vector<std::string> rules_dirs;
  std::string from_path;
  std::string to_path;
  std::string format_name = "text";
  po::options_description options;
  options.add_options()
      ("from", po::value(&from_path)->value_name("RULES_A"), "the rules file the inspections are rated under now")
      ("to", po::value(&to_path)->value_name("RULES_B"), "the rules file to compare with")
      ("rules-dir", po::value(&rules_dirs)->value_name("DIR")->composing(),
       "where to look for a methodology an inspection names (repeatable)")
      ("format", po::value(&format_name)->value_name("text|json")->default_value("text"), "the output format");
  int jobs = 0;
  AddJobsOption(&options, &jobs);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &paths, &vm)) return *stop;
  if (from_path.empty() || to_path.empty()) return UsageError("diff", "give both --from RULES_A and --to RULES_B");
  Result<DiffFormat> format = ParseDiffFormat(format_name);
  if (!format) return UsageError("diff", "--format: " + format.error().message);

  RulesLibrary library(rules_dirs);
  Result<std::shared_ptr<const Methodology>> from = library.Load(from_path);
  Result<std::shared_ptr<const Methodology>> to = library.Load(to_path);
  Result<std::vector<std::string>> files = ExpandInputs(paths);
  for (const auto* failed : {from.ok() ? nullptr : &from.error(), to.ok() ? nullptr : &to.error(),
                             files.ok() ? nullptr : &files.error()}) {
    if (failed != nullptr) PrintError(*failed);
  }
  if (!from || !to || !files) return kExitInputError;

  // Each inspection compared on a worker, written and freed in file order.
  constexpr size_t kWindow = 64;
  std::vector<InspectionDiff> slots(kWindow);
  DiffWriter writer(*from, *to, *format);
  Out(writer.Begin());
  RunInOrder(
      files->size(), jobs, kWindow,
      [&](size_t i) { slots[i % kWindow] = DiffInspection((*files)[i], *from, *to, library); },
      [&](size_t i) {
        InspectionDiff& diff = slots[i % kWindow];
        if (diff.error) PrintError(*diff.error);
        Out(writer.Add(diff));
        diff = InspectionDiff{};
      });
  Out(writer.Finish());
  const DiffSummary& summary = writer.summary();
  if (summary.errors > 0) return kExitInputError;
  return summary.changed > 0 || summary.refused > 0 ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
