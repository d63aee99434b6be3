// `target --margin` and `--pivotal` as text and markdown.
#include "target/target_render_parts.h"

#include <fmt/format.h>

#include "base/text.h"
#include "model/names.h"
#include "render/markdown.h"
#include "render/wording.h"
#include "rerate/bands.h"
#include "target/target_render.h"

namespace rerate {

namespace {

template <class Count>
std::string Number(const std::optional<Count>& value) {
  return value ? std::to_string(*value) : "-";
}

std::string KqNowText(const Methodology& m, const KqMargin& kq) {
  if (!kq.counts_known) return "printed " + std::to_string(kq.percent) + "% " + RatingText(m, kq.band);
  return OutOf(kq.yes, kq.relevant) + " " +
         std::to_string(PrintedPercent(kq.yes, kq.relevant, m.banding.rounding)) + "% " + RatingText(m, kq.band);
}

std::string CanLoseText(const Methodology& m, const StandardMargin& margin) {
  if (!margin.counts_known) return "unknown";
  if (!margin.can_lose) return "-";
  std::vector<std::string> ids;
  for (int q : margin.first_to_drop) ids.push_back(m.key_questions[q].id);
  return std::to_string(*margin.can_lose) + " (" + OneOf(ids) + ")";
}

std::string ToRiseText(const Methodology& m, const StandardMargin& margin) {
  if (!margin.counts_known) return "unknown";
  if (!margin.computed || *margin.computed >= m.Highest()) return "-";
  if (!margin.to_rise) return "out of reach";
  std::vector<std::string> steps;
  for (const auto& [q, more] : margin.rise_steps) steps.push_back(m.key_questions[q].id + " +" + std::to_string(more));
  return std::to_string(*margin.to_rise) + " (" + AllOf(steps) + ")";
}

std::string Flag(const StandardMargin& margin) {
  if (margin.can_lose && *margin.can_lose == 0) return "fragile: one fewer yes drops it";
  return "";
}

}  // namespace

std::string RenderMargins(const Methodology& m, const std::vector<StandardMargin>& margins, bool markdown, bool words) {
  std::string out = markdown ? "### Margins\n\n" : "Margins\n";
  out += markdown ? "" : "  yes answers each rating can lose and keep its band, and more it needs to rise one band\n";
  if (markdown) {
    out += "Yes answers each rating can lose and keep its band, and more it needs to rise one band.\n\n"
           "| Standard or key question | Now | Can lose | To rise | |\n|---|---|---|---|---|\n";
  } else {
    out += fmt::format("  {:<32} {:<32} {:<12} {}\n", "Standard / key question", "Now", "Can lose", "To rise");
  }
  for (const StandardMargin& margin : margins) {
    const std::string label = StandardLabel(m, margin.standard);
    const std::string rating = RatingText(m, margin.computed);
    if (markdown) {
      const std::string flag = Flag(margin);
      out += MarkdownRow({"**" + label + "**", rating, CanLoseText(m, margin), ToRiseText(m, margin), flag}) + "\n";
    } else {
      const std::string line = fmt::format("  {:<32} {:<32} {:<12} {}   {}", label, rating, CanLoseText(m, margin),
                                           ToRiseText(m, margin), Flag(margin));
      out += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
    }
    for (const KqMargin& kq : margin.key_questions) {
      const std::string& id = m.key_questions[kq.key_question].id;
      if (markdown) {
        const std::string cell = words ? id + " " + QuestionText(m, id) : id;
        out += MarkdownRow({cell, KqNowText(m, kq), Number(kq.can_lose), Number(kq.to_rise), ""}) + "\n";
      } else {
        const std::string line = fmt::format("    {:<30} {:<32} {:<12} {}", id, KqNowText(m, kq),
                                             kq.counts_known ? Number(kq.can_lose) : "unknown",
                                             kq.counts_known ? Number(kq.to_rise) : "unknown");
        out += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
        if (words) out += IndentedText(QuestionText(m, id), "      ");
      }
    }
  }
  out += markdown ? "\n" : "";
  out += std::string(markdown ? "" : "  ") +
         "Margins are on each standard's rating from its key questions (before discretion and limits); \"-\" is "
         "the lowest or highest band.\n\n";
  return out;
}

std::string RenderPivotal(const Evaluation& now, const std::vector<PivotalAnswer>& pivotal, bool markdown, bool words) {
  const Methodology& m = *now.methodology;
  std::string out = markdown ? "### Pivotal answers\n\n" : "Pivotal answers\n";
  out += std::string(markdown ? "" : "  ") + "single case answers that would change a rating on their own\n";
  if (markdown) out += "\n";
  if (pivotal.empty()) out += std::string(markdown ? "- " : "  ") + "none: no single answer changes a rating\n";
  for (const PivotalAnswer& answer : pivotal) {
    std::vector<std::string> effects;
    for (const auto& [s, ratings] : answer.ratings) {
      effects.push_back(StandardLabel(m, s) + " " + RatingText(m, ratings.first) + " -> " + RatingText(m, ratings.second));
    }
    std::string effect;
    for (const std::string& item : effects) effect += item + "; ";
    effect += "score " + OutOf(answer.score_after, answer.max_after) + ", overall " +
              RatingText(m, answer.overall_after);
    const std::string head = m.key_questions[answer.key_question].id + " " + AnswerName(answer.from) + " -> " +
                             AnswerName(answer.to) + ", any one of " + CasesText(answer.cases, answer.cases.size()) + " (" +
                             std::to_string(answer.cases.size()) + Agree(answer.cases.size(), " case)", " cases)");
    const std::string& asks = m.key_questions[answer.key_question].text;
    if (markdown) {
      out += "- " + head + ": " + effect + "\n";
      if (words && !asks.empty()) out += "  - " + m.key_questions[answer.key_question].id + ": " + asks + "\n";
    } else {
      out += "  " + head + "\n";
      if (words) out += IndentedText(asks, "    ");
      out += "      " + effect + "\n";
    }
  }
  return out + "\n";
}

}  // namespace rerate
