// MakeInitFiles: a skeleton inspection file and an empty case sheet for a
// methodology.  Every value the user must give is left empty, so that rating
// the files before they are filled in fails at that line, never rates a
// placeholder.
#include <string>

#include "base/json.h"
#include "base/text.h"
#include "model/names.h"
#include "rerate/init.h"
#include "rerate/sheets.h"

namespace rerate {

namespace {

// A YAML key as the shipped inspections write ids: quoted, so "2.1" stays text.
std::string Quoted(const std::string& id) { return JsonQuote(id); }

std::string InspectionText(const Methodology& methodology, const std::string& named, const std::string& cases_name) {
  std::string text =
      "# Written by rerate init from the methodology " + methodology.name + ".  Fill in every empty\n"
      "# value: rerate refuses this file, naming the line, until each is given.\n"
      "inspection:        # the PDU's name, as the report prints it\n"
      "methodology: " + JsonQuote(named) + "\n"
      "# fieldwork: 2024-01   (optional: when fieldwork started)\n"
      "# source: ...          (optional: where the data come from)\n"
      "ratings:           # the inspectors' rating of each judgement standard: " +
      OneOf(RatingNames(methodology)) + "\n";
  std::vector<std::string> may_be_not_rated;
  for (size_t s = 0; s < methodology.standards.size(); ++s) {
    const Standard& standard = methodology.standards[s];
    if (standard.may_be_not_rated) may_be_not_rated.push_back(Quoted(standard.id));
    if (standard.basis != StandardBasis::kJudgement || standard.reported_only) continue;
    text += "  " + Quoted(standard.id) + ":       # " + StandardLabel(methodology, static_cast<int>(s)) + "\n";
  }
  text += "not_rated: []      # standards the inspection did not rate";
  text += may_be_not_rated.empty() ? std::string(" (none may be in this methodology)\n")
                                   : ", of " + AllOf(may_be_not_rated) + "\n";
  text += "cases: " + cases_name + "   # one row per case: yes, no or n/a for each key question\n";
  return text;
}

}  // namespace

Result<InitFiles> MakeInitFiles(const Methodology& methodology, const std::string& methodology_given, int case_rows,
                                bool xlsx) {
  if (methodology.IsRegional()) {
    return Error{{methodology.file, 0, 0}, methodology_given + " is a regional methodology: a region is made from its PDUs' "
                                           "inspection files (rerate region --help), not from a case sheet"};
  }
  InitFiles files;
  files.inspection_name = "inspection.yaml";
  files.cases_name = xlsx ? "cases.xlsx" : "cases.csv";
  files.inspection = InspectionText(methodology, methodology_given, files.cases_name);

  SheetBook book;
  Sheet& cases = book.AddSheet("Cases");
  // The wording above the header: the readers skip rows above the header
  // (the first row with a case column) as a title.
  std::vector<SheetCell> wording = {SheetCell{"What each column asks", {}, -1, 0, false}};
  std::vector<SheetCell> header = {SheetCell{"case", {}, -1, 0, true}};
  for (const Standard& standard : methodology.standards) {
    if (standard.basis != StandardBasis::kCases) continue;
    for (int kq : standard.key_questions) {
      wording.push_back(SheetCell{methodology.key_questions[kq].text, {}, -1, 0, false});
      header.push_back(SheetCell{methodology.key_questions[kq].id, {}, -1, 0, true});
    }
  }
  cases.rows = {std::move(wording), std::move(header)};
  const int digits = static_cast<int>(std::to_string(case_rows).size());
  for (int row = 1; row <= case_rows; ++row) {
    std::string id = std::to_string(row);
    id = "C" + std::string(digits - id.size(), '0') + id;
    std::vector<SheetCell> answers(cases.rows[1].size());  // empty: each to be filled in
    answers[0].text = id;
    cases.rows.push_back(std::move(answers));
  }
  if (!xlsx) {
    files.cases = book.Csv();
    return files;
  }
  Result<std::string> bytes = book.Xlsx();
  if (!bytes) return bytes.error();
  files.cases = std::move(bytes).value();
  return files;
}

}  // namespace rerate
