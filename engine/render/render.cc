#include "base/json.h"
#include "render/json_parts.h"
#include "render/rate_json.h"
#include "render/rate_text.h"
#include "rerate/render.h"

namespace rerate {

std::string RenderRate(const RateOutput& output, Format format) {
  if (format == Format::kJson) return RateJson(output).Dump();
  return RenderRateText(output, format == Format::kMarkdown);
}

std::string RenderRateMany(const std::vector<RateOutput>& outputs, Format format) {
  if (format == Format::kJson) {
    Json results = Json::MakeArray();
    Json summary = Json::MakeArray();
    for (const RateOutput& output : outputs) {
      const Evaluation& e = *output.evaluation;
      results.Push(RateJson(output));
      summary.Push(Json::MakeObject()
                       .Set("inspection", e.inspection)
                       .Set("file", e.file)
                       .Set("methodology", e.methodology->name)
                       .Set("score", Json::MakeObject().Set("points", e.score).Set("max", e.max))
                       .Set("overall", RatingJson(*e.methodology, e.overall)));
    }
    return Json::MakeObject().Set("results", std::move(results)).Set("summary", std::move(summary)).Dump();
  }
  std::string out;
  const bool markdown = format == Format::kMarkdown;
  for (const RateOutput& output : outputs) out += RenderRateText(output, markdown);
  return out + RenderSummaryText(outputs, markdown);
}

}  // namespace rerate
