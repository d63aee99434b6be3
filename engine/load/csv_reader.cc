// ReadCsv: RFC 4180 cells with the line and column of each, so that every
// later complaint about a cell can point at it.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rerate/inspection.h"

namespace rerate {

namespace {

class CsvScanner {
 public:
  CsvScanner(std::string file, std::string text) : file_(std::move(file)), text_(std::move(text)) {
    if (text_.rfind("\xEF\xBB\xBF", 0) == 0) pos_ = 3;  // a UTF-8 byte-order mark
  }

  Result<CsvTable> Scan() {
    CsvTable table;
    table.file = file_;
    bool have_header = false;
    while (pos_ < text_.size()) {
      if (AtLineStart() && (Peek() == '#' || Peek() == '\n' || Peek() == '\r')) {
        SkipLine();  // a comment or an empty line: not a row
        continue;
      }
      CsvRow row;
      row.line = line_;
      if (auto error = ScanRow(&row.cells)) return *error;
      if (!have_header) {
        table.header_line = row.line;
        table.header = std::move(row.cells);
        have_header = true;
      } else {
        table.rows.push_back(std::move(row));
      }
    }
    if (!have_header) return Error{{file_, 0, 0}, "the CSV file has no header row"};
    return table;
  }

 private:
  char Peek() const { return text_[pos_]; }
  bool AtLineStart() const { return pos_ == line_start_; }
  int Column() const { return static_cast<int>(pos_ - line_start_) + 1; }

  void NewLine() {
    ++line_;
    line_start_ = pos_;
  }

  // A comment or empty line ends as a row does: at \n, \r\n or a lone \r.
  void SkipLine() {
    while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
    if (!EndOfRow()) NewLine();  // end of text: nothing to consume
  }

  // Consumes one line ending if there is one; true at end of row.
  bool EndOfRow() {
    if (pos_ >= text_.size()) return true;
    if (Peek() == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    if (Peek() == '\n' || Peek() == '\r') {
      ++pos_;
      NewLine();
      return true;
    }
    return false;
  }

  std::optional<Error> ScanRow(std::vector<CsvCell>* cells) {
    while (true) {
      CsvCell cell;
      cell.column = Column();
      if (pos_ < text_.size() && Peek() == '"') {
        if (auto error = ScanQuoted(&cell.text)) return error;
      } else {
        ScanPlain(&cell.text);
      }
      cells->push_back(std::move(cell));
      if (EndOfRow()) return std::nullopt;
      if (Peek() != ',') {
        return Error{{file_, line_, Column()}, "expected a comma or the end of the line after a quoted field"};
      }
      ++pos_;
    }
  }

  void ScanPlain(std::string* text) {
    size_t start = pos_;
    while (pos_ < text_.size() && Peek() != ',' && Peek() != '\n' && Peek() != '\r') ++pos_;
    size_t end = pos_;
    while (start < end && (text_[start] == ' ' || text_[start] == '\t')) ++start;
    while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
    text->assign(text_, start, end - start);
  }

  std::optional<Error> ScanQuoted(std::string* text) {
    const int start_line = line_;
    const int start_column = Column();
    ++pos_;  // the opening quote
    while (true) {
      if (pos_ >= text_.size()) {
        return Error{{file_, start_line, start_column}, "a quoted field is never closed"};
      }
      const char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && Peek() == '"') {
          text->push_back('"');
          ++pos_;
          continue;
        }
        return std::nullopt;
      }
      text->push_back(c);
      if (c == '\n') NewLine();
    }
  }

  std::string file_;
  std::string text_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
};

Status CheckShape(const CsvTable& table) {
  const size_t width = table.header.size();
  for (const CsvRow& row : table.rows) {
    if (row.cells.size() == width) continue;
    const int column = row.cells.size() > width ? row.cells[width].column : row.cells.back().column;
    return Error{{table.file, row.line, column},
                 "this row has " + std::to_string(row.cells.size()) + " fields, the header has " +
                     std::to_string(width)};
  }
  return OkStatus();
}

}  // namespace

Result<CsvTable> ReadCsv(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return Error{{path, 0, 0}, "a folder, not a CSV file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{{path, 0, 0}, "cannot open file"};
  std::ostringstream text;
  text << in.rdbuf();
  Result<CsvTable> table = CsvScanner(path, text.str()).Scan();
  if (!table) return table;
  Status shape = CheckShape(*table);
  if (!shape) return shape.error();
  return table;
}

}  // namespace rerate
