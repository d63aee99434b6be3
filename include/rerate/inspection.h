// An inspection file as written: what inspectors decided and the data they
// collected, each item with the place it was written.  Nothing here is checked
// against a methodology yet; Resolve (evidence.h) does that.
#pragma once

#include <memory>
#include <optional>
#include <cstddef>
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

// One cell of a CSV file, as text, with its place.
struct CsvCell {
  std::string text;
  int column = 0;
};

// A CSV file, read and checked: every row has as many cells as the header.
// The rows stay as the file's text (a million cases are a million rows) and
// are split one at a time by a CsvRowReader.
struct CsvTable {
  std::string file;
  int header_line = 0;
  std::vector<CsvCell> header;
  int row_count = 0;                        // rows after the header (comment and empty lines are none)
  std::shared_ptr<const std::string> text;  // the file's bytes
  std::size_t body = 0;                     // where the line after the header starts in `text`
  int body_line = 0;                        // and its line
};

// One row of a CsvTable: each cell's text (quotes and doubled quotes undone)
// and column.  The views are valid until the reader's next row.
struct CsvRowView {
  int line = 0;
  std::vector<std::string_view> cells;
  std::vector<int> columns;
};

// The rows of a table in file order.
class CsvRowReader {
 public:
  explicit CsvRowReader(const CsvTable& table);
  // The next row; false after the last.
  bool Next(CsvRowView* row);

 private:
  const CsvTable& table_;
  std::size_t pos_;
  std::size_t line_start_;
  int line_;
  std::string decoded_;  // the text of quoted cells, which differs from the file's
};

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
  std::optional<CsvTable> cases;
  std::vector<KqAggregate> key_questions;
  std::vector<DiscretionEntry> discretion;
  std::vector<DepartureEntry> departures;
  std::shared_ptr<const YamlBlock> published;  // null when absent
  std::shared_ptr<const YamlBlock> expect;     // null when absent
};

// Reads an inspection file and the CSV it names.  Errors name file:line:col.
Result<Inspection> LoadInspection(const std::string& path);

// Splits a CSV file into cells (RFC 4180 quoting, '#' comment lines).
Result<CsvTable> ReadCsv(const std::string& path);

}  // namespace rerate
