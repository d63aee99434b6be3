#include "sheet_output.h"

#include "cli.h"
#include "output.h"

namespace rerate::cli {

std::optional<SheetFormat> SheetFormatOf(const std::string& name) {
  if (name == "xlsx") return SheetFormat::kXlsx;
  if (name == "csv") return SheetFormat::kCsv;
  return std::nullopt;
}

std::optional<int> RefuseWorkbookToStdout(const char* command, std::optional<SheetFormat> format) {
  if (format != SheetFormat::kXlsx || Output::Get().Redirected()) return std::nullopt;
  return UsageError(command, "--format xlsx writes a workbook: give --output FILE.xlsx (it is not written to stdout)");
}

bool WriteSheets(const SheetBook& book, SheetFormat format) {
  if (format == SheetFormat::kCsv) {
    Out(book.Csv());
    return true;
  }
  Result<std::string> bytes = book.Xlsx();
  if (!bytes) {
    PrintError(bytes.error());
    return false;
  }
  Out(*bytes);
  return true;
}

}  // namespace rerate::cli
