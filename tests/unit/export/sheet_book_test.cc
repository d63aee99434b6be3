#include <catch2/catch.hpp>

#include "rerate/evaluate.h"
#include "rerate/sheets.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("Band colours run from red for the lowest rating to green for the highest", "[export]") {
  CHECK(BandColour(0, 4) == 0xF4CCCCu);
  CHECK(BandColour(1, 4) == 0xFCE5CDu);
  CHECK(BandColour(2, 4) == 0xD9EAD3u);
  CHECK(BandColour(3, 4) == 0x93C47Du);
  // A three-rating scale: its ends red and green.
  CHECK(BandColour(0, 3) == 0xF4CCCCu);
  CHECK(BandColour(2, 3) == 0x93C47Du);
}

TEST_CASE("Sheets are named as Excel allows: a repeated name numbered", "[export]") {
  const Evaluation blackburn = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  SheetBook book;
  book.AddRate(blackburn);
  book.AddRate(blackburn);
  const std::vector<Sheet> sheets = book.Sheets();
  REQUIRE(sheets.size() == 3);
  CHECK(sheets[0].name == "Summary");
  CHECK(sheets[1].name == "Blackburn with Darwen PDU");
  CHECK(sheets[2].name == "Blackburn with Darwen PDU (2)");
  CHECK(sheets[0].rows.size() == 3);  // the header and a row per inspection
}

TEST_CASE("The CSV is the summary sheet, numbers as numbers, commas quoted", "[export]") {
  const Evaluation blackburn = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  SheetBook book;
  book.AddRate(blackburn);
  const std::string csv = book.Csv();
  CHECK(csv.rfind("Inspection,File,Methodology,Score,Max,Overall,1.1 Leadership,", 0) == 0);
  CHECK(csv.find("\r\nBlackburn with Darwen PDU,") != std::string::npos);
  CHECK(csv.find(",hmip-pdu-2021,10,27,Requires improvement,") != std::string::npos);
}

TEST_CASE("A workbook's bytes are a zip archive", "[export]") {
  SheetBook book;
  book.AddRate(Evaluate(testing::LoadSeed("blackburn-with-darwen-2023")));
  Result<std::string> bytes = book.Xlsx();
  REQUIRE(bytes);
  CHECK(bytes->rfind("PK\x03\x04", 0) == 0);
}

}  // namespace
}  // namespace rerate
