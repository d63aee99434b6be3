// The words behind the ids in text and Markdown output: what a key question
// asks and what a rule does, both from the rules file (never from C++), so a
// reader sees "Does reviewing focus sufficiently on keeping other people
// safe?" beside 2.5.3.  --brief leaves them out.
#pragma once

#include <string>
#include <vector>

#include "rerate/inspection.h"
#include "rerate/rules.h"

namespace rerate {

// Lines of text output are wrapped at this many columns.
constexpr size_t kTextWidth = 100;

// `text` wrapped so that each line, after `indent`, ends by kTextWidth; each
// line ends in "\n".  "" when `text` has no words.
std::string IndentedText(const std::string& text, const std::string& indent);

// The wording of a key question or prompt (by id); "" when it has none.
const std::string& QuestionText(const Methodology& methodology, const std::string& id);

// The rules among `ids` that have a description, each once, in the order
// given: text, "  id" padded to 31 columns (as --explain prints rule ids) then
// the description wrapped
// beside it; Markdown, "- `id`: description".  "" when none has one.
std::string RulesLegend(const Methodology& methodology, const std::vector<std::string>& ids, bool markdown);

// What a case table's reader left out, as it follows "read from FILE":
// " (3 empty rows, 2 empty columns and 1 row above the header skipped)";
// "" when nothing was.
std::string SkippedText(const TableSkips& skipped);

}  // namespace rerate
