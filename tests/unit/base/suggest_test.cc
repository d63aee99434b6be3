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

// Regression: "1.5" in ratings: suggested 1.1, the first near id, when 1.4
// was the standard not yet given (issue 15).
TEST_CASE("a likely name that is still missing is preferred over the first near one", "[suggest]") {
  const std::vector<std::string> standards = {"1.1", "1.2", "1.3", "1.4", "2.1"};
  CHECK(Nearest("1.5", standards) == "1.1");
  CHECK(Nearest("1.5", standards, {"1.4"}) == "1.4");
  CHECK(DidYouMean("1.5", standards, {"1.4"}) == "; did you mean 1.4?");
  // A preferred name must still be a likely typo.
  CHECK(Nearest("1.5", standards, {"10.40"}) == "1.1");
  // Among preferred names, the nearer wins.
  CHECK(Nearest("ratngs", {"rating", "ratings"}, {"rating", "ratings"}) == "ratings");
}

}  // namespace
}  // namespace rerate
