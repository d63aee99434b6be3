// "Did you mean ...?": the nearest valid name to a mistyped one, for every
// front end that reports an unknown name (the program's commands and options
// as much as the library's ids and ratings).
#pragma once

#include <string>
#include <vector>

namespace rerate {

// "; did you mean 2.2.3?" or "" when no candidate is close enough to be a
// likely typo.  Among the likely ones a candidate in `preferred` wins (the
// standard an inspection has not rated yet, say, over one it has).
std::string DidYouMean(const std::string& wrong, const std::vector<std::string>& candidates,
                       const std::vector<std::string>& preferred = {});

}  // namespace rerate
