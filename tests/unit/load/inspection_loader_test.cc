#include <catch2/catch.hpp>

#include "rerate/inspection.h"
#include "test_support.h"

namespace rerate {
namespace {

Result<Inspection> Load(const std::string& text) {
  return LoadInspection(testing::WriteScratch("loader-test.yaml", text));
}

std::string ErrorOf(const std::string& text) {
  Result<Inspection> inspection = Load(text);
  REQUIRE_FALSE(inspection.ok());
  return inspection.error().ToString();
}

const std::string kHead = "inspection: T\nmethodology: hmip-pdu-2021\n";

TEST_CASE("an inspection keeps what it says with where it says it", "[inspection]") {
  Result<Inspection> inspection = Load(kHead + "fieldwork: 2023-03\nratings:\n  \"1.1\": Good\n"
                                       "key_questions:\n  \"2.2.1\": {yes: 3, relevant: 4}\n"
                                       "  \"2.2.2\": {percent: 44}\n"
                                       "discretion:\n  - {standard: \"2.5\", rating: Good, reason: R}\n"
                                       "published:\n  score: 9\n");
  REQUIRE(inspection.ok());
  CHECK(inspection->name.value == "T");
  CHECK(inspection->fieldwork.value == "2023-03");
  REQUIRE(inspection->ratings.size() == 1);
  CHECK(inspection->ratings[0].standard.value == "1.1");
  CHECK(inspection->ratings[0].rating.where.line == 5);
  CHECK(inspection->ratings[0].rating.where.column == 10);
  REQUIRE(inspection->key_questions.size() == 2);
  CHECK(inspection->key_questions[0].yes->value == 3);
  CHECK(inspection->key_questions[1].percent->value == 44);
  CHECK(inspection->discretion[0].reason.value == "R");
  CHECK(inspection->published != nullptr);
  CHECK(inspection->expect == nullptr);
}

TEST_CASE("aggregated key questions are checked for shape", "[inspection]") {
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {yes: 3}\n").find("needs {yes: K, relevant: N}") !=
        std::string::npos);
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {yes: 5, relevant: 4}\n")
            .find("loader-test.yaml:4:18: key question 2.2.1 has more yes answers (5) than relevant cases (4)") !=
        std::string::npos);
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {percent: 101}\n").find("a percentage is at most 100") !=
        std::string::npos);
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {yes: 1, relevant: 2, percent: 50}\n")
            .find("not both") != std::string::npos);
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {yes: 0, relevant: 0}\n").find("relevant must be at least 1") !=
        std::string::npos);
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {yes: -1, relevant: 2}\n").find("yes must be 0 or more") !=
        std::string::npos);
  CHECK(ErrorOf(kHead + "key_questions:\n  \"2.2.1\": {yes: 1, relevent: 2}\n").find("did you mean relevant?") !=
        std::string::npos);
}

TEST_CASE("inspection, methodology and a departure's reason are required", "[inspection]") {
  CHECK(ErrorOf("methodology: x\n").find("an inspection file needs \"inspection:\"") != std::string::npos);
  CHECK(ErrorOf("inspection: x\n").find("needs \"methodology:\"") != std::string::npos);
  CHECK(ErrorOf(kHead + "departures:\n  - {standard: \"1.3\"}\n").find("a departure needs \"reason:\"") !=
        std::string::npos);
  CHECK(ErrorOf("").find("expected an inspection file, found nothing") != std::string::npos);
  CHECK(ErrorOf("- a\n- b\n").find("expected an inspection file as a mapping") != std::string::npos);
}

TEST_CASE("the cases file is found beside the inspection", "[inspection]") {
  testing::WriteScratch("beside/data.csv", "case,2.1.1\nA,yes\n");
  Result<Inspection> inspection = LoadInspection(testing::WriteScratch("beside/i.yaml", kHead + "cases: data.csv\n"));
  REQUIRE(inspection.ok());
  REQUIRE(inspection->cases);
  CHECK(inspection->cases->row_count == 1);
  CHECK(ErrorOf(kHead + "cases: nowhere.csv\n").find("cases: no such file") != std::string::npos);
}

TEST_CASE("a missing inspection file is an error naming it", "[inspection]") {
  Result<Inspection> inspection = LoadInspection("/nonexistent/x.yaml");
  REQUIRE_FALSE(inspection.ok());
  CHECK(inspection.error().ToString() == "/nonexistent/x.yaml: cannot open file: No such file or directory");
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("a region file read as an inspection says what it is", "[inspection][region]") {
  Result<Inspection> inspection = LoadInspection(testing::SourcePath("cases/regions/westmarch-2024/westmarch-2024.yaml"));
  REQUIRE_FALSE(inspection.ok());
  CHECK(inspection.error().where.line == 5);
  CHECK(inspection.error().message == "a region file (it has region:), not an inspection: read it with rerate region");
}

}  // namespace
}  // namespace rerate
