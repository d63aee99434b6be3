#include "render/wording.h"

#include <algorithm>

#include "base/text.h"
#include "model/names.h"
#include "model/rule_text.h"

namespace rerate {

std::string IndentedText(const std::string& text, const std::string& indent) {
  const size_t width = kTextWidth > indent.size() + 20 ? kTextWidth - indent.size() : 20;
  std::string out;
  for (const std::string& line : WrapWords(text, width)) out += indent + line + "\n";
  return out;
}

const std::string& QuestionText(const Methodology& m, const std::string& id) {
  static const std::string kNone;
  int key_question = m.FindKeyQuestion(id);
  if (key_question >= 0) return m.key_questions[key_question].text;
  const int prompt = m.FindPrompt(id, &key_question);
  if (prompt >= 0) return m.key_questions[key_question].prompts[prompt].text;
  return kNone;
}

std::string RulesLegend(const Methodology& m, const std::vector<std::string>& ids, bool markdown) {
  constexpr size_t kIdColumn = 31;  // where --explain prints what a step did
  std::string out;
  std::vector<std::string> shown;
  for (const std::string& id : ids) {
    const std::string description = RuleDescription(m, id);
    if (description.empty() || std::find(shown.begin(), shown.end(), id) != shown.end()) continue;
    shown.push_back(id);
    if (markdown) {
      out += "- `" + id + "`: " + Trim(description) + "\n";
      continue;
    }
    const std::string head = "  " + id;
    const std::string text = IndentedText(description, std::string(kIdColumn, ' '));
    // The description's first line beside the id when the id leaves room.
    out += head.size() < kIdColumn ? head + text.substr(head.size()) : head + "\n" + text;
  }
  return out;
}

std::string SkippedText(const TableSkips& skipped) {
  std::vector<std::string> parts;
  if (skipped.empty_rows > 0) parts.push_back(Plural(skipped.empty_rows, "empty row"));
  if (skipped.empty_columns > 0) parts.push_back(Plural(skipped.empty_columns, "empty column"));
  if (skipped.rows_above_header > 0) parts.push_back(Plural(skipped.rows_above_header, "row") + " above the header");
  if (parts.empty()) return "";
  return " (" + AllOf(parts) + " skipped)";
}

}  // namespace rerate
