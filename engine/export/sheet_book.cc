// SheetBook's writers: an .xlsx through Debian's libxlsxwriter (written to a
// temporary file, whose bytes the program then writes whole or not at all,
// as every output), and CSV.
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <utility>

#include "base/file.h"
#include "rerate/sheets.h"

namespace rerate {

unsigned BandColour(int band, int bands) {
  static const unsigned kColours[] = {0xF4CCCC, 0xFCE5CD, 0xD9EAD3, 0x93C47D};
  if (bands <= 1) return kColours[2];
  const int step = (band * 3 + (bands - 1) / 2) / (bands - 1);  // the level spread over the four colours
  return kColours[std::clamp(step, 0, 3)];
}

Sheet& SheetBook::AddSheet(const std::string& name) {
  // Excel's rules for a sheet name: at most 31 characters, none of []:*?/\,
  // unique without regard to case.
  std::string clean;
  for (char c : name) clean += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
  clean = clean.substr(0, 31);
  if (clean.empty()) clean = "Sheet";
  const auto taken = [&](const std::string& candidate) {
    const auto same = [&](const Sheet& sheet) {
      return std::equal(sheet.name.begin(), sheet.name.end(), candidate.begin(), candidate.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); });
    };
    return std::any_of(sheets_.begin(), sheets_.end(), same) || candidate == "Findings" || candidate == "Changes" || candidate == "Summary";
  };
  std::string unique = clean;
  for (int n = 2; taken(unique); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    unique = clean.substr(0, 31 - suffix.size()) + suffix;
  }
  sheets_.push_back(Sheet{unique, {}});
  return sheets_.back();
}

std::vector<Sheet> SheetBook::Sheets() const {
  std::vector<Sheet> all = sheets_;
  if (has_listing_) all.push_back(listing_);
  return all;
}

namespace {

// A number as a CSV cell: whole numbers without a decimal point.
std::string NumberText(double number) {
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", number);
  return text;
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// A workbook written with libxlsxwriter: one format per band colour (and
// bold), made once.
class XlsxWriter {
 public:
  explicit XlsxWriter(const std::string& path) : book_(workbook_new(path.c_str())) {}

  bool Write(const std::vector<Sheet>& sheets) {
    if (book_ == nullptr) return false;
    bold_ = workbook_add_format(book_);
    format_set_bold(bold_);
    for (const Sheet& sheet : sheets) {
      lxw_worksheet* out = workbook_add_worksheet(book_, sheet.name.c_str());
      if (out == nullptr) return false;
      size_t widest = 0;
      for (size_t r = 0; r < sheet.rows.size(); ++r) {
        widest = std::max(widest, sheet.rows[r].size());
        for (size_t c = 0; c < sheet.rows[r].size(); ++c) WriteCell(out, r, c, sheet.rows[r][c]);
      }
      worksheet_set_column(out, 0, static_cast<lxw_col_t>(std::max<size_t>(widest, 1) - 1), 14, nullptr);
      worksheet_freeze_panes(out, 1, 0);
    }
    return workbook_close(std::exchange(book_, nullptr)) == LXW_NO_ERROR;
  }

  ~XlsxWriter() {
    if (book_ != nullptr) workbook_close(book_);
  }

 private:
  lxw_format* Format(const SheetCell& cell) {
    if (cell.band < 0) return cell.bold ? bold_ : nullptr;
    const unsigned colour = BandColour(cell.band, cell.bands);
    lxw_format*& format = (cell.bold ? bold_fills_ : fills_)[colour];
    if (format == nullptr) {
      format = workbook_add_format(book_);
      format_set_bg_color(format, colour);
      format_set_pattern(format, LXW_PATTERN_SOLID);
      if (cell.bold) format_set_bold(format);
    }
    return format;
  }

  void WriteCell(lxw_worksheet* out, size_t row, size_t column, const SheetCell& cell) {
    const auto r = static_cast<lxw_row_t>(row);
    const auto c = static_cast<lxw_col_t>(column);
    if (cell.number) {
      worksheet_write_number(out, r, c, *cell.number, Format(cell));
    } else if (!cell.text.empty()) {
      worksheet_write_string(out, r, c, cell.text.c_str(), Format(cell));
    } else if (cell.band >= 0 || cell.bold) {
      worksheet_write_blank(out, r, c, Format(cell));
    }
  }

  lxw_workbook* book_;
  lxw_format* bold_ = nullptr;
  std::map<unsigned, lxw_format*> fills_;
  std::map<unsigned, lxw_format*> bold_fills_;
};

}  // namespace

Result<std::string> SheetBook::Xlsx() const {
  namespace fs = std::filesystem;
  std::error_code error;
  std::string path = (fs::temp_directory_path(error) / "rerate-XXXXXX.xlsx").string();
  const int fd = ::mkstemps(path.data(), 5);
  if (fd < 0) return Error{{}, "cannot create a temporary file for the workbook"};
  ::close(fd);
  const bool written = XlsxWriter(path).Write(Sheets());
  Result<std::string> bytes = written ? ReadFile(path) : Result<std::string>(Error{{}, "cannot write the workbook"});
  ::unlink(path.c_str());
  return bytes;
}

std::string SheetBook::Csv() const {
  std::string text;
  if (sheets_.empty()) return text;
  for (const std::vector<SheetCell>& row : sheets_.front().rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) text += ',';
      text += CsvField(row[c].number ? NumberText(*row[c].number) : row[c].text);
    }
    text += "\r\n";
  }
  return text;
}

}  // namespace rerate
