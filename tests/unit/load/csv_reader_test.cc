#include <catch2/catch.hpp>

#include "rerate/inspection.h"
#include "test_support.h"

namespace rerate {
namespace {

Result<CsvTable> Read(const std::string& text) { return ReadCsv(testing::WriteScratch("t.csv", text)); }

TEST_CASE("cells carry their line and column", "[csv]") {
  Result<CsvTable> table = Read("# a comment\ncase,2.1.1, note\nA,yes,\"x, y\"\n\nB, no ,\"say \"\"hi\"\"\"\n");
  REQUIRE(table.ok());
  CHECK(table->header_line == 2);
  REQUIRE(table->header.size() == 3);
  CHECK(table->header[2].text == "note");
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].line == 3);
  CHECK(table->rows[0].cells[2].text == "x, y");
  CHECK(table->rows[0].cells[2].column == 7);
  CHECK(table->rows[1].line == 5);
  CHECK(table->rows[1].cells[1].text == "no");
  CHECK(table->rows[1].cells[2].text == "say \"hi\"");
}

TEST_CASE("CRLF line ends and a byte-order mark are read", "[csv]") {
  Result<CsvTable> table = Read("\xEF\xBB\xBF" "case,2.1.1\r\nA,yes\r\nB,no\r\n");
  REQUIRE(table.ok());
  CHECK(table->header[0].text == "case");
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[1].cells[1].text == "no");
  CHECK(table->rows[1].line == 3);
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
  CHECK(missing.error().message == "cannot open file");
}

// Regression: a comment or empty line ended only at \n, so with CR-only or
// mixed line ends the rows after it were swallowed (found in review).
TEST_CASE("CR-only and mixed line ends keep every row", "[csv]") {
  Result<CsvTable> cr = Read("case,2.1.1\rA,yes\r# comment\rB,no\r\rC,no\r");
  REQUIRE(cr.ok());
  REQUIRE(cr->rows.size() == 3);
  CHECK(cr->rows[1].cells[0].text == "B");
  CHECK(cr->rows[1].line == 4);
  CHECK(cr->rows[2].line == 6);
  Result<CsvTable> mixed = Read("case,2.1.1\nA,yes\n#c\rB,no\r\nC,yes\n");
  REQUIRE(mixed.ok());
  REQUIRE(mixed->rows.size() == 3);
  CHECK(mixed->rows[1].cells[0].text == "B");
}

}  // namespace
}  // namespace rerate
