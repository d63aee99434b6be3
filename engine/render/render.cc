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
  std::string out;
  Finish([&](std::string_view piece) { out += piece; });
  return out;
}

void RateManyWriter::Finish(const std::function<void(std::string_view)>& write) const {
  if (rows_.empty()) return;
  if (format_ != Format::kJson) {
    write(RenderSummaryText(rows_, format_ == Format::kMarkdown));
    return;
  }
  // Written straight out, a row at a time: a built value per row, or the
  // whole summary as one string, would cost more than the rows themselves.
  std::string piece = "\n  ],\n  \"summary\": ";
  JsonWriter summary(&piece, 1);
  summary.BeginArray();
  for (const RateSummaryRow& row : rows_) {
    summary.BeginObject().Field("inspection", row.inspection).Field("file", row.file).Field("methodology", row.methodology);
    summary.Key("score").BeginObject().Field("points", row.score).Field("max", row.max).EndObject();
    row.has_overall ? summary.Field("overall", row.overall) : summary.NullField("overall");
    summary.EndObject();
    write(piece);
    piece.clear();
  }
  summary.EndArray();
  write(piece + "\n}\n");
}

std::string RenderRateMany(const std::vector<RateOutput>& outputs, Format format) {
  RateManyWriter writer(format);
  std::string out;
  for (const RateOutput& output : outputs) out += writer.Add(RenderRatePart(output, format));
  return out + writer.Finish();
}

}  // namespace rerate
