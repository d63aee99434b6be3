#include "base/utf8.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("UTF-8 sequences are measured, and what is not UTF-8 is refused", "[utf8]") {
  CHECK(Utf8Length("\xC3\xA9", 0) == 2);          // é
  CHECK(Utf8Length("\xE2\x82\xAC", 0) == 3);      // €
  CHECK(Utf8Length("\xF0\x9F\x98\x80", 0) == 4);  // an emoji
  CHECK(Utf8Length("\xFF", 0) == 0);
  CHECK(Utf8Length("\xC3", 0) == 0);               // cut short
  CHECK(Utf8Length("\xC0\xAF", 0) == 0);           // overlong '/'
  CHECK(Utf8Length("\xED\xA0\x80", 0) == 0);       // a surrogate
  CHECK(Utf8Length("\xF4\x90\x80\x80", 0) == 0);   // past U+10FFFF
  CHECK(Utf8Length("a\xC3\xA9", 1) == 2);
}

}  // namespace
}  // namespace rerate
