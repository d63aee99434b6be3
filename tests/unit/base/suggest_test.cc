#include "base/suggest.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("edit distance ignores case", "[suggest]") {
  CHECK(EditDistance("Good", "good") == 0);
  CHECK(EditDistance("2.2.4", "2.2.3") == 1);
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "abc") == 3);
}

TEST_CASE("the nearest name is suggested only when it is a likely typo", "[suggest]") {
  CHECK(Nearest("2.2.4", {"2.2.3", "2.3.1"}) == "2.2.3");
  CHECK(Nearest("Goood", {"Inadequate", "Good"}) == "Good");
  CHECK(Nearest("xyz", {"Inadequate", "Good"}).empty());
  CHECK(DidYouMean("ratngs", {"ratings", "cases"}) == "; did you mean ratings?");
  CHECK(DidYouMean("zzzzzz", {"ratings"}).empty());
}

}  // namespace
}  // namespace rerate
