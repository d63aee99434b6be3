// Text for XML documents (JUnit reports): escaped, and always well-formed.
#pragma once

#include <string>
#include <string_view>

namespace rerate {

// `text` as XML character data or an attribute value: & < > " ' escaped,
// characters XML 1.0 forbids (control characters other than tab, newline
// and carriage return) and bytes that are not UTF-8 replaced by U+FFFD.
std::string XmlEscape(std::string_view text);

// ` name="value"`, the value escaped.
std::string XmlAttribute(const std::string& name, const std::string& value);

// ` tests="N" failures="N" errors="N"`: a JUnit testsuite's counts.
std::string JunitCounts(int tests, int failures, int errors);

}  // namespace rerate
