#include "base/json.h"
#include "model/names.h"
#include "render/rate_json.h"
#include "render/rate_text.h"
#include "rerate/render.h"

namespace rerate {

std::string RenderRate(const RateOutput& output, Format format) {
  if (format == Format::kJson) {
    std::string text;
    JsonWriter out(&text);
    WriteRateJson(out, output);
    return text + "\n";
  }
  return RenderRateText(output, format == Format::kMarkdown);
}

RatePart RenderRatePart(const RateOutput& output, Format format) {
  const Evaluation& e = *output.evaluation;
  RatePart part;
  part.row = RateSummaryRow{e.inspection, e.file, e.methodology->name, e.score, e.max,
                            RatingText(*e.methodology, e.overall), e.overall.has_value()};
  if (format == Format::kJson) {
    JsonWriter out(&part.text, 2);
    WriteRateJson(out, output);
  } else {
    part.text = RenderRateText(output, format == Format::kMarkdown);
  }
  return part;
}

std::string RateManyWriter::Add(RatePart part) {
  rows_.push_back(std::move(part.row));
  if (format_ != Format::kJson) return std::move(part.text);
  return (rows_.size() == 1 ? "{\n  \"results\": [\n    " : ",\n    ") + part.text;
}

std::string RateManyWriter::Finish() const {
  if (rows_.empty()) return "";
  if (format_ != Format::kJson) return RenderSummaryText(rows_, format_ == Format::kMarkdown);
  Json summary = Json::MakeArray();
  for (const RateSummaryRow& row : rows_) {
    summary.Push(Json::MakeObject()
                     .Set("inspection", row.inspection)
                     .Set("file", row.file)
                     .Set("methodology", row.methodology)
                     .Set("score", Json::MakeObject().Set("points", row.score).Set("max", row.max))
                     .Set("overall", row.has_overall ? Json(row.overall) : Json(nullptr)));
  }
  std::string out = "\n  ],\n  \"summary\": ";
  summary.DumpTo(&out, 1);
  return out + "\n}\n";
}

std::string RenderRateMany(const std::vector<RateOutput>& outputs, Format format) {
  RateManyWriter writer(format);
  std::string out;
  for (const RateOutput& output : outputs) out += writer.Add(RenderRatePart(output, format));
  return out + writer.Finish();
}

}  // namespace rerate
