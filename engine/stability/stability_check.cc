// `rerate check --stability`: check's report, then, for each published
// rating, how often resampling gives it, so a fragile published rating
// stands out.  Check computes nothing of this: the two results are joined
// here, above both.
#include <algorithm>
#include <fmt/format.h>

#include "base/text.h"
#include "check/check_json.h"
#include "check/check_render.h"
#include "model/names.h"
#include "render/json_parts.h"
#include "render/markdown.h"
#include "stability/stability_json.h"
#include "stability/stability_words.h"

namespace rerate {

namespace {

// One published rating and how often resampling gives it.
struct PublishedShare {
  std::string subject;  // "overall" or a standard id
  std::string label;    // "overall" or "2.2 Assessment"
  std::optional<Rating> published;  // none: printed Not rated
  double share = 0;
  std::vector<std::pair<Rating, double>> others;  // other ratings given, most often first
  double no_data = 0;
};

PublishedShare ShareOf(const std::string& subject, const std::string& label, const RatingShares& shares,
                       const std::optional<Rating>& published, bool not_rated) {
  PublishedShare item{subject, label, published, 0, {}, shares.no_data};
  if (!published) {
    item.share = not_rated ? 1 : 0;  // resampling never changes a standard marked Not rated
    return item;
  }
  item.share = shares.Of(published);
  for (size_t level = 0; level < shares.probability.size(); ++level) {
    const Rating rating{static_cast<int>(level)};
    if (rating != *published && shares.probability[level] > 0) item.others.emplace_back(rating, shares.probability[level]);
  }
  std::stable_sort(item.others.begin(), item.others.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return item;
}

std::vector<PublishedShare> PublishedShares(const StabilityResult& result) {
  const Methodology& m = *result.methodology;
  std::vector<PublishedShare> items;
  if (result.overall_published) {
    items.push_back(ShareOf("overall", "overall", result.overall, result.overall_published, false));
  }
  for (const StandardStability& standard : result.standards) {
    if (!standard.printed) continue;
    items.push_back(ShareOf(m.standards[standard.standard].id, StandardLabel(m, standard.standard), standard.shares,
                            standard.published, standard.status == StandardStatus::kNotRated));
  }
  return items;
}

std::string OthersText(const Methodology& m, const PublishedShare& item) {
  std::vector<std::string> parts;
  for (const auto& [rating, share] : item.others) parts.push_back(m.RatingName(rating) + " " + ShareText(share));
  if (item.no_data > 0) parts.push_back("no data " + ShareText(item.no_data));
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

std::string SectionText(const Result<StabilityResult>& stability, bool markdown) {
  const std::string bullet = markdown ? "- " : "  ";
  std::string out = markdown ? "### How often resampling gives each published rating\n\n"
                             : "How often resampling gives each published rating\n";
  if (!stability) return out + bullet + "not computed: " + stability.error().ToString() + "\n\n";
  const StabilityResult& result = *stability;
  const Methodology& m = *result.methodology;
  out += bullet + "method: " + MethodText(result) + "\n";
  if (markdown) out += "\n| Published | Rating | Share | Others |\n|---|---|---|---|\n";
  std::vector<std::string> fragile;
  for (const PublishedShare& item : PublishedShares(result)) {
    const std::string rating = RatingText(m, item.published);
    const std::string others = OthersText(m, item);
    if (item.share < 0.5) fragile.push_back(item.label + " (" + rating + ", " + ShareText(item.share) + ")");
    out += markdown ? MarkdownRow({item.label, rating, ShareText(item.share), others}) + "\n"
                    : fmt::format("  {:<36} {:<21} {:>6}{}\n", item.label, rating, ShareText(item.share),
                                  others.empty() ? "" : "   (" + others + ")");
  }
  if (markdown) out += "\n";
  out += bullet + (fragile.empty() ? "every published rating is given by at least half the " + std::string(SampleNoun(result))
                                   : "given by fewer than half the " + std::string(SampleNoun(result)) + ": " + AllOf(fragile)) +
         "\n\n";
  return out;
}

Json SectionJson(const Result<StabilityResult>& stability) {
  if (!stability) {
    return Json::MakeObject().Set("error", stability.error().ToString()).Set("ratings", Json::MakeArray());
  }
  const StabilityResult& result = *stability;
  const Methodology& m = *result.methodology;
  const bool cases = result.method == StabilityMethod::kCases;
  Json ratings = Json::MakeArray();
  for (const PublishedShare& item : PublishedShares(result)) {
    Json others = Json::MakeObject();
    for (const auto& [rating, share] : item.others) others.Set(m.RatingName(rating), Json::Decimal(share, kJsonPlaces));
    ratings.Push(Json::MakeObject()
                     .Set("subject", item.subject)
                     .Set("published", RatingJson(m, item.published))
                     .Set("share", Json::Decimal(item.share, kJsonPlaces))
                     .Set("others", std::move(others))
                     .Set("no_data", Json::Decimal(item.no_data, kJsonPlaces))
                     .Set("fragile", item.share < 0.5));
  }
  return Json::MakeObject()
      .Set("error", nullptr)
      .Set("method", StabilityMethodName(result.method))
      .Set("resamples", cases ? Json(result.resamples) : Json(nullptr))
      .Set("seed", cases ? Json(static_cast<std::int64_t>(result.seed)) : Json(nullptr))
      .Set("ratings", std::move(ratings));
}

}  // namespace

std::string RenderCheckStability(const std::vector<CheckResult>& checks,
                                 const std::vector<Result<StabilityResult>>& stability, Format format, bool single,
                                 const std::vector<FailedFile>& failed) {
  if (format == Format::kJson) {
    if (single && checks.size() == 1) return CheckJson(checks[0]).Set("stability", SectionJson(stability[0])).Dump();
    Json items = Json::MakeArray();
    Json summary = Json::MakeArray();
    for (size_t i = 0; i < checks.size(); ++i) {
      items.Push(CheckJson(checks[i]).Set("stability", SectionJson(stability[i])));
      summary.Push(CheckSummaryJson(checks[i]));
    }
    Json failures = Json::MakeArray();
    for (const FailedFile& file : failed) failures.Push(FailedFileJson(file));
    return Json::MakeObject()
        .Set("results", std::move(items))
        .Set("summary", std::move(summary))
        .Set("failed", std::move(failures))
        .Dump();
  }
  const bool markdown = format == Format::kMarkdown;
  std::string out;
  for (size_t i = 0; i < checks.size(); ++i) out += RenderCheckText(checks[i], markdown) + SectionText(stability[i], markdown);
  if (!(single && checks.size() == 1)) out += RenderCheckSummaryText(checks, markdown);
  return out;
}

}  // namespace rerate
