// ApplyChanges: each what-if change checked against the evidence as the
// changes before it left it, then applied to the copy.
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "base/load_error.h"
#include "base/suggest.h"
#include "base/text.h"
#include "model/names.h"
#include "rate/case_data.h"
#include "rerate/bands.h"
#include "rerate/whatif.h"

namespace rerate {

namespace {

class Editor {
 public:
  explicit Editor(const Evidence& base) : ev_(base), m_(*base.methodology) {}

  Scenario Run(const std::vector<ChangeSpec>& specs) {
    Scenario scenario;
    for (const ChangeSpec& spec : specs) {
      spec_ = &spec;
      applied_ = AppliedChange{};
      applied_.spec = spec;
      switch (spec.kind) {
        case ChangeKind::kSet: ApplySet(); break;
        case ChangeKind::kKq: ApplyKq(); break;
        case ChangeKind::kCase: ApplyCase(); break;
        case ChangeKind::kNotRated: ApplyNotRated(); break;
        case ChangeKind::kDiscretion: ApplyDiscretion(); break;
        case ChangeKind::kDropDiscretion: ApplyDropDiscretion(); break;
      }
      scenario.changes.push_back(std::move(applied_));
    }
    scenario.evidence = std::move(ev_);
    return scenario;
  }

 private:
  // Command-line changes are named by their argument, file changes by their place.
  [[noreturn]] void Reject(const std::string& message) const {
    if (spec_->where.file.empty()) Fail(SourceLocation{}, ChangeArgument(*spec_) + ": " + message);
    Fail(spec_->where, std::string(ChangeOptionName(spec_->kind)) + " " + spec_->value + ": " + message);
  }

  // Where the edited item now comes from, for messages about it.
  SourceLocation Place() const {
    if (!spec_->where.file.empty()) return spec_->where;
    return SourceLocation{ChangeArgument(*spec_), 0, 0};
  }

  std::pair<std::string, std::string> Split(char separator, const std::string& expected) const {
    const size_t at = spec_->value.find(separator);
    if (at == std::string::npos) Reject("expected " + expected);
    const std::string left = Trim(spec_->value.substr(0, at));
    const std::string right = Trim(spec_->value.substr(at + 1));
    if (left.empty() || right.empty()) Reject("expected " + expected);
    return {left, right};
  }

  int ParseCount(const std::string& text, const std::string& what) const {
    int value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0])) || ec != std::errc() || ptr != end) {
      Reject("expected " + what + " (a whole number), found \"" + text + "\"");
    }
    return value;
  }

  int StandardRef(const std::string& id) const {
    const int s = m_.FindStandard(id);
    if (s < 0) Reject("no standard \"" + id + "\" in " + m_.name + DidYouMean(id, StandardIds(m_)));
    return s;
  }

  int KeyQuestionRef(const std::string& id) const {
    const int q = m_.FindKeyQuestion(id);
    if (q < 0) Reject("no key question \"" + id + "\" in " + m_.name + DidYouMean(id, KeyQuestionIds(m_)));
    return q;
  }

  Rating RatingRef(const std::string& name) const {
    const std::optional<Rating> rating = m_.FindRating(name);
    if (!rating) {
      Reject("\"" + name + "\" is not a rating on the " + m_.name + " scale" + DidYouMean(name, RatingNames(m_)) +
             " (expected " + OneOf(RatingNames(m_)) + ")");
    }
    return *rating;
  }

  bool HasKeyQuestionData(int s) const {
    for (int q : m_.standards[s].key_questions) {
      if (ev_.key_questions[q].source != KqSource::kNone) return true;
    }
    return false;
  }

  std::string CountsText(int q) const {
    const KqEvidence& kq = ev_.key_questions[q];
    if (kq.source == KqSource::kPercent) return "printed " + std::to_string(kq.percent) + "%";
    return OutOf(kq.yes, kq.relevant) + " (" +
           std::to_string(PrintedPercent(kq.yes, kq.relevant, m_.banding.rounding)) + "%)";
  }

  void ApplySet() {
    const auto [id, name] = Split('=', "STANDARD=RATING, e.g. 1.1=Good");
    const int s = StandardRef(id);
    const Rating rating = RatingRef(name);
    const Standard& standard = m_.standards[s];
    const std::string label = StandardLabel(m_, s);
    applied_.standard = s;
    if (standard.reported_only) Reject(label + " is reported, never rated");
    if (standard.basis == StandardBasis::kCases && HasKeyQuestionData(s)) {
      Reject(label + " is rated from its key questions: change them with --kq or --case, or record a "
                     "discretion with --discretion");
    }
    const std::string what = standard.basis == StandardBasis::kJudgement ? "inspectors' judgement"
                                                                          : "rating given under ratings:";
    const std::string before = ev_.not_rated[s] ? m_.scale.not_rated_label : RatingText(m_, ev_.judged[s]);
    if (!ev_.not_rated[s] && ev_.judged[s] == rating) {
      applied_.summary = label + ": " + what + " is already " + m_.RatingName(rating) + ": no change";
      return;
    }
    applied_.summary = label + ": " + what + " " + before + " -> " + m_.RatingName(rating);
    ev_.not_rated[s] = false;
    ev_.judged[s] = rating;
    ev_.judged_where[s] = Place();
  }

  void ApplyKq() {
    const auto [id, amount] = Split('=', "KEY_QUESTION=+N, -N or K/N, e.g. 2.2.3=+3");
    const int q = KeyQuestionRef(id);
    KqEvidence& kq = ev_.key_questions[q];
    applied_.key_question = q;
    applied_.standard = m_.key_questions[q].standard;
    if (kq.source == KqSource::kNone) {
      Reject("key question " + id + " has no data in this inspection (" +
             StandardLabel(m_, applied_.standard) + " is " +
             (ev_.not_rated[applied_.standard] ? m_.scale.not_rated_label : "rated under ratings:") + ")");
    }
    if (amount[0] == '+' || amount[0] == '-') {
      const int count = ParseCount(amount.substr(1), "a number of answers after " + amount.substr(0, 1));
      ShiftYes(q, amount[0] == '+' ? count : -count, amount);
      return;
    }
    if (amount.back() == '%') {
      SetPercent(q, ParseCount(Trim(amount.substr(0, amount.size() - 1)), "a whole percentage before %"));
      return;
    }
    const size_t slash = amount.find('/');
    if (slash == std::string::npos) Reject("expected +N, -N, K/N or P% after " + id + "=");
    SetCounts(q, ParseCount(Trim(amount.substr(0, slash)), "a number of yes answers"),
              ParseCount(Trim(amount.substr(slash + 1)), "a number of relevant cases"));
  }

  // K/N: the counts outright (with case answers, only the yes count moves).
  void SetCounts(int q, int yes, int relevant) {
    KqEvidence& kq = ev_.key_questions[q];
    const std::string& id = m_.key_questions[q].id;
    if (relevant == 0) Reject("the number of relevant cases must be at least 1");
    if (yes > relevant) {
      Reject("more yes answers (" + std::to_string(yes) + ") than relevant cases (" + std::to_string(relevant) + ")");
    }
    if (kq.source == KqSource::kCases) {
      if (relevant != kq.relevant) {
        Reject(id + " has " + std::to_string(kq.relevant) + " relevant cases in " + ev_.cases->file +
               ": with case answers only the yes count moves (" + id + "=K/" + std::to_string(kq.relevant) +
               "); change single answers with --case");
      }
      MoveCaseAnswers(q, yes - kq.yes);
      return;
    }
    const std::string before = CountsText(q);
    kq.source = KqSource::kCounts;
    kq.yes = yes;
    kq.relevant = relevant;
    kq.percent = -1;
    kq.where = Place();
    applied_.summary = id + ": " + before + " -> " + CountsText(q);
  }

  // P%: the count out of the relevant cases that prints as P (the nearest to
  // P when none does, the lower on a tie), said so; a key question known only
  // as a printed figure gets that figure.
  void SetPercent(int q, int percent) {
    KqEvidence& kq = ev_.key_questions[q];
    const std::string& id = m_.key_questions[q].id;
    if (percent > 100) Reject("a percentage is at most 100");
    if (!kq.HasCounts() && kq.relevant == 0) {
      const std::string before = CountsText(q);
      kq.percent = percent;
      kq.where = Place();
      applied_.summary = id + ": " + before + " -> " + CountsText(q) + " (a printed figure: its counts stay unknown)";
      return;
    }
    const int relevant = kq.relevant;
    const auto printed_as = [&](int yes) { return PrintedPercent(yes, relevant, m_.banding.rounding); };
    // Nearest P first; of counts that print as P, the one nearest now; of two
    // equally near P that do not, the one on P's side of now.
    const bool up = kq.HasCounts() && percent > printed_as(kq.yes);
    int best = 0;
    for (int yes = 1; yes <= relevant; ++yes) {
      const int distance = std::abs(printed_as(yes) - percent);
      const int best_distance = std::abs(printed_as(best) - percent);
      const bool nearer_now = distance == 0 && std::abs(yes - kq.yes) < std::abs(best - kq.yes);
      if (distance < best_distance || nearer_now || (distance == best_distance && distance > 0 && up)) best = yes;
    }
    const int printed = PrintedPercent(best, relevant, m_.banding.rounding);
    const std::string nearest =
        printed == percent ? OutOf(best, relevant) + " prints as " + std::to_string(percent) + "%, the count nearest now that does"
                           : "no count out of " + std::to_string(relevant) + " prints as " + std::to_string(percent) + "%: " +
                                 OutOf(best, relevant) + " (" + std::to_string(printed) + "%) is the nearest";
    SetCounts(q, best, relevant);
    applied_.summary += "; " + nearest;
  }

  void ShiftYes(int q, int delta, const std::string& amount) {
    KqEvidence& kq = ev_.key_questions[q];
    const std::string& id = m_.key_questions[q].id;
    if (kq.source == KqSource::kPercent) {
      Reject(id + " is known only as a printed percentage (" + std::to_string(kq.percent) +
             "%): its counts are unknown, so " + amount + " cannot be counted; set the counts outright with " +
             id + "=K/N");
    }
    const int no = kq.relevant - kq.yes;
    if (delta > no) {
      Reject("only " + Plural(no, "answer") + " to " + id + Agree(no, " is", " are") + " no (it is " +
             OutOf(kq.yes, kq.relevant) + ")");
    }
    if (-delta > kq.yes) {
      Reject("only " + Plural(kq.yes, "answer") + " to " + id + Agree(kq.yes, " is", " are") + " yes (it is " +
             OutOf(kq.yes, kq.relevant) + ")");
    }
    if (kq.source == KqSource::kCases) {
      MoveCaseAnswers(q, delta);
      return;
    }
    const std::string before = CountsText(q);
    kq.yes += delta;
    applied_.summary = id + ": " + before + " -> " + CountsText(q);
  }

  // The first |delta| answers in file order that are `no` (delta > 0) or
  // `yes` (delta < 0) change; the CSV's order makes the choice repeatable.
  void MoveCaseAnswers(int q, int delta) {
    const std::string& id = m_.key_questions[q].id;
    const std::string before = CountsText(q);
    const Answer from = delta > 0 ? Answer::kNo : Answer::kYes;
    const Answer to = delta > 0 ? Answer::kYes : Answer::kNo;
    std::vector<Answer>& answers = ev_.cases->answers[q];
    int left = std::abs(delta);
    for (size_t c = 0; c < answers.size() && left > 0; ++c) {
      if (answers[c] != from) continue;
      answers[c] = to;
      applied_.cases.push_back(ev_.cases->case_ids[c]);
      --left;
    }
    RecountFromCases(ev_);
    if (applied_.cases.empty()) {
      applied_.summary = id + ": " + before + ": no change";
      return;
    }
    applied_.summary = id + ": " + before + " -> " + CountsText(q) + "; " + AllOf(applied_.cases) + " " +
                       AnswerName(from) + " -> " + AnswerName(to) + " (the first " + AnswerName(from) +
                       Agree(applied_.cases.size(), " answer", " answers") + " in file order)";
  }

  void ApplyCase() {
    const std::string& value = spec_->value;
    const size_t equals = value.rfind('=');
    const size_t colon = equals == std::string::npos ? std::string::npos : value.rfind(':', equals);
    const std::string expected = "CASE:KEY_QUESTION=ANSWER, e.g. C07:2.2.3=yes";
    if (colon == std::string::npos) Reject("expected " + expected);
    const std::string case_id = Trim(value.substr(0, colon));
    const std::string id = Trim(value.substr(colon + 1, equals - colon - 1));
    const std::string answer_text = Trim(value.substr(equals + 1));
    if (case_id.empty() || id.empty() || answer_text.empty()) Reject("expected " + expected);
    if (!ev_.cases) Reject("this inspection has no case-level data (no cases: file); change counts with --kq");
    const CaseData& data = *ev_.cases;
    int c = -1;
    for (size_t i = 0; i < data.case_ids.size(); ++i) {
      if (data.case_ids[i] == case_id) c = static_cast<int>(i);
    }
    if (c < 0) Reject("no case \"" + case_id + "\" in " + data.file + DidYouMean(case_id, data.case_ids));
    const int q = KeyQuestionRef(id);
    applied_.key_question = q;
    applied_.standard = m_.key_questions[q].standard;
    if (data.answers[q].empty()) Reject(id + " is not answered in " + data.file + ": change its counts with --kq");
    const std::optional<Answer> answer = ParseCaseAnswer(answer_text);
    if (!answer) Reject("expected yes, no or n/a for " + id + ", found \"" + answer_text + "\"");
    Answer& cell = ev_.cases->answers[q][c];
    if (cell == *answer) {
      applied_.summary = "case " + case_id + ", " + id + ": already " + AnswerName(cell) + ": no change";
      return;
    }
    const std::string before = CountsText(q);
    const Answer old = cell;
    cell = *answer;
    RecountFromCases(ev_);
    if (ev_.key_questions[q].relevant == 0) {
      Reject("every answer to " + id + " would be n/a: no relevant case would be left");
    }
    applied_.cases.push_back(case_id);
    applied_.summary = "case " + case_id + ", " + id + ": " + AnswerName(old) + " -> " + AnswerName(*answer) +
                       " (" + id + ": " + before + " -> " + CountsText(q) + ")";
  }

  void ApplyNotRated() {
    const int s = StandardRef(Trim(spec_->value));
    const std::string label = StandardLabel(m_, s);
    applied_.standard = s;
    if (!m_.standards[s].may_be_not_rated) {
      std::vector<std::string> allowed;
      for (size_t i = 0; i < m_.standards.size(); ++i) {
        if (m_.standards[i].may_be_not_rated) allowed.push_back(StandardLabel(m_, static_cast<int>(i)));
      }
      Reject(label + " may not be " + m_.scale.not_rated_label + " under " + m_.name +
             (allowed.empty() ? " (no standard may be)" : " (only " + OneOf(allowed) + " may be)"));
    }
    if (ev_.not_rated[s]) {
      applied_.summary = label + ": already " + m_.scale.not_rated_label + ": no change";
      return;
    }
    ev_.not_rated[s] = true;
    ev_.judged[s].reset();
    applied_.summary = label + ": now " + m_.scale.not_rated_label + " (it scores nothing and lowers the maximum)";
    for (auto it = ev_.discretion.begin(); it != ev_.discretion.end(); ++it) {
      if (it->standard != s) continue;
      applied_.summary += "; its recorded discretion (" + m_.RatingName(it->rating) + ") has nothing left to "
                          "apply to and is dropped";
      ev_.discretion.erase(it);
      break;
    }
  }

  // "Requires improvement: reason" -> the rating and the reason.  Ratings are
  // matched as the longest scale name the text starts with.
  std::pair<Rating, std::string> RatingAndReason(const std::string& text) const {
    std::optional<Rating> best;
    size_t best_length = 0;
    for (size_t level = 0; level < m_.scale.levels.size(); ++level) {
      const std::string& name = m_.scale.levels[level].name;
      if (Lower(text.substr(0, name.size())) != Lower(name) || name.size() < best_length) continue;
      const std::string rest = Trim(text.substr(name.size()));
      if (!rest.empty() && rest[0] != ':') continue;
      best = Rating{static_cast<int>(level)};
      best_length = name.size();
    }
    if (!best) {
      RatingRef(Trim(text.substr(0, text.find(':'))));  // rejects a name not on the scale, with a suggestion
      Reject("expected STANDARD=RATING: REASON");
    }
    std::string reason = Trim(text.substr(best_length));
    if (!reason.empty()) reason = Trim(reason.substr(1));
    return {*best, reason};
  }

  void ApplyDiscretion() {
    const auto [id, rest] = Split('=', "STANDARD=RATING: REASON, e.g. \"2.5=Requires improvement: positive scores\"");
    const int s = StandardRef(id);
    const auto [rating, reason] = RatingAndReason(rest);
    const std::string label = StandardLabel(m_, s);
    applied_.standard = s;
    const Standard& standard = m_.standards[s];
    if (standard.basis == StandardBasis::kJudgement) {
      Reject(label + " is rated by inspectors' judgement; discretion applies to case standards (change a "
                     "judgement with --set)");
    }
    if (standard.reported_only) Reject(label + " is reported, never rated");
    if (ev_.not_rated[s]) Reject(label + " is " + m_.scale.not_rated_label);
    if (!HasKeyQuestionData(s)) {
      Reject(label + " has no key-question data to depart from: its rating is given under ratings: (use --set)");
    }
    if (reason.empty() && m_.discretion.reason_required) {
      Reject("a discretion needs a reason (" + m_.discretion.rule.id + " requires one): write " + id + "=" +
             m_.RatingName(rating) + ": REASON");
    }
    applied_.summary = label + ": discretion to " + m_.RatingName(rating);
    for (DiscretionRecord& record : ev_.discretion) {
      if (record.standard != s) continue;
      applied_.summary += ", replacing the recorded discretion (" + m_.RatingName(record.rating) + ")";
      record = DiscretionRecord{s, rating, reason, Place()};
      return;
    }
    ev_.discretion.push_back(DiscretionRecord{s, rating, reason, Place()});
  }

  void ApplyDropDiscretion() {
    const int s = StandardRef(Trim(spec_->value));
    applied_.standard = s;
    for (auto it = ev_.discretion.begin(); it != ev_.discretion.end(); ++it) {
      if (it->standard != s) continue;
      applied_.summary = StandardLabel(m_, s) + ": recorded discretion (" + m_.RatingName(it->rating) +
                         ") dropped; the rating computed from its key questions stands";
      ev_.discretion.erase(it);
      return;
    }
    Reject("no discretion is recorded on " + StandardLabel(m_, s));
  }

  Evidence ev_;
  const Methodology& m_;
  const ChangeSpec* spec_ = nullptr;
  AppliedChange applied_;
};

}  // namespace

Result<Scenario> ApplyChanges(const Evidence& base, const std::vector<ChangeSpec>& changes) {
  try {
    return Editor(base).Run(changes);
  } catch (const LoadError& e) {
    return e.error;
  }
}

}  // namespace rerate
