// The inspections `rerate serve` offers: loaded and rated once at start, as
// `rate` loads them, then only read.
#include <filesystem>

#include "rerate/inputs.h"
#include "rerate/serve.h"

namespace rerate {

namespace fs = std::filesystem;

const ServedInspection* Catalog::Find(const std::string& id) const {
  for (const ServedInspection& inspection : inspections) {
    if (inspection.id == id) return &inspection;
  }
  return nullptr;
}

namespace {

// Loads one file into the catalog, or adds why it cannot be served.
void AddFile(const std::string& file, RulesLibrary& library, const std::string& rules_override, CatalogLoad* load) {
  const std::string id = fs::path(file).stem().string();
  if (const ServedInspection* taken = load->catalog.Find(id)) {
    load->errors.push_back(Error{{file, 0, 0}, "the id \"" + id + "\" is taken by " + taken->evidence.file +
                                                   ": serve files with different names"});
    return;
  }
  Result<Evidence> evidence = LoadEvidence(file, library, rules_override);
  if (!evidence) {
    load->errors.push_back(evidence.error());
    return;
  }
  Evaluation evaluation = Evaluate(*evidence);
  if (!evaluation.violations.empty()) {  // refused, as rate refuses it
    for (const Violation& violation : evaluation.violations) {
      load->errors.push_back(Error{violation.where, violation.message});
    }
    return;
  }
  load->catalog.inspections.push_back(ServedInspection{id, std::move(evidence).value(), std::move(evaluation)});
}

}  // namespace

CatalogLoad LoadCatalog(const std::vector<std::string>& paths, const std::vector<std::string>& rules_dirs,
                        const std::string& rules_override) {
  CatalogLoad load;
  RulesLibrary library(rules_dirs);
  for (const std::string& path : paths) {  // one at a time: a bad path does not stop the others
    Result<std::vector<std::string>> files = ExpandInputs({path});
    if (!files) {
      load.errors.push_back(files.error());
      continue;
    }
    for (const std::string& file : *files) AddFile(file, library, rules_override, &load);
  }
  return load;
}

}  // namespace rerate
