#include <catch2/catch.hpp>

#include "rerate/init.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("init's inspection lists each judgement standard with its rating left empty", "[export][init]") {
  Result<InitFiles> files = MakeInitFiles(*testing::Rules2021(), "hmip-pdu-2021", 2, false);
  REQUIRE(files);
  CHECK(files->inspection_name == "inspection.yaml");
  CHECK_THAT(files->inspection, Catch::Contains("\ninspection:        #"));
  CHECK_THAT(files->inspection, Catch::Contains("\nmethodology: \"hmip-pdu-2021\"\n"));
  CHECK_THAT(files->inspection, Catch::Contains("\n  \"1.1\":       # 1.1 Leadership\n"));
  CHECK_THAT(files->inspection, Catch::Contains("\ncases: cases.csv "));
  // Case standards are rated from the case sheet, not listed under ratings:.
  CHECK_THAT(files->inspection, !Catch::Contains("\"2.1\":"));
}

TEST_CASE("init's case sheet: wording above the header, a row per case", "[export][init]") {
  Result<InitFiles> files = MakeInitFiles(*testing::Rules2021(), "hmip-pdu-2021", 12, false);
  REQUIRE(files);
  CHECK(files->cases_name == "cases.csv");
  const std::string& csv = files->cases;
  CHECK(csv.rfind("What each column asks,\"Is the pre-sentence information", 0) == 0);
  CHECK_THAT(csv, Catch::Contains("\r\ncase,2.1.1,2.2.1,2.2.2,"));
  CHECK_THAT(csv, Catch::Contains("\r\nC01,,"));
  CHECK_THAT(csv, Catch::Contains("\r\nC12,,"));
  Result<InitFiles> book = MakeInitFiles(*testing::Rules2021(), "hmip-pdu-2021", 1, true);
  REQUIRE(book);
  CHECK(book->cases_name == "cases.xlsx");
  CHECK(book->cases.rfind("PK\x03\x04", 0) == 0);
}

}  // namespace
}  // namespace rerate
