// What the CSV and workbook readers share: how far down they look for the
// header row, and how a case file's kind is told from its first bytes.
#pragma once

#include <string>
#include <string_view>

#include "rerate/result.h"

namespace rerate {

// The header is the first row with a case column among this many rows at
// the top of the table (empty rows included); rows above it are a title.
inline constexpr int kHeaderSearchRows = 10;

// SeparatorNamed (csv_separator:, --csv-separator) is declared in
// rerate/inspection.h.

enum class CaseFileKind { kCsv, kWorkbook };

// The kind of a case file from its first bytes: a zip is a workbook; an
// Excel 97-2003 file (.xls) and an encrypted workbook (both OLE2 files) are
// errors naming what to save them as.  `file` names it in the error.
Result<CaseFileKind> CaseFileKindOf(std::string_view bytes, const std::string& file);

}  // namespace rerate
