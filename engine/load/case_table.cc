// ReadCaseTable: a case file read as what its bytes say it is.
#include "load/case_table.h"

#include <utility>

#include "base/file.h"
#include "rerate/inspection.h"

namespace rerate {

namespace {

// "EncryptedPackage", the stream an encrypted workbook keeps its contents
// in, as its OLE2 directory names it (UTF-16LE).
constexpr std::string_view kEncryptedPackage{"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};

}  // namespace

char SeparatorNamed(std::string_view name) {
  if (name == "," || name == "comma") return ',';
  if (name == ";" || name == "semicolon") return ';';
  if (name == "\t" || name == "tab") return '\t';
  return 0;
}

Result<CaseFileKind> CaseFileKindOf(std::string_view bytes, const std::string& file) {
  if (bytes.rfind("PK\x03\x04", 0) == 0) return CaseFileKind::kWorkbook;
  if (bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0) {
    if (bytes.find(kEncryptedPackage) != std::string_view::npos) {
      return Error{{file, 0, 0}, "an encrypted (password-protected) workbook: rerate cannot read it; in Excel remove "
                                 "the password (File > Info > Protect Workbook) and save it as Excel Workbook (.xlsx)"};
    }
    return Error{{file, 0, 0}, "an Excel 97-2003 workbook (.xls), which rerate does not read: "
                               "save it from Excel as Excel Workbook (.xlsx) or CSV UTF-8 (Comma delimited)"};
  }
  return CaseFileKind::kCsv;
}

Result<CaseTable> ReadCaseTable(const std::string& path, const CaseFileOptions& options) {
  Result<std::string> read = ReadFile(path);
  if (!read) {
    if (read.error().message.rfind("a folder", 0) == 0) return Error{{path, 0, 0}, "a folder, not a case file"};
    return read.error();
  }
  Result<CaseFileKind> kind = CaseFileKindOf(*read, path);
  if (!kind) return kind.error();
  // A separator (--csv-separator) is for the CSV files among the inputs.
  if (*kind == CaseFileKind::kWorkbook) return ReadWorkbookBytes(*read, path, options.sheet);
  if (!options.sheet.empty()) {
    return Error{{path, 0, 0}, "a CSV file, not a workbook: sheet: " + options.sheet + " applies to workbooks (.xlsx)"};
  }
  return ReadCsvBytes(std::move(read).value(), path, options.separator);
}

}  // namespace rerate
