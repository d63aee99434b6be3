// BreakDown: key-question results per sub-group of cases (rule 11).  Reported,
// never rated: the result carries counts only.
#include <unordered_map>

#include "base/suggest.h"
#include "base/text.h"
#include "rerate/evaluate.h"

namespace rerate {

namespace {

// The values the rules file declares for `attribute`, in its order; none
// when it declares none.
std::vector<std::string> DeclaredValues(const Methodology& m, const std::string& attribute) {
  for (const Attribute& declared : m.breakdowns.attributes) {
    if (declared.name == attribute) return declared.values;
  }
  return {};
}

// The groups: the values the rules file declares that some case has, in the
// file's order, then any others in order of first appearance; and each
// case's group.
void Group(const std::vector<std::string>& declared, const std::vector<std::string>& values, Breakdown* breakdown,
           std::vector<int>* group_of_case) {
  std::unordered_map<std::string, int> cases_with;
  for (const std::string& value : values) ++cases_with[value];
  std::unordered_map<std::string, int> group_of_value;
  const auto add = [&](const std::string& value) {
    if (cases_with.count(value) == 0 || group_of_value.count(value) > 0) return;
    group_of_value.emplace(value, static_cast<int>(breakdown->groups.size()));
    breakdown->groups.push_back(value);
    breakdown->group_cases.push_back(cases_with[value]);
  };
  for (const std::string& value : declared) add(value);
  for (const std::string& value : values) add(value);
  for (const std::string& value : values) group_of_case->push_back(group_of_value.at(value));
}

}  // namespace

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
  Group(DeclaredValues(*evidence.methodology, attribute), column->values, &breakdown, &group_of_case);
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
