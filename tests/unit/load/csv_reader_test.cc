#include <catch2/catch.hpp>

#include "rerate/inspection.h"
#include "test_support.h"

namespace rerate {
namespace {

Result<CaseTable> Read(const std::string& text) { return ReadCsv(testing::WriteScratch("t.csv", text)); }

// A row as owned text, read through the row reader.
struct Row {
  int line = 0;
  std::vector<HeaderCell> cells;
};

std::vector<Row> Rows(const CaseTable& table) {
  std::vector<Row> rows;
  CaseRowReader reader(table);
  CaseRow view;
  while (reader.Next(&view)) {
    Row row{view.line, {}};
    for (size_t c = 0; c < view.cells.size(); ++c) row.cells.push_back(HeaderCell{std::string(view.cells[c]), view.columns[c]});
    rows.push_back(std::move(row));
  }
  CHECK(static_cast<int>(rows.size()) == table.row_count);
  return rows;
}

TEST_CASE("cells carry their line and column", "[csv]") {
  Result<CaseTable> table = Read("# a comment\ncase,2.1.1, note\nA,yes,\"x, y\"\n\nB, no ,\"say \"\"hi\"\"\"\n");
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
  Result<CaseTable> table = Read("\xEF\xBB\xBF" "case,2.1.1\r\nA,yes\r\nB,no\r\n");
  REQUIRE(table.ok());
  CHECK(table->header[0].text == "case");
  REQUIRE(Rows(*table).size() == 2);
  CHECK(Rows(*table)[1].cells[1].text == "no");
  CHECK(Rows(*table)[1].line == 3);
}

TEST_CASE("a row of the wrong width is an error at that row", "[csv]") {
  Result<CaseTable> table = Read("case,a,b\nA,1,2\nB,1\nC,1,2,3\n");
  REQUIRE_FALSE(table.ok());
  CHECK(table.error().where.line == 3);
  CHECK(table.error().message == "this row has 2 fields, the header has 3");
}

TEST_CASE("an unclosed quote and text after a quote are errors", "[csv]") {
  Result<CaseTable> unclosed = Read("case,a\nA,\"open\n");
  REQUIRE_FALSE(unclosed.ok());
  CHECK(unclosed.error().where.line == 2);
  CHECK(unclosed.error().where.column == 3);
  Result<CaseTable> trailing = Read("case,a\nA,\"x\"y\n");
  REQUIRE_FALSE(trailing.ok());
  CHECK(trailing.error().message.find("expected a comma") != std::string::npos);
}

TEST_CASE("an empty file or a missing file is an error", "[csv]") {
  CHECK_FALSE(Read("").ok());
  CHECK_FALSE(Read("# only a comment\n").ok());
  Result<CaseTable> missing = ReadCsv("/nonexistent/rerate.csv");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "cannot open file: No such file or directory");
}

// Regression: a comment or empty line ended only at \n, so with CR-only or
// mixed line ends the rows after it were swallowed (found in review).
TEST_CASE("CR-only and mixed line ends keep every row", "[csv]") {
  Result<CaseTable> cr = Read("case,2.1.1\rA,yes\r# comment\rB,no\r\rC,no\r");
  REQUIRE(cr.ok());
  REQUIRE(Rows(*cr).size() == 3);
  CHECK(Rows(*cr)[1].cells[0].text == "B");
  CHECK(Rows(*cr)[1].line == 4);
  CHECK(Rows(*cr)[2].line == 6);
  Result<CaseTable> mixed = Read("case,2.1.1\nA,yes\n#c\rB,no\r\nC,yes\n");
  REQUIRE(mixed.ok());
  REQUIRE(Rows(*mixed).size() == 3);
  CHECK(Rows(*mixed)[1].cells[0].text == "B");
}

// Regression: with a byte-order mark, columns on line 1 were counted from
// before the mark, three too far right.
TEST_CASE("a byte-order mark does not move the columns of line 1", "[csv]") {
  Result<CaseTable> table = Read("\xEF\xBB\xBF" "case,2.1.1,x\nA,yes\n");
  REQUIRE_FALSE(table.ok());
  CHECK(table.error().where.line == 2);
  Result<CaseTable> header = Read("\xEF\xBB\xBF" "case,2.1.1\nA,yes\n");
  REQUIRE(header.ok());
  CHECK(header->header[1].column == 6);
}

TEST_CASE("quoted cells keep their text, with doubled quotes undone, across lines", "[csv]") {
  Result<CaseTable> table = Read("case,note\nA,\"two\nlines\"\nB,\"a \"\"b\"\" c\"\n");
  REQUIRE(table.ok());
  const std::vector<Row> rows = Rows(*table);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[1].text == "two\nlines");
  CHECK(rows[1].line == 4);
  CHECK(rows[1].cells[1].text == "a \"b\" c");
  CHECK(rows[1].cells[1].column == 3);
}

// Excel's CSV (issue 12).
TEST_CASE("the separator is found from the header line, or given", "[csv]") {
  Result<CaseTable> semi = Read("# a comment, with commas, here\ncase;2.1.1;note\nA;yes;\"x; y\"\n");
  REQUIRE(semi.ok());
  CHECK(semi->separator == ';');
  CHECK(Rows(*semi)[0].cells[2].text == "x; y");
  Result<CaseTable> tab = Read("case\t2.1.1\nA\tyes\n");
  REQUIRE(tab.ok());
  CHECK(Rows(*tab)[0].cells[1].text == "yes");
  Result<CaseTable> given = ReadCsv(testing::WriteScratch("t.csv", "case;2.1.1,2.2.1\nA;yes,no\n"), ';');
  REQUIRE(given.ok());
  CHECK(Rows(*given)[0].cells[1].text == "yes,no");
  Result<CaseTable> ambiguous = Read("case;2.1.1,2.2.1\n");
  REQUIRE_FALSE(ambiguous.ok());
  CHECK(ambiguous.error().message.find("as many commas as semicolons") != std::string::npos);
  Result<CaseTable> quote = Read("case;a\nA;\"x\"y\n");
  REQUIRE_FALSE(quote.ok());
  CHECK(quote.error().message == "expected a semicolon or the end of the line after a quoted field");
}

TEST_CASE("empty rows and edge columns are skipped and counted", "[csv]") {
  Result<CaseTable> table = Read(",case,2.1.1,,\n,A,yes,,\n,,,,\n,B,no,,\n  ,,\n");
  REQUIRE(table.ok());
  CHECK(table->header.size() == 2);
  CHECK(table->header[0].column == 2);
  CHECK(table->skipped.empty_columns == 3);
  CHECK(table->skipped.empty_rows == 2);
  const std::vector<Row> rows = Rows(*table);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].line == 4);
  CHECK(rows[1].cells[0].text == "B");
  CHECK(rows[1].cells[1].column == 4);
  Result<CaseTable> stray = Read("case,2.1.1,\nA,yes,x\n");
  REQUIRE_FALSE(stray.ok());
  CHECK(stray.error().where.column == 7);
  CHECK(stray.error().message == "\"x\" lies in a column with no name in the header: name the column or clear it");
}

TEST_CASE("a title above the header is skipped: the header is the first row with a case column", "[csv]") {
  Result<CaseTable> table = Read("Anytown PDU,,\n,,\nCase ID,2.1.1,x\nA,yes,1\n");
  REQUIRE(table.ok());
  CHECK(table->header_line == 3);
  CHECK(table->skipped.rows_above_header == 2);
  REQUIRE(Rows(*table).size() == 1);
  // No case column anywhere: the first row is the header (and rate says what it lacks).
  Result<CaseTable> none = Read("id,2.1.1\nA,yes\n");
  REQUIRE(none.ok());
  CHECK(none->header_line == 1);
}

TEST_CASE("UTF-16 with a byte-order mark is read; without one it is refused", "[csv]") {
  const std::string text = "case\t2.1.1\nA\tyes\n";
  std::string little = "\xFF\xFE";
  std::string big = "\xFE\xFF";
  for (char c : text) {
    little += std::string{c, '\0'};
    big += std::string{'\0', c};
  }
  for (const std::string& bytes : {little, big}) {
    Result<CaseTable> table = Read(bytes);
    REQUIRE(table.ok());
    CHECK(table->header[1].text == "2.1.1");
    CHECK(Rows(*table)[0].cells[1].text == "yes");
  }
  Result<CaseTable> bare = Read(little.substr(2));
  REQUIRE_FALSE(bare.ok());
  CHECK(bare.error().message.find("save the file from Excel as CSV UTF-8") != std::string::npos);
}

}  // namespace
}  // namespace rerate
