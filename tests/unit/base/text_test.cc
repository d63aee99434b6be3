#include "base/text.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("a count out of a total reads k/n", "[text]") {
  CHECK(OutOf(11, 21) == "11/21");
  CHECK(OutOf(0, 27) == "0/27");
  CHECK(OutOf(3'000'000'000LL, 4'000'000'000LL) == "3000000000/4000000000");
}

TEST_CASE("plurals agree with their number", "[text]") {
  CHECK(Plural(1, "answer") == "1 answer");
  CHECK(Plural(0, "answer") == "0 answers");
  CHECK(Plural(3, "answer") == "3 answers");
  CHECK(Plural(1, "case", "cases") == "1 case");
  CHECK(Plural(2, "is", "are") == "2 are");
  CHECK(std::string(Agree(1, "has", "have")) == "has");
  CHECK(std::string(Agree(4, "has", "have")) == "have");
}

TEST_CASE("lists read as English", "[text]") {
  CHECK(OneOf({}).empty());
  CHECK(OneOf({"a"}) == "a");
  CHECK(OneOf({"a", "b"}) == "a or b");
  CHECK(OneOf({"a", "b", "c"}) == "a, b or c");
  CHECK(AllOf({"a"}) == "a");
  CHECK(AllOf({"a", "b"}) == "a and b");
  CHECK(AllOf({"a", "b", "c"}) == "a, b and c");
}

TEST_CASE("trimming takes spaces and tabs from the ends only", "[text]") {
  CHECK(Trim("  2.2.3 =\t") == "2.2.3 =");
  CHECK(Trim(" \t ").empty());
  CHECK(TrimEnd("  - a   ") == "  - a");
  CHECK(TrimEnd("   ").empty());
  CHECK(Lower("Requires Improvement") == "requires improvement");
}

TEST_CASE("words wrap into lines of at most the width given", "[text]") {
  CHECK(WrapWords("Does planning focus sufficiently on keeping other people safe?", 30) ==
        std::vector<std::string>{"Does planning focus", "sufficiently on keeping other", "people safe?"});
  CHECK(WrapWords("  spaces\tand\nline ends  between words ", 100) ==
        std::vector<std::string>{"spaces and line ends between words"});
  CHECK(WrapWords("a-word-longer-than-the-width fits alone", 10) ==
        std::vector<std::string>{"a-word-longer-than-the-width", "fits alone"});
  CHECK(WrapWords("", 10).empty());
  CHECK(WrapWords(" \n ", 10).empty());
}

TEST_CASE("a shell word reads back unchanged", "[text]") {
  CHECK(ShellWord("2.2.3=+3") == "2.2.3=+3");
  CHECK(ShellWord("") == "''");
  CHECK(ShellWord("1.1=Requires improvement") == "'1.1=Requires improvement'");
  CHECK(ShellWord("it's") == "'it'\\''s'");
}

}  // namespace
}  // namespace rerate
