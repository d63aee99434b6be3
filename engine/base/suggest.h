// "Did you mean ...?": the nearest valid name to a mistyped one.
#pragma once

#include <string>
#include <vector>

namespace rerate {

// Case-insensitive edit distance between two names.
int EditDistance(const std::string& a, const std::string& b);

// The candidate nearest to `wrong`, or "" when none is close enough to be a
// likely typo.
std::string Nearest(const std::string& wrong, const std::vector<std::string>& candidates);

// "; did you mean 2.2.3?" or "" when nothing is close.
std::string DidYouMean(const std::string& wrong, const std::vector<std::string>& candidates);

}  // namespace rerate
