// rerate whatif: an inspection's ratings before and after some changes.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/whatif.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kAbout =
    "Applies changes to a copy of the inspection (never to its files) and shows the\n"
    "ratings before and after side by side, the changed rows marked with *, and why\n"
    "each difference arose: which rule, on which numbers.  Changes apply in the order\n"
    "given; any number of them, each option repeatable:\n"
    "  --set 1.1=Good                 an inspectors' judgement\n"
    "  --kq 2.2.3=+3 | =-2 | =14/21   key-question answers; with case answers the first\n"
    "                                 no (or yes) answers in file order change\n"
    "  --case C07:2.2.3=yes           one case's answer\n"
    "  --not-rated 2.1                a standard Not rated\n"
    "  --discretion '2.5=Good: why'   a discretion; --drop-discretion 2.5 drops one\n"
    "  --changes FILE                 a scenario file (changes: - kq: 2.2.3=+3 ...)\n"
    "A recorded discretion stays with its standard: if the new numbers put it beyond\n"
    "the distance the rules allow it is shown as broken (exit 1), and if it equals\n"
    "the new computed rating it has no effect.";

constexpr CommandFront kFront = {"whatif", "rerate whatif INSPECTION.yaml [changes...] [options]", kAbout,
                                  "give one inspection file", /*one_file=*/true};

}  // namespace

int CmdWhatIf(const Args& args) {
  InputOptions input;
  bool brief = false;
  po::options_description options;
  AddChangeOptions(&options);
  AddInputOptions(&options, &input);
  options.add_options()("brief", po::bool_switch(&brief), kBriefHelp);
  po::variables_map vm;
  po::parsed_options parsed(nullptr);
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm, &parsed)) return *stop;
  Result<Format> format = ParseFormat(input.format);
  if (!format) return UsageError("whatif", "--format: " + format.error().message);
  Result<std::vector<ChangeSpec>> changes = ChangesInOrder(parsed);
  if (!changes) {
    PrintError(changes.error());
    return kExitInputError;
  }
  RulesLibrary library(input.rules_dirs, CaseFileOptionsOf(input.csv_separator));
  Result<Evidence> evidence = LoadEvidence(input.paths[0], library, input.rules);
  if (!evidence) {
    PrintError(evidence.error());
    return kExitInputError;
  }
  Result<WhatIf> whatif = RunWhatIf(*evidence, *changes);
  if (!whatif) {
    PrintError(whatif.error());
    return kExitInputError;
  }
  if (RefuseViolations(whatif->before)) return kExitInputError;
  Out(RenderWhatIf(*whatif, *format, brief));
  return whatif->after.violations.empty() ? kExitOk : kExitFinding;
}

}  // namespace rerate::cli
