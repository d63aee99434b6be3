// LoadRules: a rules file read (rules_parser.cc) and checked as a whole
// (rules_validate.cc), once, into an immutable Methodology.
#include <memory>

#include "load/rules_parser.h"
#include "load/rules_validate.h"
#include "load/yaml_reader.h"
#include "rerate/rules.h"

namespace rerate {

Result<std::shared_ptr<const Methodology>> LoadRules(const std::string& path) {
  return CatchLoadErrors<std::shared_ptr<const Methodology>>(
      path, [&]() -> std::shared_ptr<const Methodology> {
        const YamlDocument document = ParseYamlFile(path);
        auto methodology = std::make_shared<Methodology>(ParseRules(path, document.root()));
        ValidateRules(*methodology);
        return methodology;
      });
}

}  // namespace rerate
