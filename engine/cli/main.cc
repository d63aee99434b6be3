// rerate: recomputes HM Inspectorate of Probation ratings from case-level
// judgements.  This file only dispatches to a command.
#include <iostream>

#include "cli.h"
#include "program.h"
#include "rerate/suggest.h"

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
      {"stability", "how sure each rating is: how often another sample would give each rating", CmdStability},
      {"serve", "the what-if workbench: a page in the browser over rate, whatif and target", ExecServe},
      {"region", "a region from its PDUs: PDU ratings, pooled key questions, regional ratings", CmdRegion},
      {"init", "start an inspection: a skeleton inspection file and an empty case sheet (CSV or xlsx)", CmdInit},
  };
  return commands;
}

namespace {

std::vector<std::string> CommandNames() {
  std::vector<std::string> names;
  for (const Command& command : Commands()) names.push_back(command.name);
  return names;
}

const Command* FindCommand(const std::string& name) {
  for (const Command& command : Commands()) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

// The program's help.  The man pages and the shell completion are generated
// from it (cmake/docs.cmake), so its layout is their source: sections are
// "name:" lines followed by entries indented two spaces.
void PrintUsage(std::ostream& out) {
  out << "usage: rerate COMMAND [options] [PATH...]\n\n"
         "Recomputes HM Inspectorate of Probation ratings from case-level judgements,\n"
         "with a methodology read from a YAML rules file.\n\ncommands:\n";
  for (const Command& command : Commands()) {
    out << "  " << command.name << std::string(10 - std::string(command.name).size(), ' ')
        << command.summary << "\n";
  }
  out << "  help      describe a command: rerate help COMMAND is rerate COMMAND --help\n"
         "\n'rerate help COMMAND' describes a command; 'rerate --version' gives the version.\n\n"
         "environment:\n"
         "  RERATE_RULES_PATH  folders, separated by ':', to look in for the methodology an\n"
         "                     inspection names (NAME.yaml): after --rules-dir folders and a\n"
         "                     rules/ folder beside or above the inspection, before the rules\n"
         "                     installed with rerate (share/rerate/rules beside the bin/\n"
         "                     folder the program is in)\n\n"
         "Exit codes: 0 done; 1 a finding or failed expectation; 2 usage or input error\n"
         "(the message names file:line:col), or the results could not be written;\n"
         "3 internal error.\n";
}

int UnknownCommand(const std::string& name) {
  std::cerr << "rerate: unknown command '" << name << "'" << DidYouMean(name, CommandNames()) << "\n"
            << "Try 'rerate --help'.\n";
  return kExitInputError;
}

// `rerate help [COMMAND]`: the program's help, or the command's --help.
int Help(const Args& args) {
  if (args.empty()) {
    PrintUsage(std::cout);
    return kExitOk;
  }
  const Command* command = args.size() == 1 ? FindCommand(args.front()) : nullptr;
  if (args.size() > 1) {
    std::cerr << "rerate help: give one command\nTry 'rerate --help'.\n";
    return kExitInputError;
  }
  if (command == nullptr) return UnknownCommand(args.front());
  return command->run({"--help"});
}

}  // namespace

int Main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return kExitInputError;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h") {
    PrintUsage(std::cout);
    return kExitOk;
  }
  if (name == "help") return Help(Args(argv + 2, argv + argc));
  if (name == "--version") {
    std::cout << "rerate " << RERATE_VERSION << "\n";
    return kExitOk;
  }
  if (const Command* command = FindCommand(name)) return command->run(Args(argv + 2, argv + argc));
  return UnknownCommand(name);
}

}  // namespace rerate::cli

int main(int argc, char** argv) { return rerate::cli::RunProgram(rerate::cli::Main, argc, argv); }
