#include "base/xml.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("markup characters are escaped", "[xml]") {
  CHECK(XmlEscape("a < b & c > \"d\" 'e'") == "a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;");
  CHECK(XmlEscape("line\n\ttab\r") == "line\n\ttab\r");
}

TEST_CASE("what XML 1.0 forbids is replaced, never emitted", "[xml]") {
  CHECK(XmlEscape(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(XmlEscape("\x01\x1F") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(XmlEscape("\xFF") == "\xEF\xBF\xBD");                      // not UTF-8
  CHECK(XmlEscape("\xC3") == "\xEF\xBF\xBD");                      // truncated sequence
  CHECK(XmlEscape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");      // overlong '/'
  CHECK(XmlEscape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(XmlEscape("\xEF\xBF\xBE") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE
}

TEST_CASE("valid UTF-8 passes through", "[xml]") {
  CHECK(XmlEscape("Bradford & Calderdale \xE2\x80\x93 caf\xC3\xA9 \xF0\x9F\x98\x80") ==
        "Bradford &amp; Calderdale \xE2\x80\x93 caf\xC3\xA9 \xF0\x9F\x98\x80");
}

TEST_CASE("attributes and JUnit counts are written escaped", "[xml]") {
  CHECK(XmlAttribute("name", "a \"b\" & <c>") == " name=\"a &quot;b&quot; &amp; &lt;c&gt;\"");
  CHECK(JunitCounts(3, 1, 0) == " tests=\"3\" failures=\"1\" errors=\"0\"");
}

}  // namespace
}  // namespace rerate
