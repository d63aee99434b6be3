#include "load/xlsx_parts.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("numbers are written as Excel's General format shows them", "[xlsx]") {
  CHECK(GeneralNumberText(7) == "7");
  CHECK(GeneralNumberText(-0.0) == "0");
  CHECK(GeneralNumberText(1234567890123.0) == "1234567890123");
  CHECK(GeneralNumberText(0.1) == "0.1");
  CHECK(GeneralNumberText(0.1 + 0.2) == "0.3");  // 15 significant digits, as Excel keeps
  CHECK(GeneralNumberText(2.5e20) == "2.5E+20");
}

TEST_CASE("dates are written as ISO 8601, in both date systems", "[xlsx]") {
  CHECK(DateText(1, false) == "1900-01-01");
  CHECK(DateText(59, false) == "1900-02-28");
  CHECK(DateText(61, false) == "1900-03-01");
  CHECK(DateText(45000, false) == "2023-03-15");
  CHECK(DateText(45000.5, false) == "2023-03-15 12:00");
  CHECK(DateText(45000.0 + 3725.0 / 86400, false) == "2023-03-15 01:02:05");
  CHECK(DateText(0.25, false) == "06:00");
  CHECK(DateText(0, true) == "1904-01-01");
  CHECK(DateText(-1, false).empty());
}

TEST_CASE("a number format is a date when it shows a date or time part", "[xlsx]") {
  CHECK(IsDateFormat("yyyy-mm-dd"));
  CHECK(IsDateFormat("[$-409]d mmm yyyy;@"));
  CHECK(IsDateFormat("[h]:mm"));
  CHECK_FALSE(IsDateFormat("General"));
  CHECK_FALSE(IsDateFormat("0.00"));
  CHECK_FALSE(IsDateFormat("\"days\" 0"));
  CHECK_FALSE(IsDateFormat("[Red]0.0"));
  CHECK_FALSE(IsDateFormat("0\\d"));
}

}  // namespace
}  // namespace rerate
