// ReadWorkbook: one sheet of an .xlsx workbook as a case table, read with
// the same rules as a CSV (load/csv_reader.cc): the header is the first row
// with a case column among the first rows, rows and columns holding nothing
// are skipped and counted, a value outside the header's columns is an error.
// The sheet is unpacked and parsed in pieces (zip_archive.h, xml_sax.h), and
// only the table's cells are kept (CellGrid), so memory follows the cases,
// not the size of the sheet's XML.
#include <charconv>
#include <cstdlib>
#include <optional>

#include "base/file.h"
#include "base/suggest.h"
#include "base/text.h"
#include "load/case_headers.h"
#include "load/case_table.h"
#include "load/xlsx_parts.h"
#include "load/xml_sax.h"
#include "load/zip_archive.h"
#include "rerate/inspection.h"

namespace rerate {

namespace {

// Excel's own limits: no sheet it writes goes past them.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// The most cells a sheet's table may hold (cases x the header's columns):
// 4 bytes each besides their text, so at most about 200 MiB.
constexpr std::size_t kMaxTableCells = 50'000'000;

struct SheetCell {
  int column = 0;
  std::string text;
};

// Builds the table from the sheet's rows as they come.
class TableBuilder {
 public:
  explicit TableBuilder(CaseTable* table) : table_(*table), grid_(std::make_shared<CellGrid>()) {}

  // A row of the sheet (its cells in column order, empty ones left out).
  Status Row(int number, std::vector<SheetCell>& cells) {
    if (cells.empty()) {
      if (header_found_) ++table_.skipped.empty_rows;
      return OkStatus();
    }
    if (!header_found_) return BeforeHeader(number, cells);
    for (const SheetCell& cell : cells) {
      if (cell.column < first_column_ || cell.column > last_column_) {
        return Error{table_.At(number, cell.column), "\"" + cell.text +
                                                          "\" lies in a column with no name in the header row: "
                                                          "name the column or clear it"};
      }
    }
    const size_t width = table_.header.size();
    if ((grid_->rows.size() + 1) * width > kMaxTableCells) {
      return Error{table_.At(number, cells.front().column),
                   "the sheet's table holds more than " + std::to_string(kMaxTableCells) +
                       " cells, the most rerate reads from one sheet"};
    }
    size_t next = 0;
    for (int column = first_column_; column <= last_column_; ++column) {
      if (next < cells.size() && cells[next].column == column) grid_->text += cells[next++].text;
      grid_->ends.push_back(static_cast<std::uint32_t>(grid_->text.size()));
    }
    grid_->rows.push_back(number);
    return OkStatus();
  }

  void SawColumn(int column) { widest_ = std::max(widest_, column); }

  Status Finish() {
    if (!header_found_) {
      if (pending_.empty()) return Error{{table_.file, 0, 0}, "the sheet is empty: it has no header row"};
      // No row names a case column: the first row is the header, and the
      // reading of its columns says what it lacks.
      std::vector<std::pair<int, std::vector<SheetCell>>> rows = std::move(pending_);
      UseHeader(rows.front().first, rows.front().second, 0);
      for (size_t r = 1; r < rows.size(); ++r) {
        if (Status status = Row(rows[r].first, rows[r].second); !status) return status;
      }
    }
    table_.row_count = static_cast<int>(grid_->rows.size());
    table_.skipped.empty_columns = (first_column_ - 1) + std::max(0, widest_ - last_column_);
    grid_->first_column = first_column_;
    table_.grid = std::move(grid_);
    return OkStatus();
  }

 private:
  Status BeforeHeader(int number, std::vector<SheetCell>& cells) {
    const bool named = std::any_of(cells.begin(), cells.end(), [](const SheetCell& cell) { return NamesCaseColumn(cell.text); });
    if (named) {
      const int above = static_cast<int>(pending_.size());
      pending_.clear();
      UseHeader(number, cells, above);
      return OkStatus();
    }
    pending_.emplace_back(number, std::move(cells));
    if (static_cast<int>(pending_.size()) < kHeaderSearchRows) return OkStatus();
    std::vector<std::pair<int, std::vector<SheetCell>>> rows = std::move(pending_);
    UseHeader(rows.front().first, rows.front().second, 0);
    for (size_t r = 1; r < rows.size(); ++r) {
      if (Status status = Row(rows[r].first, rows[r].second); !status) return status;
    }
    return OkStatus();
  }

  void UseHeader(int number, const std::vector<SheetCell>& cells, int rows_above) {
    header_found_ = true;
    table_.header_line = number;
    table_.skipped.rows_above_header = rows_above;
    first_column_ = cells.front().column;
    last_column_ = cells.back().column;
    size_t next = 0;
    for (int column = first_column_; column <= last_column_; ++column) {
      const bool has = next < cells.size() && cells[next].column == column;
      table_.header.push_back(HeaderCell{has ? cells[next++].text : "", column});
    }
  }

  CaseTable& table_;
  std::shared_ptr<CellGrid> grid_;
  bool header_found_ = false;
  std::vector<std::pair<int, std::vector<SheetCell>>> pending_;  // rows before the header is known
  int first_column_ = 1;
  int last_column_ = 0;
  int widest_ = 0;  // the rightmost cell the sheet writes, even empty
};

// "C7" -> column 3, row 7; false when it is not a cell reference.
bool ParseReference(std::string_view reference, int* column, int* row) {
  size_t i = 0;
  int letters = 0;
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z' && i < 3; ++i) {
    letters = letters * 26 + (reference[i] - 'A' + 1);
  }
  if (i == 0) return false;
  const std::string_view digits = reference.substr(i);
  int number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size() || number < 1) return false;
  *column = letters;
  *row = number;
  return true;
}

// The sheet's XML: <sheetData><row r="7"><c r="C7" t="s" s="2"><v>12</v></c>...
class SheetReader : public XmlHandler {
 public:
  SheetReader(const WorkbookParts& parts, CaseTable* table, TableBuilder* builder)
      : parts_(parts), table_(*table), builder_(*builder) {}

  void Start(std::string_view name, const char** attributes) override {
    if (!status_) return;
    if (name == "row") {
      StartRow(XmlAttribute(attributes, "r"));
    } else if (name == "c") {
      StartCell(attributes);
    } else if (in_cell_ && (name == "v" || (name == "t" && in_inline_))) {
      in_value_ = true;
    } else if (in_cell_ && name == "is") {
      in_inline_ = true;
    } else if (in_cell_ && name == "f") {
      has_formula_ = true;
    }
  }

  void End(std::string_view name) override {
    if (!status_) return;
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "c") {
      EndCell();
    } else if (name == "row") {
      status_ = builder_.Row(row_, cells_);
      cells_.clear();
    }
  }

  void Text(std::string_view text) override {
    if (in_value_) value_.append(text);
  }

  const Status& status() const { return status_; }

 private:
  void StartRow(const char* reference) {
    int number = row_ + 1;
    if (reference != nullptr) number = std::atoi(reference);
    if (number <= row_ || number > kMaxRows) {
      status_ = Error{{table_.file, 0, 0}, "row " + std::to_string(number) + " comes after row " + std::to_string(row_) +
                                               ": not a sheet Excel writes (rows out of order or past row " +
                                               std::to_string(kMaxRows) + ")"};
      return;
    }
    row_ = number;
    column_ = 0;
    cells_.clear();
  }

  void StartCell(const char** attributes) {
    in_cell_ = true;
    has_formula_ = false;
    value_.clear();
    const char* reference = XmlAttribute(attributes, "r");
    int column = column_ + 1;
    int row = row_;
    if (reference != nullptr && !ParseReference(reference, &column, &row)) {
      status_ = Error{table_.At(row_, column_ + 1), "a cell named \"" + std::string(reference) + "\", not a cell reference"};
      return;
    }
    if (row != row_ || column <= column_ || column > kMaxColumns) {
      status_ = Error{table_.At(row_, column), "cell " + std::string(reference ? reference : "?") + " is out of place in row " +
                                                   std::to_string(row_) + ": the sheet is damaged"};
      return;
    }
    column_ = column;
    const char* type = XmlAttribute(attributes, "t");
    type_ = type != nullptr ? type : "n";
    const char* style = XmlAttribute(attributes, "s");
    style_ = style != nullptr ? std::atoi(style) : 0;
    builder_.SawColumn(column);
  }

  void EndCell() {
    in_cell_ = false;
    if (value_.empty() && type_ != "inlineStr") {
      if (has_formula_) {
        status_ = Error{table_.At(row_, column_), "a formula with no saved value: open the workbook in Excel and save it, "
                                                  "so that the value is stored"};
      }
      return;
    }
    std::optional<std::string> text = CellText();
    if (!status_) return;
    if (text && !Trim(*text).empty()) cells_.push_back(SheetCell{column_, Trim(*text)});
  }

  // The cell's text, as Excel shows it.
  std::optional<std::string> CellText() {
    if (type_ == "s") {
      size_t index = 0;
      const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (error != std::errc() || end != value_.data() + value_.size() || index >= parts_.shared_strings.size()) {
        status_ = Error{table_.At(row_, column_), "shared string " + value_ + " does not exist: the workbook is damaged"};
        return std::nullopt;
      }
      return parts_.shared_strings[index];
    }
    if (type_ == "inlineStr" || type_ == "str" || type_ == "e") return value_;
    if (type_ == "b") return value_ == "1" ? "TRUE" : "FALSE";
    if (type_ == "d") {
      const size_t midnight = value_.find("T00:00:00");
      return midnight == std::string::npos ? value_ : value_.substr(0, midnight);
    }
    char* end = nullptr;
    const double number = std::strtod(value_.c_str(), &end);
    if (end != value_.c_str() + value_.size()) {
      status_ = Error{table_.At(row_, column_), "\"" + value_ + "\" is stored as a number but is not one: the workbook is damaged"};
      return std::nullopt;
    }
    const bool date = style_ >= 0 && static_cast<size_t>(style_) < parts_.date_styles.size() && parts_.date_styles[style_];
    if (date) {
      std::string text = DateText(number, parts_.date1904);
      if (!text.empty()) return text;
    }
    return GeneralNumberText(number);
  }

  const WorkbookParts& parts_;
  CaseTable& table_;
  TableBuilder& builder_;
  Status status_ = OkStatus();
  int row_ = 0;
  int column_ = 0;
  std::vector<SheetCell> cells_;
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
  bool has_formula_ = false;
  std::string type_;
  int style_ = 0;
  std::string value_;
};

std::vector<std::string> SheetNames(const WorkbookParts& parts) {
  std::vector<std::string> names;
  for (const WorkbookSheet& sheet : parts.sheets) names.push_back(sheet.name);
  return names;
}

}  // namespace

Result<CaseTable> ReadWorkbookBytes(std::string_view bytes, const std::string& file, const std::string& sheet) {
  Result<CaseFileKind> kind = CaseFileKindOf(bytes, file);
  if (!kind) return kind.error();
  if (*kind != CaseFileKind::kWorkbook) return Error{{file, 0, 0}, "not an Excel workbook (.xlsx): it is no zip archive"};
  Result<std::unique_ptr<ZipArchive>> archive = ZipArchive::Open(bytes, file);
  if (!archive) return archive.error();
  Result<WorkbookParts> parts = ReadWorkbookParts(**archive, file);
  if (!parts) return parts.error();
  const WorkbookSheet* chosen = &parts->sheets.front();
  if (!sheet.empty()) {
    chosen = nullptr;
    for (const WorkbookSheet& candidate : parts->sheets) {
      if (candidate.name == sheet) chosen = &candidate;
    }
    if (chosen == nullptr) {
      return Error{{file, 0, 0}, "no sheet \"" + sheet + "\" in the workbook" + DidYouMean(sheet, SheetNames(*parts)) +
                                     " (its sheets: " + AllOf(SheetNames(*parts)) + ")"};
    }
  }
  CaseTable table;
  table.file = file + " [" + chosen->name + "]";
  table.cells = true;
  TableBuilder builder(&table);
  SheetReader reader(*parts, &table, &builder);
  XmlStream xml(&reader);
  bool stopped = false;
  Status unpacked = (*archive)->Unpack(chosen->part, [&](std::string_view piece) {
    stopped = !xml.Feed(piece, false);
    return !stopped;
  });
  if (!stopped && unpacked) stopped = !xml.Feed({}, true);
  if (!reader.status()) return reader.status().error();
  if (stopped) {
    return Error{{table.file, 0, 0}, chosen->part + " is not well-formed XML (" + xml.ErrorText() + "): the workbook is damaged"};
  }
  if (!unpacked) return unpacked.error();
  if (Status finished = builder.Finish(); !finished) return finished.error();
  return table;
}

Result<CaseTable> ReadWorkbook(const std::string& path, const std::string& sheet) {
  Result<std::string> read = ReadFile(path);
  if (!read) return read.error();
  return ReadWorkbookBytes(*read, path, sheet);
}

}  // namespace rerate
