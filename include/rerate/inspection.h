// An inspection file as written: what inspectors decided and the data they
// collected, each item with the place it was written.  Nothing here is checked
// against a methodology yet; Resolve (evidence.h) does that.
#pragma once

#include <memory>
#include <optional>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rerate/result.h"

namespace rerate {

template <class T>
struct Located {
  T value{};
  SourceLocation where;
};

struct RatingEntry {
  Located<std::string> standard;
  Located<std::string> rating;
};

// An aggregated key-question result: {yes, relevant}, {percent} or
// {percent, relevant}.
struct KqAggregate {
  Located<std::string> key_question;
  std::optional<Located<int>> yes;
  std::optional<Located<int>> relevant;
  std::optional<Located<int>> percent;
  SourceLocation where;
};

struct DiscretionEntry {
  Located<std::string> standard;
  Located<std::string> rating;
  Located<std::string> reason;  // empty value: not written
  SourceLocation where;
};

struct DepartureEntry {
  Located<std::string> standard;
  Located<std::string> rule;  // optional: empty value when not written
  Located<std::string> reason;
  SourceLocation where;
};

// One cell of a case table's header, as text, with its column.
struct HeaderCell {
  std::string text;
  int column = 0;
};

// What a case table's reader left out, so that the output can say so: rows
// and columns holding nothing (Excel's trailing ",,,," rows and the empty
// columns at the right of a sheet), and rows above the header (a title).
struct TableSkips {
  int empty_rows = 0;
  int empty_columns = 0;
  int rows_above_header = 0;

  bool Any() const { return empty_rows + empty_columns + rows_above_header > 0; }
};

// A workbook sheet's table, held compactly: every cell of every row of the
// table (the header's columns), one after another.
struct CellGrid {
  std::string text;                 // the cells' text, one after another
  std::vector<std::uint32_t> ends;  // where each cell ends in `text`, row after row
  std::vector<int> rows;            // each row's number in the sheet
  int first_column = 1;             // the sheet column of the table's first column
};

// The case table of an inspection, read and checked: a header and rows of
// as many cells, from a CSV file or a workbook sheet.  A CSV's rows stay as
// the file's text (a million cases are a million rows), split one at a time
// by a CaseRowReader; a sheet's cells are kept in a CellGrid.
struct CaseTable {
  std::string file;        // as places name it: the CSV's path, or "book.xlsx [Cases]"
  bool cells = false;      // a workbook sheet: places are cells (C7)
  int header_line = 0;     // the header's line (a sheet's: its row)
  std::vector<HeaderCell> header;
  int row_count = 0;       // rows after the header, those skipped not counted
  TableSkips skipped;
  // A CSV: its text (UTF-8), where the line after the header starts, and
  // its line; the separator; which cells of a row are the header's (the
  // others are empty edge columns).
  std::shared_ptr<const std::string> text;
  std::size_t body = 0;
  int body_line = 0;
  char separator = ',';
  int first_cell = 0;
  // A sheet: its cells (null for a CSV).
  std::shared_ptr<const CellGrid> grid;

  // The place of a cell of this table.
  SourceLocation At(int line, int column) const { return SourceLocation{file, line, column, cells}; }
};

// One row of a CaseTable: each cell's text (a CSV's quotes and doubled
// quotes undone) and column.  The views are valid until the reader's next row.
struct CaseRow {
  int line = 0;
  std::vector<std::string_view> cells;
  std::vector<int> columns;
};

// The rows of a table in file order, without the rows it skips.
class CaseRowReader {
 public:
  explicit CaseRowReader(const CaseTable& table);
  // The next row; false after the last.
  bool Next(CaseRow* row);

 private:
  bool NextCsv(CaseRow* row);
  bool NextGridRow(CaseRow* row);

  const CaseTable& table_;
  std::size_t pos_;
  std::size_t line_start_;
  int line_;
  std::size_t grid_row_ = 0;
  std::string decoded_;  // the text of quoted cells, which differs from the file's
};

// How to read an inspection's case file: `cases:`'s siblings in the
// inspection file, or the command line's --csv-separator.
struct CaseFileOptions {
  std::string sheet;   // a workbook's sheet; empty: the first
  char separator = 0;  // a CSV's: ',', ';' or '\t'; 0: found from the header line
};

// A separator as an inspection's csv_separator: or --csv-separator writes
// it: comma, semicolon or tab, or the character itself; 0 when it is none.
char SeparatorNamed(std::string_view name);

// A block of the inspection file that another command reads (published:,
// expect:).  Opaque here; the engine reads it with its strict YAML reader.
class YamlBlock;

struct Inspection {
  std::string file;
  Located<std::string> name;         // inspection:
  Located<std::string> methodology;  // methodology:
  Located<std::string> fieldwork;    // optional
  std::string source;                // optional: where the data comes from
  SourceLocation ratings_where;      // the ratings: block (the file's start when absent)
  std::vector<RatingEntry> ratings;
  std::vector<Located<std::string>> not_rated;
  std::optional<CaseTable> cases;
  std::vector<KqAggregate> key_questions;
  std::vector<DiscretionEntry> discretion;
  std::vector<DepartureEntry> departures;
  std::shared_ptr<const YamlBlock> published;  // null when absent
  std::shared_ptr<const YamlBlock> expect;     // null when absent
};

// Reads an inspection file and the case file it names (CSV or workbook).
// Errors name file:line:col (a workbook's: "book.xlsx [Sheet] C7").
// `options` (the command line's) take the place of the file's own.
Result<Inspection> LoadInspection(const std::string& path, const CaseFileOptions& options = {});

// A case file, CSV or workbook (told by its bytes, not its name).
Result<CaseTable> ReadCaseTable(const std::string& path, const CaseFileOptions& options = {});

// Splits a CSV file into cells (RFC 4180 quoting, '#' comment lines; a
// UTF-8 or UTF-16 byte-order mark; the separator given or found).
Result<CaseTable> ReadCsv(const std::string& path, char separator = 0);
// The same from the file's bytes; `file` names it in places.
Result<CaseTable> ReadCsvBytes(std::string bytes, const std::string& file, char separator = 0);

// A sheet of an Excel workbook (.xlsx, .xlsm) as a case table; `sheet`
// empty: the first sheet.
Result<CaseTable> ReadWorkbook(const std::string& path, const std::string& sheet = "");
// The same from the file's bytes; `file` names it in places.
Result<CaseTable> ReadWorkbookBytes(std::string_view bytes, const std::string& file, const std::string& sheet = "");

}  // namespace rerate
