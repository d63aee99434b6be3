// Private to the scenario and target code.
#pragma once

#include <string>
#include <vector>

namespace rerate {

// `text` as one word a POSIX shell reads back unchanged: as it is when it is
// safe, else in single quotes.
std::string ShellWord(const std::string& text);

// "a, b and c": every one of them (OneOf in suggest.h says "a, b or c").
std::string AllOf(const std::vector<std::string>& names);

}  // namespace rerate
