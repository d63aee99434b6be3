#include <filesystem>
#include <iostream>

#include "cli.h"

#include "output.h"
#include "rerate/inspection.h"
#include "rerate/suggest.h"

namespace rerate::cli {

namespace po = boost::program_options;

void PrintError(const Error& error) {
  const std::string place = error.where.ToString();
  std::cerr << (place.empty() ? "" : place + ": ") << "error: " << error.message << "\n";
}

bool RefuseViolations(const Evaluation& evaluation) {
  for (const Violation& violation : evaluation.violations) PrintError(Error{violation.where, violation.message});
  return !evaluation.violations.empty();
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
      ("format", po::value(&input->format)->value_name("text|markdown|json")->default_value("text"),
       "the output format (table, the old name of text, is still accepted); rate, check and stability also write xlsx (with --output FILE) and csv");
  AddCsvSeparatorOption(options, &input->csv_separator);
}

void AddCsvSeparatorOption(po::options_description* options, std::string* separator) {
  const auto check = [](const std::string& name) {
    if (SeparatorNamed(name) == 0) throw po::error("--csv-separator: expected comma, semicolon or tab, found \"" + name + "\"");
  };
  options->add_options()("csv-separator", po::value(separator)->value_name("comma|semicolon|tab")->notifier(check),
                         "the separator of CSV case files whose inspection gives no csv_separator: "
                         "(default: found from the header line)");
}

CaseFileOptions CaseFileOptionsOf(const std::string& csv_separator) {
  CaseFileOptions options;
  options.separator = csv_separator.empty() ? 0 : SeparatorNamed(csv_separator);
  return options;
}

void AddStabilityOptions(po::options_description* options, StabilityText* text) {
  options->add_options()
      ("resamples", po::value(&text->resamples)->value_name("N"), "resamples of the case bootstrap (default 10000)")
      ("seed", po::value(&text->seed)->value_name("S"), "the bootstrap's seed (default 1)");
}

void AddJobsOption(po::options_description* options, int* jobs) {
  options->add_options()("jobs,j", po::value(jobs)->value_name("N"),
                         "work on N threads (default: every core); the output is the same whatever N");
}

namespace {

// Every file or folder a command reads, which --output must never write
// over: its paths and the values of the options that name files (test's
// --rules NAME=FILE names FILE).
std::vector<std::string> InputsOf(const std::vector<std::string>& paths, const po::variables_map& vm) {
  std::vector<std::string> inputs = paths;
  for (const char* name : {"rules", "rules-dir", "changes", "from", "to"}) {
    if (vm.count(name) == 0) continue;
    std::vector<std::string> values;
    if (const auto* one = boost::any_cast<std::string>(&vm[name].value())) values.push_back(*one);
    if (const auto* many = boost::any_cast<std::vector<std::string>>(&vm[name].value())) values = *many;
    for (const std::string& value : values) {
      inputs.push_back(value);
      if (const size_t equals = value.find('='); equals != std::string::npos) inputs.push_back(value.substr(equals + 1));
    }
  }
  return inputs;
}

}  // namespace

std::optional<int> ParseCommand(const CommandFront& front, const po::options_description& options, const Args& args,
                                std::vector<std::string>* paths, po::variables_map* vm, po::parsed_options* in_order) {
  // One list under "options:" (a nested group would print after a blank
  // line, apart from --help; the man pages read this layout).
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help");
  for (const auto& option : options.options()) visible.add(option);
  std::string output;
  if (front.writes_results) {
    visible.add_options()("output,o", po::value(&output)->value_name("FILE"),
                          "write the results to FILE, whole or not at all, instead of to stdout");
  }
  po::options_description all;
  all.add(visible).add_options()("paths", po::value(paths));
  po::positional_options_description positional;
  positional.add("paths", -1);
  try {
    po::parsed_options parsed = po::command_line_parser(args).options(all).positional(positional).run();
    po::store(parsed, *vm);
    po::notify(*vm);
    if (in_order != nullptr) *in_order = std::move(parsed);
  } catch (const po::unknown_option& e) {
    std::vector<std::string> names;
    for (const auto& option : visible.options()) names.push_back("--" + option->long_name());
    return UsageError(front.name, e.what() + DidYouMean(e.get_option_name(), names));
  } catch (const po::error& e) {
    return UsageError(front.name, e.what());
  }
  if (vm->count("help")) {
    std::cout << "usage: " << front.usage << "\n\n" << front.about << "\n\n" << visible << "\n"
              << "Exit codes: 0 done; 1 a finding or failed expectation; 2 usage or input error\n"
              << "(the message names file:line:col), or the results could not be written;\n"
              << "3 internal error.\n";
    return kExitOk;
  }
  if (paths->empty() && front.paths_wanted != nullptr) return UsageError(front.name, front.paths_wanted);
  if (front.one_file && (paths->size() != 1 || !IsSingleFile(*paths))) {
    return UsageError(front.name, paths->size() != 1 ? front.paths_wanted : paths->front() + " is a folder: " + front.paths_wanted);
  }
  if (!output.empty()) {
    if (std::optional<std::string> refused = Output::Get().Redirect(output, InputsOf(*paths, *vm))) {
      return UsageError(front.name, *refused);
    }
  }
  return std::nullopt;
}

bool IsSingleFile(const std::vector<std::string>& paths) {
  std::error_code ignored;
  return paths.size() == 1 && !std::filesystem::is_directory(paths.front(), ignored);
}

}  // namespace rerate::cli
