#include "stability/stability_words.h"

#include <algorithm>
#include <fmt/format.h>

#include "base/text.h"
#include "model/names.h"

namespace rerate {

std::string ShareText(double share) {
  if (share <= 0) return "-";
  if (share >= 1) return "100%";
  if (share < 0.0005) return "<0.1%";
  if (share > 0.9995) return ">99.9%";
  return fmt::format("{:.1f}%", 100 * share);
}

std::string ConfidencePercent(const Confidence& confidence) {
  std::string places = confidence.text.substr(confidence.text.find('.') + 1);  // "95", "975", "9"
  while (places.size() < 2) places += '0';
  std::string percent = places.substr(0, 2);
  if (percent.front() == '0') percent.erase(0, 1);
  if (places.size() > 2) percent += "." + places.substr(2);
  return percent + "%";
}

const char* SampleNoun(const StabilityResult& result) {
  return result.method == StabilityMethod::kCases ? "resamples" : "samples";
}

std::string MethodText(const StabilityResult& result) {
  if (result.method == StabilityMethod::kCases) {
    return "case bootstrap: " + std::to_string(result.resamples) + " resamples of " + Plural(result.cases, "case") +
           " drawn with replacement, each case with all its answers (seed " + std::to_string(result.seed) + ")";
  }
  const bool moves = std::any_of(result.standards.begin(), result.standards.end(),
                                 [](const StandardStability& standard) { return standard.resampled; });
  if (!moves) return "exact: no rated key question has counts, so nothing can move (1 combination of ratings)";
  return "exact: each key question's yes count binomial(n, k/n), independently; every combination of "
         "case-standard ratings that can occur rated through the rules (" +
         Plural(result.combinations, "combination") + ")";
}

std::string SharesSentence(const StabilityResult& result, const RatingShares& shares) {
  const Methodology& m = *result.methodology;
  const std::string noun = SampleNoun(result);
  std::vector<std::string> parts;
  int occurring = 0;
  for (size_t level = 0; level < shares.probability.size(); ++level) occurring += shares.probability[level] > 0 ? 1 : 0;
  for (size_t level = 0; level < shares.probability.size(); ++level) {
    const double share = shares.probability[level];
    if (share <= 0) continue;
    const std::string& name = m.RatingName(Rating{static_cast<int>(level)});
    if (occurring == 1 && shares.no_data <= 0) return name + " in every " + noun.substr(0, noun.size() - 1);
    parts.push_back(name + " in " + ShareText(share) + (parts.empty() ? " of " + noun : ""));
  }
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
  if (shares.no_data > 0) {
    text += (text.empty() ? "no data in every " + noun.substr(0, noun.size() - 1) : "; no data in " + ShareText(shares.no_data));
  }
  return text;
}

namespace {

bool Varies(const RatingShares& shares) {
  int occurring = shares.no_data > 0 ? 1 : 0;
  for (double share : shares.probability) occurring += share > 0 ? 1 : 0;
  return occurring > 1;
}

// What was held for a standard resampling does not move on its own.
std::string HeldText(const StabilityResult& result, const StandardStability& standard) {
  const Methodology& m = *result.methodology;
  if (m.standards[standard.standard].basis == StandardBasis::kJudgement) {
    return Varies(standard.shares) ? "; the inspectors' judgement is held as recorded, and a limit reading "
                                     "resampled ratings moves it"
                                   : "; the inspectors' judgement, held as recorded";
  }
  if (standard.resampled) return "";
  for (const KqStability& kq : result.key_questions) {
    if (kq.held && m.key_questions[kq.key_question].standard == standard.standard) {
      return "; its key questions are printed figures only, held as they are";
    }
  }
  return "; rated under ratings: (no key-question data), held as recorded";
}

}  // namespace

std::string StandardSentence(const StabilityResult& result, const StandardStability& standard) {
  const Methodology& m = *result.methodology;
  const std::string label = StandardLabel(m, standard.standard) + ": ";
  if (standard.status == StandardStatus::kNotRated) return label + m.scale.not_rated_label + ", as recorded.";
  std::string text = label + SharesSentence(result, standard.shares) + HeldText(result, standard);
  if (standard.discretion) {
    text += "; the recorded discretion to " + m.RatingName(*standard.discretion) + " is kept where it fits " +
            m.discretion.rule.id + " (at most " + Plural(m.discretion.max_bands, "band") + ")";
    text += standard.shares.discretion_dropped > 0
                ? " and dropped in " + ShareText(standard.shares.discretion_dropped) + " of " + SampleNoun(result)
                : " and never dropped";
  }
  return text + ".";
}

std::string BandsText(const Methodology& m, const std::vector<Rating>& bands) {
  std::vector<std::string> names;
  bool consecutive = true;
  for (size_t i = 0; i < bands.size(); ++i) {
    names.push_back(m.RatingName(bands[i]));
    consecutive = consecutive && (i == 0 || bands[i].level == bands[i - 1].level + 1);
  }
  if (names.size() <= 1) return names.empty() ? "-" : names.front();
  return consecutive ? names.front() + " to " + names.back() : AllOf(names);
}

std::vector<std::string> StabilityNotes(const StabilityResult& result) {
  const Methodology& m = *result.methodology;
  const std::string noun = SampleNoun(result);
  std::vector<std::string> notes;
  std::vector<std::string> held;
  std::vector<std::string> binomial;
  bool any_counts = false;
  for (const KqStability& kq : result.key_questions) {
    const int standard = m.key_questions[kq.key_question].standard;
    if (m.standards[standard].reported_only) continue;
    if (kq.held) held.push_back(m.key_questions[kq.key_question].id);
    if (kq.drawn_binomially) binomial.push_back(m.key_questions[kq.key_question].id);
    any_counts = any_counts || kq.counts_known;
  }
  if (result.method == StabilityMethod::kCounts && any_counts) {
    notes.push_back("counts only: each key question's yes count is drawn on its own; counts cannot say how one case's "
                    "answers go together (a case weak on one question is often weak on the next), so a standard with "
                    "several key questions may be steadier or shakier than shown. Case answers (a CSV) give the case "
                    "bootstrap, which keeps each case's answers together");
  }
  if (!held.empty()) {
    notes.push_back(AllOf(held) + (held.size() == 1 ? " is" : " are") +
                    " known only as a printed percentage, with no n: held at the printed band in every " +
                    noun.substr(0, noun.size() - 1) + ", so a rating resting on " + (held.size() == 1 ? "it" : "them") +
                    " alone does not move");
  }
  if (!binomial.empty()) {
    notes.push_back(AllOf(binomial) + Agree(static_cast<std::int64_t>(binomial.size()), " has", " have") +
                    " counts only ({yes, relevant}): drawn binomial(n, k/n) in each resample, independently of the cases");
  }
  double no_data = result.overall.no_data;
  for (const StandardStability& standard : result.standards) no_data = std::max(no_data, standard.shares.no_data);
  if (no_data > 0) {
    notes.push_back("in some " + noun + " a key question had no relevant case: its standard and the overall rating "
                    "are counted there as no data, and a rule reading that standard's rating does not apply");
  }
  return notes;
}

const StandardStability* LeastStable(const StabilityResult& result) {
  const StandardStability* least = nullptr;
  for (const StandardStability& standard : result.standards) {
    if (standard.status != StandardStatus::kRated || !standard.computed) continue;
    if (least == nullptr || standard.shares.Of(standard.computed) < least->shares.Of(least->computed)) least = &standard;
  }
  return least != nullptr && least->shares.Of(least->computed) < 1 ? least : nullptr;
}

}  // namespace rerate
