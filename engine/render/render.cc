#include "render/rate_text.h"
#include "model/names.h"
#include "base/suggest.h"

namespace rerate {

std::string MarkdownRow(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& cell : cells) {
    std::string text;
    for (char c : cell) {
      if (c == '|') {
        text += "\\|";
      } else {
        text += (c == '\n' || c == '\r') ? ' ' : c;
      }
    }
    row += text.empty() ? " |" : " " + text + " |";
  }
  return row;
}

Result<Format> ParseFormat(const std::string& name) {
  if (name == "table") return Format::kTable;
  if (name == "markdown") return Format::kMarkdown;
  if (name == "json") return Format::kJson;
  return Error{{}, "unknown format \"" + name + "\"" + DidYouMean(name, {"table", "markdown", "json"}) +
                       " (expected table, markdown or json)"};
}

std::string RenderRate(const RateReport& report, Format format) {
  if (format == Format::kJson) return RateJson(report).Dump();
  return RenderRateText(report, format == Format::kMarkdown);
}

std::string RenderRateMany(const std::vector<RateReport>& reports, Format format) {
  if (format == Format::kJson) {
    Json results = Json::MakeArray();
    Json summary = Json::MakeArray();
    for (const RateReport& report : reports) {
      const Evaluation& e = *report.evaluation;
      results.Push(RateJson(report));
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
  for (const RateReport& report : reports) out += RenderRateText(report, markdown);
  return out + RenderSummaryText(reports, markdown);
}

}  // namespace rerate
