#include <catch2/catch.hpp>

#include "base/suggest.h"

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

TEST_CASE("lists read as English", "[suggest]") {
  CHECK(OneOf({"a"}) == "a");
  CHECK(OneOf({"a", "b"}) == "a or b");
  CHECK(OneOf({"a", "b", "c"}) == "a, b or c");
}

}  // namespace
}  // namespace rerate
