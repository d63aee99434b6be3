// How a case table's header names its columns: the rule that takes `Case
// ID` as the case column and `KQ 2.1.1` or `2.1.1 Court work` as key
// question 2.1.1's, written once for the CSV and workbook readers (which
// find the header row by it) and for the columns' reading (rate/case_data).
#pragma once

#include <string_view>

namespace rerate {

// `case` or `case id`: any letter case, the words joined by a space, `_`,
// `-` or nothing, spaces at either end ignored.
bool NamesCaseColumn(std::string_view header);

// The id a header names a key question or prompt by: the header itself when
// it starts with a digit, or after a `KQ`, `Q` or `key question` prefix (any
// case, then spaces, `.` or `:`); the id runs to the first space or `:`
// and the rest is wording (`2.1.1 Court work`).  Empty when the header does
// not start so.
std::string_view HeaderId(std::string_view header);

}  // namespace rerate
