#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "base/suggest.h"
#include "rerate/inputs.h"

// Set by CMakeLists.txt: the rules/ and cases/ folders of the source tree, the
// build tree, and the installed rules and examples relative to the installed
// program's folder.
#ifndef RERATE_RULES_DIR
#define RERATE_RULES_DIR ""
#endif
#ifndef RERATE_BUILD_DIR
#define RERATE_BUILD_DIR ""
#endif
#ifndef RERATE_INSTALLED_RULES
#define RERATE_INSTALLED_RULES "../share/rerate/rules"
#endif
#ifndef RERATE_CASES_DIR
#define RERATE_CASES_DIR ""
#endif
#ifndef RERATE_INSTALLED_EXAMPLES
#define RERATE_INSTALLED_EXAMPLES "../share/doc/rerate/examples"
#endif

namespace rerate {

namespace fs = std::filesystem;

namespace {

// The running program (Linux: /proc/self/exe, already resolved); empty when
// it cannot be told.
fs::path ProgramPath() {
  std::error_code error;
  fs::path program = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : program;
}

bool IsWithin(const fs::path& path, const fs::path& folder) {
  const auto [end_of_folder, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end_of_folder == folder.end();
}

}  // namespace

namespace {

// A folder shipped with rerate: `installed` relative to an installed program,
// or `source` for an uninstalled build, but only while it runs from its own
// build tree: a copy installed elsewhere never falls back on a checkout that
// may have changed or gone.
std::string ShippedDir(const char* installed, const char* source) {
  const fs::path program = ProgramPath();
  if (program.empty()) return "";
  std::error_code error;
  const fs::path beside = (program.parent_path() / installed).lexically_normal();
  if (fs::is_directory(beside, error)) return beside.string();
  const fs::path build = fs::weakly_canonical(RERATE_BUILD_DIR, error);
  if (std::string(RERATE_BUILD_DIR).empty() || error || !IsWithin(program, build)) return "";
  return source;
}

}  // namespace

std::string InstalledRulesDir() { return ShippedDir(RERATE_INSTALLED_RULES, RERATE_RULES_DIR); }

std::string InstalledExamplesDir() { return ShippedDir(RERATE_INSTALLED_EXAMPLES, RERATE_CASES_DIR); }

std::string ProgramBeside(const std::string& name) {
  const fs::path program = ProgramPath();
  return program.empty() ? "" : (program.parent_path() / name).string();
}

std::vector<std::string> RulesPathFolders() {
  std::vector<std::string> folders;
  const char* value = std::getenv("RERATE_RULES_PATH");
  if (value == nullptr) return folders;
  const std::string path = value;
  for (size_t start = 0; start <= path.size();) {
    const size_t end = std::min(path.find(':', start), path.size());
    if (end > start) folders.push_back(path.substr(start, end - start));  // "a::b" and a trailing ':' add nothing
    start = end + 1;
  }
  return folders;
}

namespace {

// The *.yaml files in `folder` (and below it, skipping rules/, when recursive).
Status CollectYaml(const fs::path& folder, bool recursive, std::vector<std::string>* found) {
  std::error_code error;
  fs::recursive_directory_iterator it(folder, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_directory(error)) {
      if (!recursive || it->path().filename() == "rules") it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error) && it->path().extension() == ".yaml") {
      found->push_back(it->path().lexically_normal().string());
    }
  }
  if (error) return Error{{folder.string(), 0, 0}, "cannot list folder: " + error.message()};
  return OkStatus();
}

}  // namespace

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& paths, bool recursive) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> found;
      if (Status listed = CollectYaml(path, recursive, &found); !listed) return listed.error();
      if (found.empty()) {
        return Error{{path, 0, 0}, std::string("no *.yaml files in this folder") + (recursive ? " or below it" : "")};
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.push_back(path);
    } else {
      return Error{{path, 0, 0}, "no such file or folder"};
    }
  }
  return files;
}

RulesLibrary::RulesLibrary(std::vector<std::string> rules_dirs, CaseFileOptions case_files)
    : rules_dirs_(std::move(rules_dirs)), case_files_(std::move(case_files)) {}

Result<std::shared_ptr<const Methodology>> RulesLibrary::Load(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  return LoadLocked(path);
}

Result<std::shared_ptr<const Methodology>> RulesLibrary::LoadLocked(const std::string& path) {
  const std::string key = fs::path(path).lexically_normal().string();
  auto found = loaded_.find(key);
  if (found != loaded_.end()) return found->second;
  Result<std::shared_ptr<const Methodology>> loaded = LoadRules(key);
  if (loaded) loaded_.emplace(key, *loaded);
  return loaded;
}

namespace {

// Folders to look in for NAME.yaml, in order.
std::vector<fs::path> SearchDirs(const std::vector<std::string>& rules_dirs, const std::string& inspection) {
  std::vector<fs::path> dirs(rules_dirs.begin(), rules_dirs.end());
  // Up from the inspection's folder as an absolute path, so that `i.yaml`
  // and `sub/i.yaml` find the same rules/ above them; shown relative to the
  // working folder where it is inside it.
  std::error_code error;
  const fs::path cwd = fs::current_path(error);
  fs::path folder = fs::absolute(inspection, error).parent_path();
  while (true) {
    const fs::path candidate = folder / "rules";
    dirs.push_back(error ? candidate : candidate.lexically_proximate(cwd));
    if (folder.empty() || folder == folder.root_path()) break;
    folder = folder.parent_path();
  }
  for (const std::string& dir : RulesPathFolders()) dirs.push_back(dir);
  if (const std::string installed = InstalledRulesDir(); !installed.empty()) dirs.push_back(installed);
  return dirs;
}

std::vector<std::string> KnownNames(const std::vector<fs::path>& dirs) {
  std::set<std::string> names;
  for (const fs::path& dir : dirs) {
    std::error_code error;
    if (!fs::is_directory(dir, error)) continue;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
      if (entry.path().extension() == ".yaml") names.insert(entry.path().stem().string());
    }
  }
  return {names.begin(), names.end()};
}

}  // namespace

Result<std::shared_ptr<const Methodology>> RulesLibrary::ForInspection(const Inspection& inspection,
                                                                       const std::string& override_path) {
  std::lock_guard<std::mutex> lock(mutex_);
  // A mistyped folder must not fall through to whatever rules come next.
  if (!dirs_checked_) {
    dirs_checked_ = true;
    for (const std::string& dir : rules_dirs_) {
      std::error_code error;
      if (!missing_dir_ && !fs::is_directory(dir, error)) missing_dir_ = Error{{dir, 0, 0}, "no such rules folder"};
    }
    for (const std::string& dir : RulesPathFolders()) {
      std::error_code error;
      if (!missing_dir_ && !fs::is_directory(dir, error)) {
        missing_dir_ = Error{{dir, 0, 0}, "no such rules folder (in RERATE_RULES_PATH)"};
      }
    }
  }
  if (missing_dir_) return *missing_dir_;
  if (!override_path.empty()) return LoadLocked(override_path);
  const Located<std::string>& named = inspection.methodology;
  const bool is_path = named.value.find('/') != std::string::npos ||
                       fs::path(named.value).extension() == ".yaml";
  if (is_path) {
    const fs::path path = fs::path(inspection.file).parent_path() / named.value;
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      return Error{named.where, "methodology: no rules file " + path.string() + " (a path is relative to this file)"};
    }
    return LoadLocked(path.string());
  }
  // Every inspection of a folder names the same methodology: look it up once.
  const auto key = std::make_pair(fs::path(inspection.file).parent_path().string(), named.value);
  auto cached = named_.find(key);
  if (cached != named_.end()) return cached->second;
  Result<std::shared_ptr<const Methodology>> found = FindByName(inspection);
  if (found) named_.emplace(key, *found);  // an error names this inspection's line: not kept
  return found;
}

Result<std::shared_ptr<const Methodology>> RulesLibrary::FindByName(const Inspection& inspection) {
  const Located<std::string>& named = inspection.methodology;
  const std::vector<fs::path> dirs = SearchDirs(rules_dirs_, inspection.file);
  for (const fs::path& dir : dirs) {
    const fs::path candidate = dir / (named.value + ".yaml");
    std::error_code error;
    if (!fs::is_regular_file(candidate, error)) continue;
    Result<std::shared_ptr<const Methodology>> rules = LoadLocked(candidate.string());
    if (rules && (*rules)->name != named.value) {
      return Error{named.where, candidate.lexically_normal().string() + " declares methodology: " +
                                    (*rules)->name + ", not " + named.value};
    }
    return rules;
  }
  const std::string installed = InstalledRulesDir();
  return Error{named.where, "no methodology \"" + named.value + "\" (looked for " + named.value +
                                ".yaml in --rules-dir folders, rules/ folders above this file, RERATE_RULES_PATH and " +
                                (installed.empty() ? "no rules installed with rerate" : "the rules installed with rerate, " +
                                 installed) + ")" + DidYouMean(named.value, KnownNames(dirs))};
}

Result<Evidence> LoadEvidence(const std::string& path, RulesLibrary& rules, const std::string& rules_override) {
  Result<Inspection> inspection = LoadInspection(path, rules.case_files());
  if (!inspection) return inspection.error();
  Result<std::shared_ptr<const Methodology>> methodology = rules.ForInspection(*inspection, rules_override);
  if (!methodology) return methodology.error();
  return Resolve(*inspection, *methodology);
}

}  // namespace rerate
