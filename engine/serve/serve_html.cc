// `rate --format html`: the workbench's view of an inspection as one file
// that reads without a script (the styles of web/rerate.css inlined): the
// ratings with the rules behind them in words, the key-question chart over
// the methodology's band edges, fragile ratings marked, the rules that
// changed something.  web/app.js draws the same view from the API's JSON.
#include <algorithm>
#include <map>

#include "base/text.h"
#include "base/xml.h"
#include "model/names.h"
#include "model/rule_text.h"
#include "render/rate_text.h"
#include "rerate/bands.h"
#include "rerate/serve.h"
#include "rerate/target.h"
#include "serve/web_assets.h"

namespace rerate {

namespace {

// A margin of one or two answers (losing one or two yes answers drops the
// rating) is fragile; app.js marks the same margins.
constexpr int kFragileBelow = 2;

std::string Esc(std::string_view text) { return XmlEscape(text); }

std::string RatingSpan(const Methodology& m, const std::optional<Rating>& rating, const std::string& none) {
  if (!rating) return "<span class=\"rating none\">" + Esc(none) + "</span>";
  return "<span class=\"rating r-" + std::to_string(rating->level) + "\">" + Esc(m.RatingName(*rating)) + "</span>";
}

std::string RuleChip(const std::string& id) { return "<span class=\"rule-id\">" + Esc(id) + "</span>"; }

std::string FragileFlag(std::optional<int> can_lose) {
  if (!can_lose || *can_lose >= kFragileBelow) return "";
  const int drop = *can_lose + 1;
  return " <span class=\"flag fragile\">fragile: " + Plural(drop, "fewer yes answer", "fewer yes answers") + " " +
         Agree(drop, "drops", "drop") + " it</span>";
}

class HtmlView {
 public:
  explicit HtmlView(const RateOutput& output)
      : e_(*output.evaluation), m_(*e_.methodology), margins_(Margins(e_)) {
    for (const auto& [id, description] : RuleDescriptions(m_)) rules_[id] = description;
  }

  std::string Render() {
    out_ += "<section class=\"inspection\">\n";
    Head();
    Ratings();
    Chart();
    Events();
    Warnings();
    Glossary();
    out_ += "</section>\n";
    return out_;
  }

 private:
  void Head() {
    out_ += "<h2>" + Esc(e_.inspection) + "</h2>\n<p class=\"meta\">methodology " + Esc(m_.name) +
            (m_.title.empty() ? "" : " (" + Esc(m_.title) + ")");
    if (!e_.fieldwork.empty()) out_ += " &middot; fieldwork " + Esc(e_.fieldwork);
    if (!e_.cases_file.empty()) out_ += " &middot; " + Plural(e_.cases, "case") + " read from " + Esc(e_.cases_file);
    out_ += "<br>" + Esc(e_.file) + "</p>\n";
    out_ += "<div class=\"card headline\"><span>Score <span class=\"big\">" + OutOf(e_.score, e_.max) +
            "</span></span><span>Overall rating " + RatingSpan(m_, e_.overall, m_.scale.not_rated_label) +
            "</span></div>\n";
  }

  std::string StatusSpan(const StandardResult& result) const {
    if (result.status == StandardStatus::kReportedOnly) return RatingSpan(m_, std::nullopt, "reported, not rated");
    if (result.status == StandardStatus::kNotRated) return RatingSpan(m_, std::nullopt, m_.scale.not_rated_label);
    return RatingSpan(m_, result.rating, m_.scale.not_rated_label);
  }

  // The rules that decided a standard's rating (described under the table).
  std::string Why(const StandardResult& result) {
    std::string why;
    if (result.status == StandardStatus::kRated && result.rating != result.computed) {
      const bool judged = m_.standards[result.standard].basis == StandardBasis::kJudgement;
      why += "<div>" + std::string(judged ? "judged " : "computed ") + Esc(RatingText(m_, result.computed)) + "</div>";
    }
    for (std::string_view applied : result.applied) {
      const std::string rule(applied);
      why += RuleChip(rule);
      if (std::find(named_.begin(), named_.end(), rule) == named_.end()) named_.push_back(rule);
    }
    return why;
  }

  // Each rule id named in the table, with its description.
  std::string RulesNamed() const {
    std::string legend = "<dl class=\"rules legend\">";
    for (const std::string& id : named_) {
      const auto found = rules_.find(id);
      legend += "<dt>" + RuleChip(id) + "</dt><dd>" + Esc(found == rules_.end() ? "" : found->second) + "</dd>";
    }
    return legend + "</dl>\n";
  }

  void Ratings() {
    out_ += "<div class=\"card\"><h3>Ratings</h3>\n<div class=\"scroll\"><table class=\"ratings\"><thead><tr><th>Standard</th><th>Rating</th>"
            "<th class=\"num\">Points</th><th>Rules that decided it</th></tr></thead><tbody>\n";
    int domain = -1;
    for (const StandardResult& result : e_.standards) {
      const Standard& standard = m_.standards[result.standard];
      if (standard.domain != domain) {
        domain = standard.domain;
        out_ += "<tr class=\"domain\"><th colspan=\"4\">" + Esc(m_.domains[domain].id + ". " + m_.domains[domain].name) +
                "</th></tr>\n";
      }
      const std::string points = result.status == StandardStatus::kRated ? std::to_string(result.points) : "&ndash;";
      out_ += "<tr><td>" + Esc(StandardLabel(m_, result.standard)) + "</td><td>" + StatusSpan(result) +
              "</td><td class=\"num\">" + points + "</td><td class=\"why chips\">" + Why(result) + "</td></tr>\n";
    }
    out_ += "</tbody></table></div>\n" + RulesNamed() + "</div>\n";
  }

  std::string Bands() const {
    std::string bands;
    for (const KqBand& band : m_.banding.bands) {
      const std::string from = FractionText(band.from);
      const std::string below = band.below ? FractionText(*band.below) : "100";
      bands += "<span class=\"band r-" + std::to_string(band.rating.level) + "\" style=\"left:" + from +
               "%;width:calc(" + below + "% - " + from + "%)\"></span>";
      if (band.from.numerator != 0) bands += "<span class=\"edge\" style=\"left:" + from + "%\"></span>";
    }
    return bands;
  }

  void Legend() {
    out_ += "<div class=\"chart-legend\">";
    for (const KqBand& band : m_.banding.bands) {
      out_ += "<span><span class=\"swatch r-" + std::to_string(band.rating.level) + "\"></span>" +
              Esc(m_.RatingName(band.rating)) + ": " + Esc(BandRangeText(band)) + "</span>";
    }
    out_ += "<span>&#9660; lowest key question (drives the rating)</span></div>\n";
  }

  void KqRow(const KqResult& kq, const KqMargin* margin) {
    const KeyQuestion& question = m_.key_questions[kq.key_question];
    const bool counts = kq.source == KqSource::kCases || kq.source == KqSource::kCounts;
    const bool fragile = margin != nullptr && margin->can_lose && *margin->can_lose < kFragileBelow;
    out_ += std::string("<div class=\"kq") + (kq.lowest ? " lowest" : "") + (fragile ? " fragile" : "") + "\">";
    out_ += "<span class=\"kq-id\">" + Esc(question.id) + "</span><div class=\"bar\">" + bands_;
    if (kq.HasResult()) out_ += "<span class=\"fill\" style=\"width:" + std::to_string(kq.percent) + "%\"></span>";
    out_ += std::string("</div><span class=\"kq-n\"") +
            (fragile ? " title=\"fragile: " + Plural(*margin->can_lose + 1, "fewer yes answer", "fewer yes answers") + " " +
                           Agree(*margin->can_lose + 1, "drops", "drop") + " its band\"" : "") + ">" + (counts ? OutOf(kq.yes, kq.relevant) + " &middot; " : std::string()) +
            (kq.HasResult() ? std::to_string(kq.percent) + "%" : "no data") + "</span><span class=\"kq-band\">" +
            (kq.band ? RatingSpan(m_, kq.band, "") : RatingSpan(m_, std::nullopt, kq.HasResult() ? "not rated" : "no result")) +
            "</span><span class=\"kq-text\">" + Esc(question.text);
    if (kq.source == KqSource::kPercent) out_ += " <span class=\"flag\">printed figure only</span>";
    if (kq.rounding_sensitive) out_ += " <span class=\"flag\">rounding-sensitive</span>";
    if (kq.edge_unknown) out_ += " <span class=\"flag\">on a band edge: exact band unknown</span>";
    out_ += "</span></div>\n";
  }

  void Chart() {
    bands_ = Bands();
    out_ += "<div class=\"card\"><h3>Key questions</h3>\n";
    Legend();
    for (const StandardResult& result : e_.standards) {
      if (result.key_questions.empty()) continue;
      const StandardMargin* margin = nullptr;
      for (const StandardMargin& candidate : margins_) {
        if (candidate.standard == result.standard) margin = &candidate;
      }
      out_ += "<div class=\"standard-head\"><h4>" + Esc(StandardLabel(m_, result.standard)) + "</h4>" +
              StatusSpan(result) + (margin != nullptr ? FragileFlag(margin->can_lose) : "") + "</div>\n";
      for (size_t i = 0; i < result.key_questions.size(); ++i) {
        const KqMargin* kq_margin = margin != nullptr && i < margin->key_questions.size() ? &margin->key_questions[i] : nullptr;
        KqRow(result.key_questions[i], kq_margin);
      }
    }
    out_ += "</div>\n";
  }

  void Events() {
    if (e_.events.empty()) return;
    out_ += "<div class=\"card\"><h3>Rules that changed a rating or were departed from</h3><ul class=\"plain\">\n";
    for (const RuleEvent& event : e_.events) {
      const auto found = rules_.find(event.rule);
      out_ += "<li>" + RuleChip(event.rule) + " " + Esc(found == rules_.end() ? "" : found->second) + "<br>" +
              Esc(EventText(m_, event)) + "</li>\n";
    }
    out_ += "</ul></div>\n";
  }

  void Warnings() {
    if (e_.warnings.empty()) return;
    out_ += "<div class=\"card\"><h3>Warnings</h3><ul class=\"plain\">\n";
    for (const Warning& warning : e_.warnings) {
      out_ += "<li>" + RuleChip(warning.rule) + " " + Esc(warning.message) + " <span class=\"muted\">" +
              Esc(warning.where.ToString()) + "</span></li>\n";
    }
    out_ += "</ul></div>\n";
  }

  void Glossary() {
    out_ += "<div class=\"card\"><details open><summary>The rules of " + Esc(m_.name) + "</summary><dl class=\"rules\">\n";
    for (const auto& [id, description] : RuleDescriptions(m_)) {
      out_ += "<dt>" + RuleChip(id) + "</dt><dd>" + Esc(description) + "</dd>\n";
    }
    out_ += "</dl></details></div>\n";
  }

  const Evaluation& e_;
  const Methodology& m_;
  std::vector<StandardMargin> margins_;
  std::vector<std::string> named_;  // rule ids the ratings table names, in order
  std::map<std::string, std::string> rules_;
  std::string bands_;
  std::string out_;
};

std::string PageHead(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         Esc(title) + ": ratings (rerate)</title>\n<style>\n" + std::string(WebAssetBytes("/rerate.css")) +
         "</style>\n</head>\n<body class=\"report\">\n<main>\n";
}

constexpr const char* kPageEnd = "<p class=\"muted\">Written by rerate rate --format html.</p>\n</main>\n</body>\n</html>\n";

}  // namespace

RatePart RenderRateHtmlPart(const RateOutput& output) {
  const Evaluation& e = *output.evaluation;
  RatePart part;
  part.row = RateSummaryRow{e.inspection, e.file, e.methodology->name, e.score, e.max,
                            RatingText(*e.methodology, e.overall), e.overall.has_value()};
  part.text = HtmlView(output).Render();
  return part;
}

std::string RateHtmlWriter::Add(RatePart part) {
  rows_.push_back(std::move(part.row));
  return (rows_.size() == 1 ? PageHead("Inspections") : "") + part.text;
}

std::string RateHtmlWriter::Finish() const {
  if (rows_.empty()) return "";
  std::string out = "<section class=\"inspection\"><h2>Summary</h2><div class=\"scroll\"><table><thead><tr>"
                    "<th>Inspection</th><th class=\"num\">Score</th><th>Overall</th></tr></thead><tbody>\n";
  for (const RateSummaryRow& row : rows_) {
    out += "<tr><td>" + Esc(row.inspection) + "<br><span class=\"muted\">" + Esc(row.file) +
           "</span></td><td class=\"num\">" + OutOf(row.score, row.max) + "</td><td>" + Esc(row.overall) + "</td></tr>\n";
  }
  return out + "</tbody></table></div></section>\n" + kPageEnd;
}

std::string RenderRateHtml(const std::vector<RateOutput>& outputs) {
  if (outputs.size() == 1) return PageHead(outputs.front().evaluation->inspection) + HtmlView(outputs.front()).Render() + kPageEnd;
  RateHtmlWriter writer;
  std::string out;
  for (const RateOutput& output : outputs) out += writer.Add(RenderRateHtmlPart(output));
  return out + writer.Finish();
}

}  // namespace rerate
