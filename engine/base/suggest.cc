#include "base/suggest.h"

#include <algorithm>

#include "base/text.h"

namespace rerate {

int EditDistance(const std::string& a_in, const std::string& b_in) {
  const std::string a = Lower(a_in);
  const std::string b = Lower(b_in);
  std::vector<int> previous(b.size() + 1);
  std::vector<int> current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string Nearest(const std::string& wrong, const std::vector<std::string>& candidates,
                    const std::vector<std::string>& preferred) {
  // A third of the longer name, and at least 1, counts as a plausible typo:
  // "2.2.4" finds "2.2.3", "Goood" finds "Good", "xyz" finds nothing.
  std::string best;
  int best_distance = 0;
  bool best_preferred = false;
  for (const std::string& candidate : candidates) {
    const int distance = EditDistance(wrong, candidate);
    const int allowed =
        std::max<int>(1, static_cast<int>(std::max(wrong.size(), candidate.size())) / 3);
    if (distance > allowed) continue;
    const bool is_preferred = std::find(preferred.begin(), preferred.end(), candidate) != preferred.end();
    const bool better = best.empty() || (is_preferred && !best_preferred) ||
                        (is_preferred == best_preferred && distance < best_distance);
    if (better) {
      best = candidate;
      best_distance = distance;
      best_preferred = is_preferred;
    }
  }
  return best;
}

std::string DidYouMean(const std::string& wrong, const std::vector<std::string>& candidates,
                       const std::vector<std::string>& preferred) {
  const std::string nearest = Nearest(wrong, candidates, preferred);
  return nearest.empty() ? "" : "; did you mean " + nearest + "?";
}

}  // namespace rerate
