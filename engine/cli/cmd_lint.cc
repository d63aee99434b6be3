// rerate lint: check rules files without an inspection.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/lint.h"

namespace rerate::cli {

namespace po = boost::program_options;

constexpr CommandFront kFront = {
    "lint", "rerate lint [options] RULES.yaml|FOLDER...",
    "Checks rules files without an inspection: every error the loader reports, and\n"
    "warnings for what it accepts but cannot be meant: a limit or guidance that can\n"
    "never act, a standard a limit always caps, key-question bands or score tables\n"
    "where a higher value gives a lower rating, a score table no inspection can use\n"
    "(README.md lists every check).  One line per finding, file:line:col first.\n"
    "A folder gives its *.yaml files, in name order.  --format junit: a testsuite per\n"
    "file and a testcase per check, for continuous integration.\n"
    "Exit 0 when clean, 1 when there are warnings, 2 when a file has an error.",
    "give a rules file or a folder of them"};

int CmdLint(const Args& args) {
  std::vector<std::string> paths;
  std::string format_name = "text";
  po::options_description options;
  options.add_options()
      ("format", po::value(&format_name)->value_name("text|json|junit")->default_value("text"), "the output format");
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &paths, &vm)) return *stop;
  Result<LintFormat> format = ParseLintFormat(format_name);
  if (!format) return UsageError("lint", "--format: " + format.error().message);

  Result<std::vector<std::string>> files = ExpandInputs(paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  std::vector<LintReport> reports;
  for (const std::string& file : *files) reports.push_back(LintRules(file));
  Out(RenderLint(reports, *format));
  int errors = 0;
  int warnings = 0;
  for (const LintReport& report : reports) {
    errors += report.Errors();
    warnings += report.Warnings();
  }
  if (errors > 0) return kExitInputError;
  return warnings > 0 ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
