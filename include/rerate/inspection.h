// An inspection file as written: what inspectors decided and the data they
// collected, each item with the place it was written.  Nothing here is checked
// against a methodology yet; Resolve (evidence.h) does that.
#pragma once

#include <memory>
#include <optional>
#include <string>
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

struct CsvRow {
  int line = 0;
  std::vector<CsvCell> cells;
};

// A CSV file split into cells; every row has as many cells as the header.
struct CsvTable {
  std::string file;
  int header_line = 0;
  std::vector<CsvCell> header;
  std::vector<CsvRow> rows;
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
