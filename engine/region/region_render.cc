// `rerate region` for people: the PDU ratings table as a regional annexe
// prints it, the pooled key questions with their spread, the pools, then the
// regional ratings as `rate` prints an inspection's.
#include <algorithm>
#include <fmt/format.h>

#include "base/text.h"
#include "model/names.h"
#include "region/region_json.h"
#include "region/region_pool.h"
#include "render/markdown.h"
#include "render/rate_text.h"
#include "rerate/bands.h"
#include "rerate/region.h"
#include "rerate/render.h"

namespace rerate {

namespace {

class RegionTextRenderer {
 public:
  RegionTextRenderer(const RegionResult& result, bool markdown)
      : r_(result), m_(*result.pdu_methodology), md_(markdown) {}

  std::string Render() {
    Header();
    PduTable();
    PduWarnings();
    if (r_.explained) PduExplanations();
    Pooled();
    if (r_.breakdown) Breakdown();
    if (r_.methodology) Pools();
    if (r_.evaluation) Regional();
    return out_;
  }

 private:
  void Line(const std::string& text = "") { out_ += TrimEnd(text) + "\n"; }
  void Title(const std::string& text) {
    Line(md_ ? "### " + text : text);
    if (md_) Line();
  }
  std::string Bullet() const { return md_ ? "- " : "  "; }
  const std::string& Name(int pdu) const { return r_.pdus[pdu].evaluation.inspection; }

  void Header() {
    Line(md_ ? "## " + r_.name : r_.name);
    if (md_) Line();
    Line(Bullet() + "file: " + r_.file);
    if (!r_.fieldwork.empty()) Line(Bullet() + "fieldwork: " + r_.fieldwork);
    if (!r_.source.empty()) Line(Bullet() + "source: " + r_.source);
    Line(Bullet() + "PDU methodology: " + m_.name + " (" + m_.file + ")");
    Line(Bullet() + "regional methodology: " +
         (r_.methodology ? r_.methodology->name + " (" + r_.methodology->file + ")" : "none: pooled results only"));
    Line(Bullet() + Plural(static_cast<std::int64_t>(r_.pdus.size()), "PDU") + ", " +
         Plural(r_.Cases(), "case") + " read from their case data");
    Line();
  }

  std::string Cell(const StandardResult& result) const {
    return result.status == StandardStatus::kNotRated ? m_.scale.not_rated_label : RatingText(m_, result.rating);
  }

  // One row per standard, one column per PDU, as a regional annexe prints it.
  void PduTable() {
    Title("PDU ratings (each PDU rated by rerate from its own data)");
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header = {"Standard"};
    for (const RegionPdu& pdu : r_.pdus) header.push_back(pdu.evaluation.inspection);
    rows.push_back(header);
    for (size_t s = 0; s < m_.standards.size(); ++s) {
      if (m_.standards[s].reported_only) continue;
      std::vector<std::string> row = {StandardLabel(m_, static_cast<int>(s))};
      for (const RegionPdu& pdu : r_.pdus) row.push_back(Cell(pdu.evaluation.standards[s]));
      rows.push_back(row);
    }
    std::vector<std::string> score = {"Score"};
    std::vector<std::string> overall = {"Overall rating"};
    for (const RegionPdu& pdu : r_.pdus) {
      score.push_back(OutOf(pdu.evaluation.score, pdu.evaluation.max));
      overall.push_back(RatingText(m_, pdu.evaluation.overall));
    }
    rows.push_back(score);
    rows.push_back(overall);
    Table(rows);
    Line();
  }

  void Table(const std::vector<std::vector<std::string>>& rows) {
    if (md_) {
      Line(MarkdownRow(rows.front()));
      std::string rule = "|";
      for (size_t c = 0; c < rows.front().size(); ++c) rule += "---|";
      Line(rule);
      for (size_t i = 1; i < rows.size(); ++i) Line(MarkdownRow(rows[i]));
      return;
    }
    std::vector<size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
      for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
    }
    for (const auto& row : rows) {
      std::string line = " ";
      for (size_t c = 0; c < row.size(); ++c) line += " " + fmt::format("{:<{}}", row[c], widths[c]) + " ";
      Line(line);
    }
  }

  // What each PDU's own rating warns about (a departure without a reason,
  // a printed figure on a band edge): shown here as `rate` shows it.
  void PduWarnings() {
    bool any = false;
    for (const RegionPdu& pdu : r_.pdus) {
      for (const Warning& warning : pdu.evaluation.warnings) {
        if (!any) Title("PDU warnings");
        any = true;
        Line(Bullet() + pdu.evaluation.inspection + ": " + warning.where.ToString() + ": " + warning.message);
      }
    }
    if (any) Line();
  }

  void PduExplanations() {
    Title("How each PDU's score and overall rating follow (rerate rate --explain on a PDU gives every step)");
    for (const RegionPdu& pdu : r_.pdus) {
      for (const TraceStep& step : pdu.trace) {
        if (step.subject != "score" && step.subject != "overall") continue;
        Line(Bullet() + pdu.evaluation.inspection + ", " + step.subject + " (" + step.rule + "): " + step.message);
      }
    }
    Line();
  }

  std::string PduValue(int pdu, int key_question) const {
    const KqResult& kq = r_.pdus[pdu].evaluation.ForKq(key_question);
    if (!kq.HasResult()) return Name(pdu) + " none";
    if (kq.source == KqSource::kPercent) return Name(pdu) + " printed " + std::to_string(kq.percent) + "%";
    return Name(pdu) + " " + std::to_string(kq.percent) + "% (" + OutOf(kq.yes, kq.relevant) + ")";
  }

  std::string Spread(const PooledResult& kq) const {
    if (kq.lowest < 0) return "no PDU has data";
    std::string text = std::to_string(kq.pdus) + " of " + std::to_string(r_.pdus.size()) + " PDUs; lowest " +
                       PduValue(kq.lowest, kq.key_question) + ", highest " + PduValue(kq.highest, kq.key_question);
    if (!kq.printed_only.empty()) {
      std::vector<std::string> names;
      for (int pdu : kq.printed_only) names.push_back(Name(pdu));
      text += "; counts unknown: " + AllOf(names) + Agree(names.size(), " gives", " give") + " a printed figure only";
    }
    return text;
  }

  void Pooled() {
    Title("Pooled key questions (yes/relevant summed over every PDU's cases; reported, never rated)");
    if (md_) Line("| Key question | Yes | Relevant | % | Spread |\n|---|---|---|---|---|");
    int standard = -1;
    for (const PooledResult& kq : r_.pooled) {
      const KeyQuestion& question = m_.key_questions[kq.key_question];
      if (question.standard != standard && !md_) Line("  " + StandardLabel(m_, question.standard));
      standard = question.standard;
      const std::string yes = kq.HasCounts() ? std::to_string(kq.yes) : "-";
      const std::string relevant = kq.HasCounts() ? std::to_string(kq.relevant) : "-";
      const std::string percent =
          kq.HasCounts() ? std::to_string(PrintedPercent(kq.yes, kq.relevant, m_.banding.rounding)) + "%" : "-";
      if (md_) {
        Line(MarkdownRow({question.id, yes, relevant, percent, Spread(kq)}));
      } else {
        Line(fmt::format("    {:<8} {:>9} {:>5}  {}", question.id, kq.HasCounts() ? OutOf(kq.yes, kq.relevant) : "-",
                         percent, Spread(kq)));
      }
      if (r_.explained && kq.pdus > 0) ByPdu(kq);
      for (const PooledPrompt& prompt : r_.prompts) {
        if (prompt.key_question == kq.key_question) PromptLine(prompt);
      }
    }
    Line();
  }

  void ByPdu(const PooledResult& kq) {
    std::string parts;
    for (size_t i = 0; i < r_.pdus.size(); ++i) {
      const KqResult& result = r_.pdus[i].evaluation.ForKq(kq.key_question);
      const std::string value = !result.HasResult()               ? "none"
                                : result.source == KqSource::kPercent ? "printed " + std::to_string(result.percent) + "%"
                                                                      : OutOf(result.yes, result.relevant);
      parts += (parts.empty() ? "" : " + ") + Name(static_cast<int>(i)) + " " + value;
    }
    const std::string text = "by PDU: " + parts + (kq.HasCounts() ? " = " + OutOf(kq.yes, kq.relevant) : "");
    Line(md_ ? MarkdownRow({"", "", "", "", text}) : "             " + text);
  }

  void PromptLine(const PooledPrompt& prompt) {
    const std::string percent =
        prompt.relevant > 0 ? std::to_string(PrintedPercent(prompt.yes, prompt.relevant, m_.banding.rounding)) + "%" : "-";
    const std::string note = "prompt, never rated; " + Plural(prompt.pdus, "PDU") + " with its answers";
    if (md_) {
      Line(MarkdownRow({prompt.id, std::to_string(prompt.yes), std::to_string(prompt.relevant), percent, note}));
    } else {
      Line(fmt::format("      {:<8} {:>7} {:>5}  {}", prompt.id, OutOf(prompt.yes, prompt.relevant), percent, note));
    }
  }

  void Breakdown() {
    const RegionBreakdown& breakdown = *r_.breakdown;
    out_ += RenderBreakdown(r_.pdus[breakdown.pdus_included.front()].evaluation, breakdown.pooled, md_);
    std::vector<std::string> included;
    for (int pdu : breakdown.pdus_included) included.push_back(Name(pdu));
    Line(Bullet() + "summed over " + AllOf(included));
    if (!breakdown.pdus_without.empty()) {
      std::vector<std::string> without;
      for (int pdu : breakdown.pdus_without) {
        without.push_back(Name(pdu) + (r_.pdus[pdu].evidence.cases ? " (no " + breakdown.pooled.attribute + " column)"
                                                                   : " (no case data)"));
      }
      Line(Bullet() + "not in the breakdown: " + AllOf(without));
    }
    Line();
  }

  void Pools() {
    const Methodology& regional = *r_.methodology;
    Title("Pools: the regional key questions from the PDUs' data (" + regional.name + ")");
    for (const PoolResult& pool : r_.pools) {
      const Pool& rule = regional.pooling.pools[pool.pool];
      const std::string& id = regional.key_questions[rule.key_question].id;
      Line(md_ ? "- " + id + " `" + rule.rule.id + "`: " + PoolSummary(r_, pool)
               : fmt::format("  {:<8} {}: {}", id, rule.rule.id, PoolSummary(r_, pool)));
    }
    Line();
  }

  // The region rated as `rate` prints an inspection: its own block, headed
  // by the region's name, under a line that says what it is.
  void Regional() {
    Line("Regional ratings under " + r_.methodology->name + ", as rerate rate prints an inspection's:");
    Line();
    RateOutput output{&*r_.evaluation, r_.explained ? &r_.trace : nullptr, nullptr};
    out_ += RenderRate(output, md_ ? Format::kMarkdown : Format::kText);
  }

  const RegionResult& r_;
  const Methodology& m_;
  bool md_;
  std::string out_;
};

}  // namespace

std::string RenderRegion(const RegionResult& result, Format format) {
  if (format == Format::kJson) return RegionJson(result).Dump();
  return RegionTextRenderer(result, format == Format::kMarkdown).Render();
}

}  // namespace rerate
