#include "load/case_headers.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("the case column is case or case id, however written", "[headers]") {
  for (const char* name : {"case", "Case", "CASE", " case ", "Case ID", "case_id", "Case-Id", "caseid"}) {
    CHECK(NamesCaseColumn(name));
  }
  for (const char* name : {"cases", "Case number", "id", "case idx", "", "showcase"}) CHECK_FALSE(NamesCaseColumn(name));
}

TEST_CASE("a key question's header is its id, after KQ, Q or key question, before its words", "[headers]") {
  CHECK(HeaderId("2.1.1") == "2.1.1");
  CHECK(HeaderId("KQ 2.1.1") == "2.1.1");
  CHECK(HeaderId("kq2.1.1") == "2.1.1");
  CHECK(HeaderId("Q. 2.1.1") == "2.1.1");
  CHECK(HeaderId("Key question 2.2.3.a") == "2.2.3.a");
  CHECK(HeaderId("2.1.1 Court work") == "2.1.1");
  CHECK(HeaderId("2.1.1: Is the court work good?") == "2.1.1");
  CHECK(HeaderId("Quality").empty());
  CHECK(HeaderId("Notes on 2.1.1").empty());
  CHECK(HeaderId("KQ").empty());
}

}  // namespace
}  // namespace rerate
