#include "base/suggest.h"
#include "rerate/format.h"

namespace rerate {

Result<Format> ParseFormat(const std::string& name) {
  // "table" was the plain format's name in rate, check, whatif and target
  // before every command called it "text"; scripts may still pass it.
  if (name == "text" || name == "table") return Format::kText;
  if (name == "markdown") return Format::kMarkdown;
  if (name == "json") return Format::kJson;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"text", "markdown", "json"}) +
                       " (expected text, markdown or json)"};
}

}  // namespace rerate
