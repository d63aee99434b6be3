#include "cli.h"

#include <iostream>

namespace rerate::cli {

namespace po = boost::program_options;

void PrintError(const Error& error) {
  const std::string place = error.where.ToString();
  std::cerr << (place.empty() ? "" : place + ": ") << "error: " << error.message << "\n";
}

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "rerate " << command << ": " << message << "\n"
            << "Try 'rerate " << command << " --help'.\n";
  return kExitInputError;
}

void AddInputOptions(po::options_description* options, InputOptions* input) {
  options->add_options()
      ("rules", po::value(&input->rules)->value_name("PATH"),
       "rate with this rules file instead of the methodology each inspection names")
      ("rules-dir", po::value(&input->rules_dirs)->value_name("DIR")->composing(),
       "look for methodology NAME as DIR/NAME.yaml first (repeatable)")
      ("format", po::value(&input->format)->value_name("FORMAT")->default_value("table"),
       "table, markdown or json");
}

std::optional<std::string> Parse(const po::options_description& options, const char* positional_name,
                                 const Args& args, po::variables_map* vm) {
  po::positional_options_description positional;
  if (positional_name != nullptr) positional.add(positional_name, -1);
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

void PrintHelp(std::ostream& out, const std::string& usage, const std::string& about,
               const po::options_description& options) {
  out << "usage: " << usage << "\n\n" << about << "\n\n" << options << "\n"
      << "Exit codes: 0 done; 1 a finding or failed expectation; 2 usage or input error\n"
      << "(the message names file:line:col); 3 internal error.\n";
}

}  // namespace rerate::cli
