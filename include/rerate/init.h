// rerate init: the files a new inspection starts from, made from its
// methodology so that no one has to read a rules file to learn the ids.
#pragma once

#include <string>

#include "rerate/result.h"
#include "rerate/rules.h"

namespace rerate {

struct InitFiles {
  std::string inspection_name;  // "inspection.yaml"
  std::string inspection;       // its text: every key a methodology needs, values to fill in
  std::string cases_name;       // "cases.csv" or "cases.xlsx"
  std::string cases;            // its bytes: the case column, a column per key question
                                // of a case standard, the question wording in a row above
                                // the header (which the readers skip as a title row), and
                                // `case_rows` rows whose answers are to be filled in
};

// `methodology_given` is what the inspection's methodology: is to say: its
// id, or the rules file's path relative to the inspection's folder.  A regional methodology (its key
// questions pooled from PDUs) is refused: a region is made from PDU files.
Result<InitFiles> MakeInitFiles(const Methodology& methodology, const std::string& methodology_given, int case_rows,
                                bool xlsx);

}  // namespace rerate
