// ReadCsv: RFC 4180 cells with the line and column of each, so that every
// later complaint about a cell can point at it.  The file is split twice by
// the same scanner: once here, to check it and count its rows (keeping only
// the header), and once row by row when the cells are read (CaseRowReader),
// so no table of cells is ever held: memory is the file's bytes.
//
// As Excel writes CSV: the separator is a comma, a semicolon or a tab (found
// from the first line that is not a comment, or given); a UTF-8 or UTF-16
// byte-order mark; rows of empty cells (",,,,") and empty columns at the
// edges are skipped and counted; title rows above the header are skipped
// (the header is the first row with a case column: load/case_headers.h).
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

#include "base/file.h"
#include "base/text.h"
#include "base/utf8.h"
#include "load/case_headers.h"
#include "load/case_table.h"
#include "rerate/inspection.h"

namespace rerate {

namespace {

// Where a scan stands in the text.
struct Cursor {
  std::size_t pos = 0;
  std::size_t line_start = 0;
  int line = 1;
};

// A cell as scanned: a span of the file, or (quoted with doubled quotes) a
// span of the row's decoded text.
struct Span {
  std::size_t begin = 0;
  std::size_t length = 0;
  bool decoded = false;
  int column = 0;
};

struct ScanError {
  int line = 0;
  int column = 0;
  std::string message;
};

constexpr std::array<bool, 256> EndsPlainCell(char separator) {
  std::array<bool, 256> table{};
  table[static_cast<unsigned char>(separator)] = table[static_cast<unsigned char>('\n')] = table[static_cast<unsigned char>('\r')] = true;
  return table;
}
constexpr std::array<bool, 256> kEndsComma = EndsPlainCell(',');
constexpr std::array<bool, 256> kEndsSemicolon = EndsPlainCell(';');
constexpr std::array<bool, 256> kEndsTab = EndsPlainCell('\t');

const std::array<bool, 256>& EndsFor(char separator) {
  return separator == ';' ? kEndsSemicolon : separator == '\t' ? kEndsTab : kEndsComma;
}

const char* SeparatorName(char separator) {
  return separator == ';' ? "a semicolon" : separator == '\t' ? "a tab" : "a comma";
}

// Splits rows.  `text` is the whole file.
class RowScanner {
 public:
  RowScanner(std::string_view text, char separator)
      : text_(text), separator_(separator), ends_(EndsFor(separator)) {}

  // Past comment and empty lines (a row never starts with '#'); false at
  // the end of the text.
  bool AtRow(Cursor* at) const {
    while (at->pos < text_.size()) {
      const char c = text_[at->pos];
      if (c != '#' && c != '\n' && c != '\r') return true;
      while (at->pos < text_.size() && text_[at->pos] != '\n' && text_[at->pos] != '\r') ++at->pos;
      EndOfRow(at);
    }
    return false;
  }

  // The row at `at`: each cell handed to `sink` (quoted cells with doubled
  // quotes are decoded into `decoded`).
  template <class Sink>
  std::optional<ScanError> Row(Cursor* row_at, std::string* decoded, Sink&& sink) const {
    Cursor here = *row_at;  // see Plain
    Cursor* at = &here;
    const auto done = [&] { *row_at = here; };
    decoded->clear();
    while (true) {
      Span cell;
      cell.column = Column(*at);
      if (at->pos < text_.size() && text_[at->pos] == '"') {
        const int line = at->line;
        if (!Quoted(at, &cell, decoded)) {
          done();
          return ScanError{line, cell.column, "a quoted field is never closed"};
        }
      } else {
        Plain(at, &cell);
      }
      sink(cell);
      if (EndOfRow(at)) {
        done();
        return std::nullopt;
      }
      if (text_[at->pos] != separator_) {
        done();
        return ScanError{at->line, Column(*at),
                         std::string("expected ") + SeparatorName(separator_) + " or the end of the line after a quoted field"};
      }
      ++at->pos;
    }
  }

  // When the row at `at` has no quote and no CR and starts with a cell's
  // text: its separators, with `at` moved past it; nullopt (and `at`
  // untouched) otherwise.  std::count and memchr run many bytes a step.
  std::optional<std::size_t> PlainRowSeparators(Cursor* at) const {
    const char* begin = text_.data() + at->pos;
    const std::size_t rest = text_.size() - at->pos;
    if (*begin == separator_ || *begin == ' ' || *begin == '\t') return std::nullopt;  // perhaps an empty row
    const void* newline = std::memchr(begin, '\n', rest);
    const std::size_t length = newline ? static_cast<const char*>(newline) - begin : rest;
    if (std::memchr(begin, '"', length) != nullptr || std::memchr(begin, '\r', length) != nullptr) return std::nullopt;
    const std::size_t commas = static_cast<std::size_t>(std::count(begin, begin + length, separator_));
    at->pos += length;
    EndOfRow(at);
    return commas;
  }

  std::string_view Text(const Span& cell, const std::string& decoded) const {
    const std::string_view from = cell.decoded ? std::string_view(decoded) : text_;
    return from.substr(cell.begin, cell.length);
  }

 private:
  static int Column(const Cursor& at) { return static_cast<int>(at.pos - at.line_start) + 1; }

  // Consumes one line end if there is one (\n, \r\n or a lone \r); true at
  // the end of a row (a line end or the end of the text).
  bool EndOfRow(Cursor* at) const {
    if (at->pos >= text_.size()) return true;
    const char c = text_[at->pos];
    if (c != '\n' && c != '\r') return false;
    at->pos += (c == '\r' && at->pos + 1 < text_.size() && text_[at->pos + 1] == '\n') ? 2 : 1;
    ++at->line;
    at->line_start = at->pos;
    return true;
  }

  // A local copy of the position: through the pointer, every step of the
  // loop would store it back (this is the inner loop of every CSV).
  void Plain(Cursor* at, Span* cell) const {
    const char* data = text_.data();
    const std::size_t size = text_.size();
    std::size_t pos = at->pos;
    std::size_t start = pos;
    while (pos < size && !ends_[static_cast<unsigned char>(data[pos])]) ++pos;
    at->pos = pos;
    std::size_t end = pos;
    while (start < end && (data[start] == ' ' || data[start] == '\t')) ++start;
    while (end > start && (data[end - 1] == ' ' || data[end - 1] == '\t')) --end;
    cell->begin = start;
    cell->length = end - start;
  }

  // Past the closing quote; false when there is none.  The cell is a span of
  // the file unless a doubled quote makes its text differ.
  bool Quoted(Cursor* at, Span* cell, std::string* decoded) const {
    ++at->pos;  // the opening quote
    const std::size_t start = at->pos;
    std::size_t copied = std::string::npos;  // where the cell starts in `decoded`, once it differs
    while (true) {
      if (at->pos >= text_.size()) return false;
      const char c = text_[at->pos++];
      if (c == '"') {
        if (at->pos >= text_.size() || text_[at->pos] != '"') break;
        if (copied == std::string::npos) {
          copied = decoded->size();
          decoded->append(text_.substr(start, at->pos - start));  // the text so far, and one quote
        } else {
          decoded->push_back('"');
        }
        ++at->pos;
        continue;
      }
      if (copied != std::string::npos) decoded->push_back(c);
      if (c == '\n') {
        ++at->line;
        at->line_start = at->pos;
      }
    }
    if (copied == std::string::npos) {
      cell->begin = start;
      cell->length = at->pos - 1 - start;
    } else {
      cell->decoded = true;
      cell->begin = copied;
      cell->length = decoded->size() - copied;
    }
    return true;
  }

  std::string_view text_;
  char separator_;
  const std::array<bool, 256>& ends_;
};

std::size_t TextStart(const std::string& text) {
  return text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a UTF-8 byte-order mark
}

Error At(const std::string& file, int line, int column, std::string message) {
  return Error{SourceLocation{file, line, column}, std::move(message)};
}

// The file's bytes as UTF-8 text: UTF-16 with a byte-order mark (Excel's
// "Unicode Text") decoded; UTF-16 without one refused.
Result<std::string> DecodeText(std::string bytes, const std::string& file) {
  const bool little = bytes.rfind("\xFF\xFE", 0) == 0;
  if (little || bytes.rfind("\xFE\xFF", 0) == 0) {
    std::string text;
    size_t bad_at = 0;
    if (!Utf16ToUtf8(std::string_view(bytes).substr(2), little, &text, &bad_at)) {
      return Error{{file, 0, 0}, "not valid UTF-16 at byte " + std::to_string(bad_at + 2) +
                                     ": save the file from Excel as CSV UTF-8 (Comma delimited)"};
    }
    return text;
  }
  // Text with a NUL in its first bytes is UTF-16 without a byte-order mark
  // (or not text at all): CSV never holds one.
  if (std::memchr(bytes.data(), '\0', std::min<size_t>(bytes.size(), 4096)) != nullptr) {
    return Error{{file, 0, 0}, "not UTF-8 text (a NUL byte; UTF-16 without a byte-order mark?): "
                               "save the file from Excel as CSV UTF-8 (Comma delimited)"};
  }
  return bytes;
}

// The separator of a CSV: the one of comma, semicolon and tab that the line
// at `at` (outside quotes) holds most often; a comma when it holds none.
Result<char> FindSeparator(std::string_view text, size_t at, const std::string& file, int line) {
  std::array<int, 3> counts{};
  const char separators[] = {',', ';', '\t'};
  bool quoted = false;
  for (; at < text.size() && (quoted || (text[at] != '\n' && text[at] != '\r')); ++at) {
    if (text[at] == '"') quoted = !quoted;
    if (quoted) continue;
    for (int s = 0; s < 3; ++s) counts[s] += text[at] == separators[s];
  }
  int best = 0;
  for (int s = 1; s < 3; ++s) {
    if (counts[s] > counts[best]) best = s;
  }
  for (int s = 0; s < 3; ++s) {
    if (s != best && counts[s] == counts[best] && counts[s] > 0) {
      return At(file, line, 1, "cannot tell this file's separator: its first line holds as many " +
                                   std::string(SeparatorName(separators[best]) + 2) + "s as " +
                                   std::string(SeparatorName(separators[s]) + 2) +
                                   "s; give csv_separator: in the inspection (or --csv-separator)");
    }
  }
  return separators[best];
}

// A row split into spans, and whether any cell holds text.
struct SplitRow {
  int line = 0;
  std::vector<Span> cells;
  bool Empty() const {
    return std::all_of(cells.begin(), cells.end(), [](const Span& cell) { return cell.length == 0; });
  }
};

class CsvChecker {
 public:
  CsvChecker(CaseTable* table, const RowScanner& scanner) : table_(*table), scanner_(scanner) {}

  Status Check(Cursor at) {
    if (Status header = FindHeader(&at); !header) return header;
    table_.body = at.pos;
    table_.body_line = at.line;
    while (scanner_.AtRow(&at)) {
      // Most rows hold no quote: count their separators; only a row that is
      // quoted, the wrong width or at an edge goes through the full scanner.
      const Cursor row_start = at;
      if (std::optional<std::size_t> commas = scanner_.PlainRowSeparators(&at); commas && exact_) {
        if (*commas + 1 == width_) {
          ++table_.row_count;
          continue;
        }
      }
      at = row_start;
      if (Status row = CheckRow(&at); !row) return row;
    }
    return OkStatus();
  }

 private:
  // The header: the first row with a case column among the first rows
  // (title rows above it skipped), else the first row, whose case column
  // the reading of the columns then reports missing.
  Status FindHeader(Cursor* at) {
    if (!scanner_.AtRow(at)) return Error{{table_.file, 0, 0}, "the CSV file has no header row"};
    const Cursor first = *at;
    for (int row = 0; row < kHeaderSearchRows && scanner_.AtRow(at); ++row) {
      SplitRow split;
      if (Status status = Split(at, &split); !status) return status;
      if (split.Empty()) continue;
      const bool named = std::any_of(split.cells.begin(), split.cells.end(), [&](const Span& cell) {
        return NamesCaseColumn(scanner_.Text(cell, decoded_));
      });
      if (named) return UseHeader(split, row);
    }
    *at = first;
    SplitRow split;
    if (Status status = Split(at, &split); !status) return status;
    return UseHeader(split, 0);
  }

  Status UseHeader(const SplitRow& split, int rows_above) {
    table_.header_line = split.line;
    table_.skipped.rows_above_header = rows_above;
    size_t first = 0;
    size_t last = split.cells.size();
    while (first < last && split.cells[first].length == 0) ++first;
    while (last > first && split.cells[last - 1].length == 0) --last;
    if (first == last) return At(table_.file, split.line, 1, "the header row is empty");
    for (size_t c = first; c < last; ++c) {
      table_.header.push_back(HeaderCell{std::string(scanner_.Text(split.cells[c], decoded_)), split.cells[c].column});
    }
    table_.first_cell = static_cast<int>(first);
    table_.skipped.empty_columns = static_cast<int>(split.cells.size() - (last - first));
    width_ = last - first;
    raw_width_ = split.cells.size();
    exact_ = first == 0 && last == raw_width_;
    return OkStatus();
  }

  Status Split(Cursor* at, SplitRow* split) {
    split->line = at->line;
    split->cells.clear();
    if (std::optional<ScanError> error = scanner_.Row(at, &decoded_, [&](const Span& cell) { split->cells.push_back(cell); })) {
      return At(table_.file, error->line, error->column, error->message);
    }
    return OkStatus();
  }

  // A row of the table: as wide as the header, or as wide as the header's
  // named columns and any of the empty edge columns, which must be empty.
  Status CheckRow(Cursor* at) {
    if (Status status = Split(at, &row_); !status) return status;
    if (row_.Empty()) {
      ++table_.skipped.empty_rows;
      return OkStatus();
    }
    const size_t count = row_.cells.size();
    const size_t named_end = static_cast<size_t>(table_.first_cell) + width_;
    if (count < named_end || count > raw_width_) {
      const size_t shown = exact_ ? width_ : raw_width_;
      const int column = count > raw_width_ ? row_.cells[raw_width_].column : row_.cells.back().column;
      return At(table_.file, row_.line, column,
                "this row has " + std::to_string(count) + " fields, the header has " + std::to_string(shown));
    }
    for (size_t c = 0; c < count; ++c) {
      if ((c < static_cast<size_t>(table_.first_cell) || c >= named_end) && row_.cells[c].length != 0) {
        return At(table_.file, row_.line, row_.cells[c].column,
                  "\"" + std::string(scanner_.Text(row_.cells[c], decoded_)) +
                      "\" lies in a column with no name in the header: name the column or clear it");
      }
    }
    ++table_.row_count;
    return OkStatus();
  }

  CaseTable& table_;
  const RowScanner& scanner_;
  std::string decoded_;
  SplitRow row_;
  size_t width_ = 0;      // the header's named columns
  size_t raw_width_ = 0;  // the header's cells, empty edge columns included
  bool exact_ = true;     // no edge columns: a row has exactly width_ cells
};

}  // namespace

Result<CaseTable> ReadCsvBytes(std::string bytes, const std::string& file, char separator) {
  Result<std::string> text = DecodeText(std::move(bytes), file);
  if (!text) return text.error();
  CaseTable table;
  table.file = file;
  table.text = std::make_shared<const std::string>(std::move(text).value());
  Cursor at;
  at.pos = at.line_start = TextStart(*table.text);
  {
    const RowScanner plain(*table.text, ',');
    Cursor first = at;
    if (!plain.AtRow(&first)) return Error{{file, 0, 0}, "the CSV file has no header row"};
    if (separator == 0) {
      Result<char> found = FindSeparator(*table.text, first.pos, file, first.line);
      if (!found) return found.error();
      separator = *found;
    }
  }
  table.separator = separator;
  const RowScanner scanner(*table.text, separator);
  if (Status checked = CsvChecker(&table, scanner).Check(at); !checked) return checked.error();
  return table;
}

Result<CaseTable> ReadCsv(const std::string& path, char separator) {
  Result<std::string> read = ReadFile(path);
  if (!read) {
    if (read.error().message.rfind("a folder", 0) == 0) return Error{{path, 0, 0}, "a folder, not a CSV file"};
    return read.error();
  }
  return ReadCsvBytes(std::move(read).value(), path, separator);
}

CaseRowReader::CaseRowReader(const CaseTable& table)
    : table_(table), pos_(table.body), line_start_(table.body), line_(table.body_line) {}

bool CaseRowReader::Next(CaseRow* row) { return table_.grid ? NextGridRow(row) : NextCsv(row); }

bool CaseRowReader::NextCsv(CaseRow* row) {
  if (!table_.text) return false;
  const RowScanner scanner(*table_.text, table_.separator);
  Cursor at{pos_, line_start_, line_};
  // Quoted cells are decoded first and pointed at after, since `decoded_`
  // grows during the row.
  thread_local std::vector<Span> spans;
  bool empty = true;
  while (empty) {
    if (!scanner.AtRow(&at)) return false;
    row->line = at.line;
    spans.clear();
    scanner.Row(&at, &decoded_, [&](const Span& cell) { spans.push_back(cell); });  // checked by ReadCsv
    for (const Span& cell : spans) empty = empty && cell.length == 0;
  }
  row->cells.clear();
  row->columns.clear();
  const size_t first = static_cast<size_t>(table_.first_cell);
  for (size_t c = first; c < first + table_.header.size(); ++c) {
    row->cells.push_back(scanner.Text(spans[c], decoded_));
    row->columns.push_back(spans[c].column);
  }
  pos_ = at.pos;
  line_start_ = at.line_start;
  line_ = at.line;
  return true;
}

bool CaseRowReader::NextGridRow(CaseRow* row) {
  const CellGrid& grid = *table_.grid;
  if (grid_row_ >= grid.rows.size()) return false;
  const size_t width = table_.header.size();
  row->line = grid.rows[grid_row_];
  row->cells.clear();
  row->columns.clear();
  size_t begin = grid_row_ * width == 0 ? 0 : grid.ends[grid_row_ * width - 1];
  for (size_t c = 0; c < width; ++c) {
    const size_t end = grid.ends[grid_row_ * width + c];
    row->cells.push_back(std::string_view(grid.text).substr(begin, end - begin));
    row->columns.push_back(grid.first_column + static_cast<int>(c));
    begin = end;
  }
  ++grid_row_;
  return true;
}

}  // namespace rerate
