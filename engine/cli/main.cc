// rerate: recomputes HM Inspectorate of Probation ratings from case-level
// judgements.  This file only dispatches to a command.
#include <exception>
#include <iostream>

#include "cli.h"

namespace rerate::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"rate", "rate inspections: the ratings table, why each rating is what it is", CmdRate},
      {"check", "check published ratings against the data: reproduced, explained or a finding", CmdCheck},
      {"whatif", "what the ratings would be if answers or judgements changed, and why", CmdWhatIf},
      {"target", "the fewest answers to change to reach a rating; margins, pivotal cases", CmdTarget},
      {"test", "run conformance tests: inspections with expected ratings; rule coverage", CmdTest},
      {"diff", "rate inspections under two rules files and report what changes, and why", CmdDiff},
      {"lint", "check rules files: loader errors, rules that can never act, non-monotonic bands", CmdLint},
      {"region", "a region from its PDUs: PDU ratings, pooled key questions, regional ratings", CmdRegion},
  };
  return commands;
}

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: rerate COMMAND [options] [PATH...]\n\n"
         "Recomputes HM Inspectorate of Probation ratings from case-level judgements,\n"
         "with a methodology read from a YAML rules file.\n\ncommands:\n";
  for (const Command& command : Commands()) {
    out << "  " << command.name << std::string(10 - std::string(command.name).size(), ' ')
        << command.summary << "\n";
  }
  out << "\n'rerate COMMAND --help' describes a command.\n\n"
         "Exit codes: 0 done; 1 a finding or failed expectation; 2 usage or input error\n"
         "(the message names file:line:col); 3 internal error.\n";
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return kExitInputError;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(std::cout);
    return kExitOk;
  }
  if (name == "--version") {
    std::cout << "rerate " << RERATE_VERSION << "\n";
    return kExitOk;
  }
  for (const Command& command : Commands()) {
    if (name == command.name) return command.run(Args(argv + 2, argv + argc));
  }
  std::cerr << "rerate: unknown command '" << name << "'\n";
  PrintUsage(std::cerr);
  return kExitInputError;
}

}  // namespace

}  // namespace rerate::cli

int main(int argc, char** argv) {
  try {
    return rerate::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "rerate: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "rerate: internal error\n";
  }
  return rerate::cli::kExitInternalError;
}
