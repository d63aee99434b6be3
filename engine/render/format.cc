#include "base/suggest.h"
#include "rerate/format.h"

namespace rerate {

Result<Format> ParseFormat(const std::string& name) {
  if (name == "table") return Format::kTable;
  if (name == "markdown") return Format::kMarkdown;
  if (name == "json") return Format::kJson;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"table", "markdown", "json"}) +
                       " (expected table, markdown or json)"};
}

}  // namespace rerate
