#include <catch2/catch.hpp>

#include "rerate/inspection.h"
#include "test_support.h"

namespace rerate {
namespace {

Result<CsvTable> Read(const std::string& text) { return ReadCsv(testing::WriteScratch("t.csv", text)); }

// A row as owned text, read through the row reader.
struct Row {
  int line = 0;
  std::vector<CsvCell> cells;
};

std::vector<Row> Rows(const CsvTable& table) {
  std::vector<Row> rows;
  CsvRowReader reader(table);
  CsvRowView view;
  while (reader.Next(&view)) {
    Row row{view.line, {}};
    for (size_t c = 0; c < view.cells.size(); ++c) row.cells.push_back(CsvCell{std::string(view.cells[c]), view.columns[c]});
    rows.push_back(std::move(row));
  }
  CHECK(static_cast<int>(rows.size()) == table.row_count);
  return rows;
}

TEST_CASE("cells carry their line and column", "[csv]") {
  Result<CsvTable> table = Read("# a comment\ncase,2.1.1, note\nA,yes,\"x, y\"\n\nB, no ,\"say \"\"hi\"\"\"\n");
  REQUIRE(table.ok());
  CHECK(table->header_line == 2);
  REQUIRE(table->header.size() == 3);
  CHECK(table->header[2].text == "note");
  REQUIRE(Rows(*table).size() == 2);
  CHECK(Rows(*table)[0].line == 3);
  CHECK(Rows(*table)[0].cells[2].text == "x, y");
  CHECK(Rows(*table)[0].cells[2].column == 7);
  CHECK(Rows(*table)[1].line == 5);
  CHECK(Rows(*table)[1].cells[1].text == "no");
  CHECK(Rows(*table)[1].cells[2].text == "say \"hi\"");
}

TEST_CASE("CRLF line ends and a byte-order mark are read", "[csv]") {
  Result<CsvTable> table = Read("\xEF\xBB\xBF" "case,2.1.1\r\nA,yes\r\nB,no\r\n");
  REQUIRE(table.ok());
  CHECK(table->header[0].text == "case");
  REQUIRE(Rows(*table).size() == 2);
  CHECK(Rows(*table)[1].cells[1].text == "no");
  CHECK(Rows(*table)[1].line == 3);
}

TEST_CASE("a row of the wrong width is an error at that row", "[csv]") {
  Result<CsvTable> table = Read("case,a,b\nA,1,2\nB,1\nC,1,2,3\n");
  REQUIRE_FALSE(table.ok());
  CHECK(table.error().where.line == 3);
  CHECK(table.error().message == "this row has 2 fields, the header has 3");
}

TEST_CASE("an unclosed quote and text after a quote are errors", "[csv]") {
  Result<CsvTable> unclosed = Read("case,a\nA,\"open\n");
  REQUIRE_FALSE(unclosed.ok());
  CHECK(unclosed.error().where.line == 2);
  CHECK(unclosed.error().where.column == 3);
  Result<CsvTable> trailing = Read("case,a\nA,\"x\"y\n");
  REQUIRE_FALSE(trailing.ok());
  CHECK(trailing.error().message.find("expected a comma") != std::string::npos);
}

TEST_CASE("an empty file or a missing file is an error", "[csv]") {
  CHECK_FALSE(Read("").ok());
  CHECK_FALSE(Read("# only a comment\n").ok());
  Result<CsvTable> missing = ReadCsv("/nonexistent/rerate.csv");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "cannot open file: No such file or directory");
}

// Regression: a comment or empty line ended only at \n, so with CR-only or
// mixed line ends the rows after it were swallowed (found in review).
TEST_CASE("CR-only and mixed line ends keep every row", "[csv]") {
  Result<CsvTable> cr = Read("case,2.1.1\rA,yes\r# comment\rB,no\r\rC,no\r");
  REQUIRE(cr.ok());
  REQUIRE(Rows(*cr).size() == 3);
  CHECK(Rows(*cr)[1].cells[0].text == "B");
  CHECK(Rows(*cr)[1].line == 4);
  CHECK(Rows(*cr)[2].line == 6);
  Result<CsvTable> mixed = Read("case,2.1.1\nA,yes\n#c\rB,no\r\nC,yes\n");
  REQUIRE(mixed.ok());
  REQUIRE(Rows(*mixed).size() == 3);
  CHECK(Rows(*mixed)[1].cells[0].text == "B");
}

// Regression: with a byte-order mark, columns on line 1 were counted from
// before the mark, three too far right.
TEST_CASE("a byte-order mark does not move the columns of line 1", "[csv]") {
  Result<CsvTable> table = Read("\xEF\xBB\xBF" "case,2.1.1,x\nA,yes\n");
  REQUIRE_FALSE(table.ok());
  CHECK(table.error().where.line == 2);
  Result<CsvTable> header = Read("\xEF\xBB\xBF" "case,2.1.1\nA,yes\n");
  REQUIRE(header.ok());
  CHECK(header->header[1].column == 6);
}

TEST_CASE("quoted cells keep their text, with doubled quotes undone, across lines", "[csv]") {
  Result<CsvTable> table = Read("case,note\nA,\"two\nlines\"\nB,\"a \"\"b\"\" c\"\n");
  REQUIRE(table.ok());
  const std::vector<Row> rows = Rows(*table);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[1].text == "two\nlines");
  CHECK(rows[1].line == 4);
  CHECK(rows[1].cells[1].text == "a \"b\" c");
  CHECK(rows[1].cells[1].column == 3);
}

}  // namespace
}  // namespace rerate
