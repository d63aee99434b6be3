// rerate init: a skeleton inspection file and an empty case sheet.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli.h"
#include "rerate/init.h"
#include "rerate/inspection.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

constexpr CommandFront kFront = {
    "init", "rerate init [options] METHODOLOGY",
    "Writes the files a new inspection starts from: inspection.yaml, with every\n"
    "key the methodology needs and its values left to fill in (the judgement\n"
    "standards' ratings listed by id and name), and cases.csv (or cases.xlsx\n"
    "with --xlsx): a case column and one column per key question, the question\n"
    "wording in a row above the header, and --cases N rows of case ids whose\n"
    "answers are to be filled in (yes, no or n/a).  METHODOLOGY is an id\n"
    "(hmip-pdu-2021) or a rules file.  Never writes over an existing file.",
    "give a methodology (e.g. hmip-pdu-2021)", /*one_file=*/true, /*writes_results=*/false};

// Creates `path` with `bytes`; refuses (false, with the error printed) when
// it exists: O_EXCL makes the check and the creation one step.
bool CreateNew(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0) {
    PrintError(Error{{path, 0, 0}, errno == EEXIST ? "already exists: rerate init never writes over a file"
                                                   : std::string("cannot create: ") + std::strerror(errno)});
    return false;
  }
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (wrote <= 0) break;
    done += static_cast<size_t>(wrote);
  }
  const bool ok = ::close(fd) == 0 && done == bytes.size();
  if (!ok) PrintError(Error{{path, 0, 0}, "cannot write the whole file"});
  return ok;
}

}  // namespace

int CmdInit(const Args& args) {
  std::vector<std::string> paths;
  std::vector<std::string> rules_dirs;
  std::string dir = ".";
  int cases = 0;
  bool xlsx = false;
  po::options_description options;
  options.add_options()
      ("cases", po::value(&cases)->value_name("N"), "rows for N cases in the case sheet (default 0: the header alone)")
      ("xlsx", po::bool_switch(&xlsx), "write the case sheet as an Excel workbook (cases.xlsx) instead of CSV")
      ("dir", po::value(&dir)->value_name("DIR"), "write the files in DIR (default: the current folder)")
      ("rules-dir", po::value(&rules_dirs)->value_name("DIR")->composing(),
       "look for methodology NAME as DIR/NAME.yaml first (repeatable)");
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &paths, &vm)) return *stop;
  if (cases < 0 || cases > 100000) return UsageError("init", "--cases: expected a number of cases from 0 to 100000");

  RulesLibrary library(rules_dirs);
  const std::string& given = paths.front();
  const std::filesystem::path folder(dir);
  // A name is looked up as the new inspection's methodology: will be, from
  // its folder; a path is loaded as it is.
  Inspection looking;
  looking.file = (folder / "inspection.yaml").string();
  looking.methodology = Located<std::string>{given, SourceLocation{}};
  const bool is_path = given.find('/') != std::string::npos || given.ends_with(".yaml");
  Result<std::shared_ptr<const Methodology>> methodology = is_path ? library.Load(given) : library.ForInspection(looking, "");
  if (!methodology) {
    PrintError(methodology.error());
    return kExitInputError;
  }
  // methodology: names what was given: the id, or the rules file's path as
  // seen from the inspection's folder.
  std::error_code ignored;
  const std::string named =
      is_path ? std::filesystem::relative(std::filesystem::absolute(given, ignored), std::filesystem::absolute(folder, ignored), ignored).string()
              : (*methodology)->name;
  Result<InitFiles> files = MakeInitFiles(**methodology, named, cases, xlsx);
  if (!files) {
    PrintError(files.error());
    return kExitInputError;
  }
  const std::string inspection = (folder / files->inspection_name).string();
  const std::string case_sheet = (folder / files->cases_name).string();
  // Both refused before either is written: init leaves no half-made pair.
  for (const std::string& path : {inspection, case_sheet}) {
    if (std::filesystem::exists(path, ignored)) {
      PrintError(Error{{path, 0, 0}, "already exists: rerate init never writes over a file"});
      return kExitInputError;
    }
  }
  if (!CreateNew(case_sheet, files->cases) || !CreateNew(inspection, files->inspection)) return kExitInputError;
  std::cout << "wrote " << inspection << " and " << case_sheet << ": fill in the empty values, then rerate rate "
            << inspection << "\n";
  return kExitOk;
}

}  // namespace rerate::cli
