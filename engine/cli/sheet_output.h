// --format xlsx|csv: a command's results as tables (include/rerate/sheets.h),
// written where every output goes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rerate/sheets.h"

namespace rerate::cli {

enum class SheetFormat { kXlsx, kCsv };
inline const std::vector<std::string> kSheetFormats = {"xlsx", "csv"};

// xlsx or csv; nullopt for every other format name.
std::optional<SheetFormat> SheetFormatOf(const std::string& name);

// A workbook is bytes for a file, never for a terminal or a pipe by
// accident: xlsx without --output is a usage error (its exit code returned).
std::optional<int> RefuseWorkbookToStdout(const char* command, std::optional<SheetFormat> format);

// Writes the book in `format`; false, with the error printed, when the
// workbook cannot be made.
bool WriteSheets(const SheetBook& book, SheetFormat format);

}  // namespace rerate::cli
