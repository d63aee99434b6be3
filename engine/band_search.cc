#include "band_search.h"

#include "rerate/bands.h"

namespace rerate {

bool BandsRise(const KqBanding& banding) {
  for (size_t i = 1; i < banding.bands.size(); ++i) {
    if (banding.bands[i].rating <= banding.bands[i - 1].rating) return false;
  }
  return true;
}

std::optional<int> LeastYesForBand(const KqBanding& banding, Rating rating, int relevant) {
  if (!BandsRise(banding)) return MinYesForBand(banding, rating, relevant);
  if (BandOf(banding, relevant, relevant) < rating) return std::nullopt;
  int low = 0;  // invariant: the answer is in [low, high]
  int high = relevant;
  while (low < high) {
    const int middle = low + (high - low) / 2;
    if (BandOf(banding, middle, relevant) >= rating) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

}  // namespace rerate
