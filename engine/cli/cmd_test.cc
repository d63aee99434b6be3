// rerate test: run conformance tests (inspection files with expect:).
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/conformance.h"

namespace rerate::cli {

namespace po = boost::program_options;

constexpr CommandFront kFront = {
    "test", "rerate test [options] TEST.yaml|FOLDER...",
    "Runs conformance tests.  A test is an inspection file with an expect: block (the\n"
    "overall rating, score, standard ratings, key-question bands, rules applied,\n"
    "warnings, violations, findings of rerate check, labels; see README.md).  Folders\n"
    "are searched recursively (rules/ folders excepted).  Prints PASS or FAIL per\n"
    "test, expected versus actual for every failed expectation, and a closing line\n"
    "\"N passed, N failed\".  Exit 0 when every test passed (and, with --coverage,\n"
    "every behaviour is exercised, or the share --threshold asks), 1 when one failed,\n"
    "2 when a test could not be run.",
    "give a test file or a folder of them"};

int CmdTest(const Args& args) {
  std::vector<std::string> paths;
  std::vector<std::string> rules_dirs;
  std::string csv_separator;
  std::string format_name = "text";
  bool coverage = false;
  std::string threshold_text;
  TestOptions test_options;
  po::options_description options;
  options.add_options()
      ("rules", po::value(&test_options.rules_override)->value_name("PATH"),
       "rate the tests of this rules file's methodology with it instead of the rules found for them; "
       "NAME=PATH: the tests of methodology NAME (for a variant under another name)")
      ("rules-dir", po::value(&rules_dirs)->value_name("DIR")->composing(),
       "look for methodology NAME as DIR/NAME.yaml first (repeatable)")
      ("label", po::value(&test_options.labels)->value_name("LABEL")->composing(),
       "run only the tests that carry this label (repeatable: any of them)")
      ("run", po::value(&test_options.run)->value_name("REGEX"),
       "run only the tests whose path, as listed, contains a match of this regular expression (ECMAScript)")
      ("coverage", po::bool_switch(&coverage),
       "then report, per rules file, every behaviour of every rule and the passing test that exercises it; "
       "any not exercised is a failure")
      ("threshold", po::value(&threshold_text)->value_name("PCT"),
       "with --coverage: fail only when less than PCT percent of a rules file's behaviours are exercised")
      ("format", po::value(&format_name)->value_name("text|json|junit")->default_value("text"), "the output format");
  AddCsvSeparatorOption(&options, &csv_separator);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &paths, &vm)) return *stop;
  Result<TestFormat> format = ParseTestFormat(format_name);
  if (!format) return UsageError("test", "--format: " + format.error().message);
  if (Status valid = CheckTestOptions(test_options); !valid) return UsageError("test", valid.error().message);
  int threshold = kEveryBehaviour;
  if (!threshold_text.empty()) {
    if (!coverage) return UsageError("test", "--threshold applies to --coverage: give both");
    Result<int> parsed = ParseCoverageThreshold(threshold_text);
    if (!parsed) return UsageError("test", parsed.error().message);
    threshold = *parsed;
  }

  Result<std::vector<std::string>> files = FindTests(paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(rules_dirs, CaseFileOptionsOf(csv_separator));
  const TestRun run = RunTests(*files, library, test_options);
  for (const TestOutcome& outcome : run.outcomes) {
    if (outcome.error) PrintError(*outcome.error);  // also in the report: stdout may be a file
  }
  if (Status selected = CheckSelection(run, test_options); !selected) {
    return UsageError("test", selected.error().message);
  }
  std::vector<RulesCoverage> report;
  if (coverage) report = ComputeCoverage(run.outcomes, threshold);
  Out(RenderTestRun(run, coverage ? &report : nullptr, *format));
  if (run.errors > 0) return kExitInputError;
  if (run.failed > 0) return kExitFinding;
  for (const RulesCoverage& rules : report) {
    if (!rules.Met()) return kExitFinding;
  }
  return kExitOk;
}

}  // namespace rerate::cli
