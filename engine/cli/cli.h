// The command-line program: parses arguments, calls the library, prints.
// Exit codes (documented in --help and the README):
//   0  done (rated; check reproduced or explained everything; tests passed)
//   1  a finding or a failed expectation (check, test, target unreachable)
//   2  usage or input error, with file:line:col on stderr
//   3  internal error (a bug in rerate)
#pragma once

#include <boost/program_options.hpp>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "rerate/inputs.h"
#include "rerate/render.h"
#include "rerate/result.h"
#include "rerate/whatif.h"

namespace rerate::cli {

constexpr int kExitOk = 0;
constexpr int kExitFinding = 1;
constexpr int kExitInputError = 2;
constexpr int kExitInternalError = 3;

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Args& args);
};

// Every command, for dispatch and for `rerate --help`.
const std::vector<Command>& Commands();
// rerate's main: `rerate COMMAND ARGS`, `rerate help`, `--version`.
int Main(int argc, char** argv);

int CmdRate(const Args& args);
int CmdCheck(const Args& args);
int CmdWhatIf(const Args& args);
int CmdTarget(const Args& args);
int CmdTest(const Args& args);
int CmdDiff(const Args& args);
int CmdLint(const Args& args);
int CmdStability(const Args& args);
// The workbench: CmdServe is rerate-serve's one command; rerate's `serve`
// runs that program (ExecServe).
int CmdServe(const Args& args);
int ExecServe(const Args& args);
int CmdRegion(const Args& args);
int CmdInit(const Args& args);

// "file:line:col: error: message" on stderr.
void PrintError(const Error& error);
// Prints each violation of the evaluation as an error; true when there is
// one (rate, whatif and target then refuse the input).
bool RefuseViolations(const Evaluation& evaluation);
// "rerate COMMAND: message" and a pointer to --help, on stderr; returns 2.
int UsageError(const std::string& command, const std::string& message);

// Options every command that reads inspections shares.
struct InputOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::vector<std::string> rules_dirs;
  std::string format = "text";
  std::string csv_separator;  // --csv-separator, as written
};
void AddInputOptions(boost::program_options::options_description* options, InputOptions* input);
// --csv-separator for diff and test, which take no other input option.
void AddCsvSeparatorOption(boost::program_options::options_description* options, std::string* separator);
// The case-file options --csv-separator gives (checked when parsed: a name
// that is no separator is a usage error).
CaseFileOptions CaseFileOptionsOf(const std::string& csv_separator);
// --jobs N for commands that read many files; 0 (not given) means every core.
void AddJobsOption(boost::program_options::options_description* options, int* jobs);

// What --brief says, in every command that has it (rate, whatif, target).
constexpr const char* kBriefHelp =
    "text and markdown: ids alone, without what each key question asks and what each rule does";

// What --help and usage errors say of a command, and the paths it takes.
struct CommandFront {
  const char* name;   // "rate"
  const char* usage;  // "rerate rate [options] INSPECTION.yaml|FOLDER..."
  const char* about;  // the paragraph --help prints
  // The usage error when no path is given ("give an inspection file or a
  // folder of them"; null when none is needed); with `one_file`, exactly one
  // path, not a folder.
  const char* paths_wanted;
  bool one_file = false;
  // Whether the command prints results that --output FILE can take (serve
  // prints only where it listens).
  bool writes_results = true;
};

// The front of every command: parses `args` against `options` (with --help
// added) and positional PATHs into `paths`; `in_order`, when given, keeps the
// parsed options in command-line order.  Returns the exit code when the
// command stops here (0 after --help, 2 on a usage error), else nullopt.
std::optional<int> ParseCommand(const CommandFront& front, const boost::program_options::options_description& options,
                                const Args& args, std::vector<std::string>* paths,
                                boost::program_options::variables_map* vm,
                                boost::program_options::parsed_options* in_order = nullptr);

// One path, and not a folder: a command then prints one result, not results
// and a summary.
bool IsSingleFile(const std::vector<std::string>& paths);

// The what-if change options (--set, --kq, --case, --not-rated, --discretion,
// --drop-discretion, --changes) shared by whatif and target.
void AddChangeOptions(boost::program_options::options_description* options);
// The changes in the order given; a --changes file's changes where it is given.
Result<std::vector<ChangeSpec>> ChangesInOrder(const boost::program_options::parsed_options& parsed);

// --resamples and --seed as written, for stability and check --stability
// (and --confidence, stability's alone).
struct StabilityText {
  std::string resamples;
  std::string seed;
  std::string confidence;
};
void AddStabilityOptions(boost::program_options::options_description* options, StabilityText* text);

}  // namespace rerate::cli
