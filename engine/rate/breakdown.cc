// BreakDown: key-question results per sub-group of cases (rule 11).  Reported,
// never rated: the result carries counts only.
#include "base/suggest.h"
#include "base/text.h"
#include "rerate/evaluate.h"

namespace rerate {

Result<Breakdown> BreakDown(const Evidence& evidence, const std::string& attribute) {
  if (!evidence.cases) {
    return Error{{evidence.file, 0, 0},
                 "--by " + attribute + " needs case-level answers (cases: a CSV file); this inspection has none"};
  }
  const CaseData& cases = *evidence.cases;
  const CaseData::AttributeColumn* column = nullptr;
  std::vector<std::string> names;
  for (const CaseData::AttributeColumn& candidate : cases.attributes) {
    names.push_back(candidate.name);
    if (candidate.name == attribute) column = &candidate;
  }
  if (column == nullptr) {
    return Error{{cases.file, 0, 0},
                 "no attribute column \"" + attribute + "\"" + DidYouMean(attribute, names) +
                     (names.empty() ? " (the file has no attribute columns)"
                                    : " (attributes: " + OneOf(names) + ")")};
  }
  Breakdown breakdown;
  breakdown.attribute = attribute;
  std::vector<int> group_of_case;
  for (const std::string& value : column->values) {
    size_t group = 0;
    while (group < breakdown.groups.size() && breakdown.groups[group] != value) ++group;
    if (group == breakdown.groups.size()) {
      breakdown.groups.push_back(value);
      breakdown.group_cases.push_back(0);
    }
    ++breakdown.group_cases[group];
    group_of_case.push_back(static_cast<int>(group));
  }
  for (size_t q = 0; q < cases.answers.size(); ++q) {
    if (cases.answers[q].empty()) continue;
    Breakdown::Row row;
    row.key_question = static_cast<int>(q);
    row.yes.assign(breakdown.groups.size(), 0);
    row.relevant.assign(breakdown.groups.size(), 0);
    for (size_t c = 0; c < cases.answers[q].size(); ++c) {
      const Answer answer = cases.answers[q][c];
      if (answer == Answer::kNotApplicable) continue;
      ++row.relevant[group_of_case[c]];
      if (answer == Answer::kYes) ++row.yes[group_of_case[c]];
    }
    breakdown.rows.push_back(std::move(row));
  }
  return breakdown;
}

}  // namespace rerate
