// Finding files: inspection files in folders, and the rules file an
// inspection names.  Each rules file is loaded once and shared.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "rerate/evidence.h"
#include "rerate/inspection.h"
#include "rerate/result.h"
#include "rerate/rules.h"

namespace rerate {

// Files and folders to inspection files: a folder gives its *.yaml files in
// name order; `recursive`, those below it too, skipping folders named rules/
// (rules files are not inspections).  Fails on a path that does not exist or
// a folder with no *.yaml file.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& paths, bool recursive = false);

// Safe to share between threads: each rules file is loaded once, and the
// file a methodology name resolves to in a folder is looked up once.
class RulesLibrary {
 public:
  // `rules_dirs`: folders searched first for "methodology: NAME" (NAME.yaml);
  // after them, a rules/ folder beside the inspection or in any folder above
  // it, the folders of RERATE_RULES_PATH, then the rules installed with
  // rerate.  A folder given here or in RERATE_RULES_PATH that does not exist
  // is an error.
  // `case_files`: how this run reads case files where an inspection does
  // not say (--csv-separator), for every loader the library is handed to.
  explicit RulesLibrary(std::vector<std::string> rules_dirs = {}, CaseFileOptions case_files = {});
  const CaseFileOptions& case_files() const { return case_files_; }

  // The methodology an inspection names, or the file at `override_path` when
  // it is not empty (--rules).
  Result<std::shared_ptr<const Methodology>> ForInspection(const Inspection& inspection,
                                                           const std::string& override_path);
  // A rules file by path, loaded once.
  Result<std::shared_ptr<const Methodology>> Load(const std::string& path);

 private:
  Result<std::shared_ptr<const Methodology>> LoadLocked(const std::string& path);
  Result<std::shared_ptr<const Methodology>> FindByName(const Inspection& inspection);

  std::vector<std::string> rules_dirs_;
  CaseFileOptions case_files_;
  std::mutex mutex_;
  std::optional<Error> missing_dir_;  // the first --rules-dir that is no folder, once checked
  bool dirs_checked_ = false;
  std::map<std::string, std::shared_ptr<const Methodology>> loaded_;
  // (the inspection's folder, the name it gives) -> what it resolved to
  std::map<std::pair<std::string, std::string>, std::shared_ptr<const Methodology>> named_;
};

// Loads an inspection, its rules and its cases, and resolves them.
Result<Evidence> LoadEvidence(const std::string& path, RulesLibrary& rules,
                              const std::string& rules_override);

// The rules installed with rerate: share/rerate/rules beside the bin/ folder
// the running program is in (so an installed tree may move), or, for a
// program run from its build tree, the rules/ folder it was built from; ""
// when there are none.  A program embedding the library finds them when it is
// installed in the same prefix; otherwise give RERATE_RULES_PATH or rules_dirs.
std::string InstalledRulesDir();

// The example inspections shipped with rerate (the seeds of cases/), found
// as the rules are: what `rerate serve` serves when given nothing.  "" when
// there are none.
std::string InstalledExamplesDir();

// The program `name` installed beside the running one, found as the rules
// are (rerate-serve beside rerate); "" when the running program's path
// cannot be told.  Whether it exists is for the caller to find out.
std::string ProgramBeside(const std::string& name);

// The folders of the environment variable RERATE_RULES_PATH, separated by
// ':' (empty entries ignored), in order.
std::vector<std::string> RulesPathFolders();

}  // namespace rerate
