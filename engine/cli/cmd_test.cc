// rerate test: run conformance tests (inspection files with expect:).
#include <iostream>

#include "cli.h"
#include "rerate/conformance.h"

namespace rerate::cli {

namespace po = boost::program_options;

int RunTest(const Args& args) {
  std::vector<std::string> paths;
  std::vector<std::string> rules_dirs;
  std::string format_name = "text";
  bool coverage = false;
  TestOptions test_options;
  po::options_description options("options");
  options.add_options()
      ("help,h", "show this help")
      ("rules", po::value(&test_options.rules_override)->value_name("PATH"),
       "rate every test with this rules file instead of the methodology it names")
      ("rules-dir", po::value(&rules_dirs)->value_name("DIR")->composing(),
       "look for methodology NAME as DIR/NAME.yaml first (repeatable)")
      ("label", po::value(&test_options.labels)->value_name("LABEL")->composing(),
       "run only the tests that carry this label (repeatable: any of them)")
      ("coverage", po::bool_switch(&coverage),
       "then report, per rules file, every behaviour of every rule and the passing test that exercises it; "
       "any not exercised is a failure")
      ("format", po::value(&format_name)->value_name("FORMAT")->default_value("text"), "text, json or junit");
  po::options_description hidden;
  hidden.add_options()("paths", po::value(&paths));
  po::options_description all;
  all.add(options).add(hidden);

  po::variables_map vm;
  if (auto message = Parse(all, "paths", args, &vm)) return UsageError("test", *message);
  if (vm.count("help")) {
    PrintHelp(std::cout, "rerate test [options] TEST.yaml|FOLDER...",
              "Runs conformance tests.  A test is an inspection file with an expect: block (the\n"
              "overall rating, score, standard ratings, key-question bands, rules applied,\n"
              "warnings, violations, labels; see README.md).  Folders are searched recursively\n"
              "(rules/ folders excepted).  Prints PASS or FAIL per test, expected versus actual\n"
              "for every failed expectation, and a closing line \"N passed, N failed\".\n"
              "Exit 0 when every test passed (and, with --coverage, every behaviour is\n"
              "exercised), 1 when one failed, 2 when a test could not be run.",
              options);
    return kExitOk;
  }
  if (paths.empty()) return UsageError("test", "give a test file or a folder of them");
  Result<TestFormat> format = ParseTestFormat(format_name);
  if (!format) return UsageError("test", "--format: " + format.error().message);

  Result<std::vector<std::string>> files = FindTests(paths);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  RulesLibrary library(rules_dirs);
  const TestRun run = RunTests(*files, library, test_options);
  for (const TestOutcome& outcome : run.outcomes) {
    if (outcome.error) PrintError(*outcome.error);  // also in the report: stdout may be a file
  }
  if (Status labels = CheckLabels(run, test_options.labels); !labels) {
    return UsageError("test", labels.error().message);
  }
  std::vector<RulesCoverage> report;
  if (coverage) report = ComputeCoverage(run.outcomes);
  std::cout << RenderTestRun(run, coverage ? &report : nullptr, *format);
  if (run.errors > 0) return kExitInputError;
  if (run.failed > 0) return kExitFinding;
  for (const RulesCoverage& rules : report) {
    if (rules.Uncovered() > 0) return kExitFinding;
  }
  return kExitOk;
}

}  // namespace rerate::cli
