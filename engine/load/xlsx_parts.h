// The small parts of an .xlsx workbook that say how to read a sheet: the
// sheets and where each is, the shared strings, which cell styles are dates,
// and how a cell's value is written as text (as Excel shows it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/zip_archive.h"
#include "rerate/result.h"

namespace rerate {

struct WorkbookSheet {
  std::string name;
  std::string part;  // its part in the archive: xl/worksheets/sheet1.xml
};

struct WorkbookParts {
  std::vector<WorkbookSheet> sheets;  // in the workbook's order
  std::vector<std::string> shared_strings;
  std::vector<bool> date_styles;      // per cell style (s="N"): a date or time format
  bool date1904 = false;              // dates count from 1904 (old Mac workbooks)
};

// Reads the workbook's parts (not its sheets).  Errors name `file` and say
// what to save the file as (an .xlsb, an .ods, a zip that is no workbook).
Result<WorkbookParts> ReadWorkbookParts(ZipArchive& archive, const std::string& file);

// A number cell as Excel shows it in the General format: 7, not 7.0; 0.1.
std::string GeneralNumberText(double value);

// A date cell (a day count, with a fraction for the time) as ISO 8601:
// 2024-03-05, 2024-03-05 14:30, or 14:30 for a time alone; empty when the
// value is no date Excel can show (negative, past 9999).
std::string DateText(double serial, bool date1904);

// Whether a number format code shows a date or time (y, m, d, h or s outside
// quotes, brackets and escapes).
bool IsDateFormat(std::string_view code);

}  // namespace rerate
