#include "base/suggest.h"
#include "base/text.h"
#include "rerate/format.h"

namespace rerate {

Result<Format> ParseFormat(const std::string& name, bool html, const std::vector<std::string>& others) {
  // "table" was the plain format's name in rate, check, whatif and target
  // before every command called it "text"; scripts may still pass it.
  if (name == "text" || name == "table") return Format::kText;
  if (name == "markdown") return Format::kMarkdown;
  if (name == "json") return Format::kJson;
  if (html && name == "html") return Format::kHtml;
  std::vector<std::string> names = {"text", "markdown", "json"};
  if (html) names.push_back("html");
  names.insert(names.end(), others.begin(), others.end());
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, names) + " (expected " + OneOf(names) + ")"};
}

}  // namespace rerate
