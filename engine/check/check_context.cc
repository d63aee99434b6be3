#include "check/check_context.h"

#include "check/check_published.h"

namespace rerate {

std::vector<ReportRating> ReportRatings(const Published& published, const Evaluation& evaluation) {
  std::vector<ReportRating> report(evaluation.standards.size());
  for (const StandardResult& result : evaluation.standards) {
    ReportRating& rating = report[result.standard];
    if (result.status == StandardStatus::kReportedOnly) continue;
    if (const PublishedRating* printed = published.ForStandard(result.standard)) {
      rating = ReportRating{printed->rating.has_value(), printed->rating, true};
    } else {
      rating = ReportRating{result.status == StandardStatus::kRated && result.rating, result.rating, false};
    }
  }
  return report;
}

}  // namespace rerate
