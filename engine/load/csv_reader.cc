// ReadCsv: RFC 4180 cells with the line and column of each, so that every
// later complaint about a cell can point at it.  The file is split twice by
// the same scanner: once here, to check it and count its rows (keeping only
// the header), and once row by row when the cells are read (CsvRowReader),
// so no table of cells is ever held: memory is the file's bytes.
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

#include "base/file.h"
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

constexpr std::array<bool, 256> EndsPlainCell() {
  std::array<bool, 256> table{};
  table[static_cast<unsigned char>(',')] = table[static_cast<unsigned char>('\n')] = table[static_cast<unsigned char>('\r')] = true;
  return table;
}
constexpr std::array<bool, 256> kEndsPlainCell = EndsPlainCell();

// Splits rows.  `text` is the whole file.
class RowScanner {
 public:
  explicit RowScanner(std::string_view text) : text_(text) {}

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
      if (text_[at->pos] != ',') {
        done();
        return ScanError{at->line, Column(*at), "expected a comma or the end of the line after a quoted field"};
      }
      ++at->pos;
    }
  }

  // When the row at `at` has no quote and no CR: its commas, with `at` moved
  // past it; nullopt (and `at` untouched) otherwise.  std::count and memchr
  // run many bytes a step.
  std::optional<std::size_t> PlainRowCommas(Cursor* at) const {
    const char* begin = text_.data() + at->pos;
    const std::size_t rest = text_.size() - at->pos;
    const void* newline = std::memchr(begin, '\n', rest);
    const std::size_t length = newline ? static_cast<const char*>(newline) - begin : rest;
    if (std::memchr(begin, '"', length) != nullptr || std::memchr(begin, '\r', length) != nullptr) return std::nullopt;
    const std::size_t commas = static_cast<std::size_t>(std::count(begin, begin + length, ','));
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
    while (pos < size && !kEndsPlainCell[static_cast<unsigned char>(data[pos])]) ++pos;
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
};

std::size_t TextStart(const std::string& text) {
  return text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a UTF-8 byte-order mark
}

Error At(const std::string& file, int line, int column, std::string message) {
  return Error{SourceLocation{file, line, column}, std::move(message)};
}

}  // namespace

Result<CsvTable> ReadCsv(const std::string& path) {
  Result<std::string> read = ReadFile(path);
  if (!read) {
    if (read.error().message.rfind("a folder", 0) == 0) return Error{{path, 0, 0}, "a folder, not a CSV file"};
    return read.error();
  }
  CsvTable table;
  table.file = path;
  table.text = std::make_shared<const std::string>(std::move(read).value());
  const RowScanner scanner(*table.text);
  Cursor at;
  at.pos = at.line_start = TextStart(*table.text);
  std::vector<Span> cells;
  std::string decoded;
  if (!scanner.AtRow(&at)) return Error{{path, 0, 0}, "the CSV file has no header row"};
  table.header_line = at.line;
  if (std::optional<ScanError> error = scanner.Row(&at, &decoded, [&](const Span& cell) { cells.push_back(cell); })) {
    return At(path, error->line, error->column, error->message);
  }
  for (const Span& cell : cells) table.header.push_back(CsvCell{std::string(scanner.Text(cell, decoded)), cell.column});
  table.body = at.pos;
  table.body_line = at.line;
  const std::size_t width = table.header.size();
  while (scanner.AtRow(&at)) {
    const int line = at.line;
    // Most rows hold no quote: count their commas; only a row that is
    // quoted or the wrong width goes through the full scanner.
    const Cursor row_start = at;
    if (std::optional<std::size_t> commas = scanner.PlainRowCommas(&at)) {
      if (*commas + 1 == width) {
        ++table.row_count;
        continue;
      }
      at = row_start;
    }
    std::size_t count = 0;
    int extra_column = 0;  // of the first cell past the header's width
    int last_column = 0;
    std::optional<ScanError> error = scanner.Row(&at, &decoded, [&](const Span& cell) {
      if (count++ == width) extra_column = cell.column;
      last_column = cell.column;
    });
    if (error) return At(path, error->line, error->column, error->message);
    if (count != width) {
      const int column = count > width ? extra_column : last_column;
      return At(path, line, column,
                "this row has " + std::to_string(count) + " fields, the header has " + std::to_string(width));
    }
    ++table.row_count;
  }
  return table;
}

CsvRowReader::CsvRowReader(const CsvTable& table)
    : table_(table), pos_(table.body), line_start_(table.body), line_(table.body_line) {}

bool CsvRowReader::Next(CsvRowView* row) {
  if (!table_.text) return false;
  const RowScanner scanner(*table_.text);
  Cursor at{pos_, line_start_, line_};
  if (!scanner.AtRow(&at)) return false;
  row->line = at.line;
  row->cells.clear();
  row->columns.clear();
  // Quoted cells are decoded first and pointed at after, since `decoded_`
  // grows during the row.
  thread_local std::vector<Span> spans;
  spans.clear();
  scanner.Row(&at, &decoded_, [&](const Span& cell) { spans.push_back(cell); });  // checked by ReadCsv
  for (const Span& cell : spans) {
    row->cells.push_back(scanner.Text(cell, decoded_));
    row->columns.push_back(cell.column);
  }
  pos_ = at.pos;
  line_start_ = at.line_start;
  line_ = at.line;
  return true;
}

}  // namespace rerate
