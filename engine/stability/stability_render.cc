// `stability` as text and Markdown: the share of each rating per standard
// and overall, the same in words, then the key questions' intervals.
#include "stability/stability_render.h"

#include <algorithm>
#include <fmt/format.h>

#include "base/text.h"
#include "model/names.h"
#include "render/markdown.h"
#include "stability/stability_json.h"
#include "stability/stability_words.h"

namespace rerate {

namespace {

class StabilityPrinter {
 public:
  StabilityPrinter(const StabilityResult& result, bool markdown)
      : r_(result), m_(*result.methodology), md_(markdown) {}

  std::string Render() {
    Header();
    Ratings();
    Words();
    KeyQuestions();
    Notes();
    return out_;
  }

 private:
  void Line(const std::string& text = "") { out_ += TrimEnd(text) + "\n"; }
  void Title(const std::string& text) { Line(md_ ? "### " + text + "\n" : text); }
  std::string Bullet() const { return md_ ? "- " : "  "; }

  void Header() {
    const std::string title = r_.inspection + ": how sure each rating is";
    Line(md_ ? "## " + title + "\n" : title);
    std::vector<std::string> facts = {"methodology: " + m_.name + " (" + m_.file + ")"};
    if (!r_.cases_file.empty()) facts.push_back("cases: " + std::to_string(r_.cases) + " read from " + r_.cases_file);
    facts.push_back("method: " + MethodText(r_));
    if (r_.method == StabilityMethod::kCases) {
      facts.push_back("rated: " + Plural(r_.combinations, "distinct combination") +
                      " of case-standard ratings, each once through the rules");
    }
    for (const std::string& fact : facts) Line(Bullet() + fact);
    Line();
  }

  // "71.3% *^": the share, marked when it is the computed or published rating.
  std::string Cell(const RatingShares& shares, std::optional<Rating> rating, const std::optional<Rating>& computed,
                   const std::optional<Rating>& published, bool printed) const {
    std::string marks;
    if (rating && computed == rating) marks += "*";
    if (rating && printed && published == rating) marks += "^";
    const std::string share = ShareText(shares.Of(rating));
    return marks.empty() ? share : share + " " + marks;
  }

  std::vector<std::string> Cells(const RatingShares& shares, const std::optional<Rating>& computed,
                                 const std::optional<Rating>& published, bool printed) const {
    std::vector<std::string> cells;
    for (size_t level = 0; level < m_.scale.levels.size(); ++level) {
      cells.push_back(Cell(shares, Rating{static_cast<int>(level)}, computed, published, printed));
    }
    cells.push_back(Cell(shares, std::nullopt, computed, published, printed));
    return cells;
  }

  void Row(const std::string& id, const std::string& name, const std::vector<std::string>& cells) {
    if (md_) {
      std::vector<std::string> row = {(id.empty() ? "" : id + " ") + name};
      row.insert(row.end(), cells.begin(), cells.end());
      Line(MarkdownRow(row));
      return;
    }
    const std::string label = id.empty() ? name : fmt::format("{:<5} {}", id, name);
    std::string line = fmt::format("  {:<34}", label);
    for (size_t i = 0; i < cells.size(); ++i) line += fmt::format("  {:<{}}", cells[i], widths_[i]);
    Line(line);
  }

  void Ratings() {
    Title(std::string("Share of ") + SampleNoun(r_) + " giving each rating (* computed" +
          (r_.has_published ? ", ^ published)" : ")"));
    std::vector<std::string> header;
    for (const ScaleLevel& level : m_.scale.levels) header.push_back(level.name);
    header.emplace_back("no data");
    for (const std::string& name : header) widths_.push_back(std::max<size_t>(name.size(), 9));
    if (md_) {
      std::vector<std::string> row = {"Standard"};
      row.insert(row.end(), header.begin(), header.end());
      Line(MarkdownRow(row));
      std::string rule = "|---|";
      for (size_t i = 0; i < header.size(); ++i) rule += "---|";
      Line(rule);
    } else {
      Row("", "", header);
    }
    Row("", "Overall", Cells(r_.overall, r_.overall_computed, r_.overall_published, r_.has_published));
    for (const StandardStability& standard : r_.standards) {
      const Standard& rules_standard = m_.standards[standard.standard];
      if (standard.status == StandardStatus::kNotRated) {
        Row(rules_standard.id, rules_standard.name, {m_.scale.not_rated_label + ", as recorded"});
        continue;
      }
      Row(rules_standard.id, rules_standard.name,
          Cells(standard.shares, standard.computed, standard.published, standard.printed));
    }
    Line();
  }

  void Words() {
    Title("In words");
    Line(Bullet() + "Overall: " + SharesSentence(r_, r_.overall) + ".");
    for (const StandardStability& standard : r_.standards) Line(Bullet() + StandardSentence(r_, standard));
    Line();
  }

  void KeyQuestions() {
    Title("Key questions: " + ConfidencePercent(r_.confidence) + " Clopper-Pearson intervals and the bands they reach");
    if (md_) {
      Line("| Key question | Yes/relevant | % | Interval | Bands |");
      Line("|---|---|---|---|---|");
    }
    for (const KqStability& kq : r_.key_questions) {
      const std::string& id = m_.key_questions[kq.key_question].id;
      const bool reported = m_.standards[m_.key_questions[kq.key_question].standard].reported_only;
      std::string counts = "-";
      std::string interval = "none (no n)";
      std::string bands = reported ? "reported, never rated" : BandsText(m_, kq.bands);
      if (kq.counts_known) {
        counts = OutOf(kq.yes, kq.relevant);
        interval = fmt::format("{:.1f}% to {:.1f}%", 100 * kq.low, 100 * kq.high);
      } else if (!reported) {
        bands = "held at " + bands + " (printed figure only)";
      }
      if (kq.drawn_binomially) bands += " (counts only: drawn binomially)";
      const std::string percent = std::to_string(kq.percent) + "%";
      if (md_) {
        Line(MarkdownRow({id, counts, percent, interval, bands}));
      } else {
        Line(fmt::format("  {:<8} {:>7} {:>5}  {:<16}  {}", id, counts, percent, interval, bands));
      }
    }
    Line();
  }

  void Notes() {
    const std::vector<std::string> notes = StabilityNotes(r_);
    if (notes.empty()) return;
    Title("Notes");
    for (const std::string& note : notes) Line(Bullet() + note);
    Line();
  }

  const StabilityResult& r_;
  const Methodology& m_;
  bool md_;
  std::vector<size_t> widths_;
  std::string out_;
};

}  // namespace

std::string RenderStabilityText(const StabilityResult& result, bool markdown) {
  return StabilityPrinter(result, markdown).Render();
}

std::string RenderStabilitySummaryText(const std::vector<StabilityResult>& results, bool markdown) {
  std::vector<std::vector<std::string>> rows;
  for (const StabilityResult& result : results) {
    const Methodology& m = *result.methodology;
    const StandardStability* least = LeastStable(result);
    rows.push_back({result.inspection, StabilityMethodName(result.method), RatingText(m, result.overall_computed),
                    ShareText(result.overall.Of(result.overall_computed)),
                    least == nullptr ? "-" : StandardLabel(m, least->standard) + " " + ShareText(least->shares.Of(least->computed)),
                    result.file});
  }
  const std::vector<std::string> header = {"Inspection", "Method", "Overall", "Share", "Least stable", "File"};
  if (markdown) {
    std::string out = "## Summary\n\n" + MarkdownRow(header) + "\n|---|---|---|---|---|---|\n";
    for (const std::vector<std::string>& row : rows) out += MarkdownRow(row) + "\n";
    return out;
  }
  std::vector<size_t> widths;
  for (const std::string& title : header) widths.push_back(title.size());
  for (const std::vector<std::string>& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
  }
  std::string out = "Summary\n";
  rows.insert(rows.begin(), header);
  for (const std::vector<std::string>& row : rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {  // the share right-aligned
      line += i == 3 ? fmt::format("  {:>{}}", row[i], widths[i]) : fmt::format("  {:<{}}", row[i], widths[i]);
    }
    out += TrimEnd(line) + "\n";
  }
  return out;
}

std::string RenderStability(const StabilityResult& result, Format format) {
  if (format == Format::kJson) return StabilityJson(result).Dump();
  return RenderStabilityText(result, format == Format::kMarkdown);
}

std::string RenderStabilityMany(const std::vector<StabilityResult>& results, Format format,
                                const std::vector<FailedFile>& failed) {
  if (format == Format::kJson) return StabilityManyJson(results, failed).Dump();
  std::string out;
  for (const StabilityResult& result : results) out += RenderStabilityText(result, format == Format::kMarkdown);
  return out + RenderStabilitySummaryText(results, format == Format::kMarkdown);
}

}  // namespace rerate
