#include "random_inspection.h"

#include <algorithm>
#include <numeric>

namespace rerate::property {

namespace {

std::string Quoted(const std::string& id) { return "\"" + id + "\""; }

int Draw(std::mt19937& random, int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }

const char* AnswerWord(char answer) { return answer == 'y' ? "yes" : answer == 'n' ? "no" : "n/a"; }

// The head every form shares: name, methodology, judgements, Not rated.
std::string Head(const RandomInspection& inspection) {
  const Methodology& m = *inspection.methodology;
  std::string text = "inspection: Random PDU\nmethodology: " + m.name + "\nratings:\n";
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (!inspection.judged[s].empty()) text += "  " + Quoted(m.standards[s].id) + ": " + inspection.judged[s] + "\n";
  }
  text += "not_rated: [";
  std::string separator;
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (!inspection.not_rated[s]) continue;
    text += separator + Quoted(m.standards[s].id);
    separator = ", ";
  }
  return text + "]\n";
}

// k/n as a report prints it, under the methodology's rounding, exactly.
int Printed(const Methodology& m, int yes, int relevant) {
  const long long twice = 200LL * yes;  // 100 * yes / relevant, doubled to see halves
  const long long whole = twice / (2LL * relevant);
  const long long remainder = twice - whole * 2LL * relevant;  // in units of 1/(2 * relevant)
  if (remainder > relevant) return static_cast<int>(whole + 1);
  if (remainder < relevant) return static_cast<int>(whole);
  const bool up = m.banding.rounding == Rounding::kHalfUp || whole % 2 == 1;
  return static_cast<int>(whole + (up ? 1 : 0));
}

}  // namespace

int RandomInspection::Yes(int key_question) const {
  const std::string& column = answers[static_cast<size_t>(key_question)];
  return static_cast<int>(std::count(column.begin(), column.end(), 'y'));
}

int RandomInspection::Relevant(int key_question) const {
  const std::string& column = answers[static_cast<size_t>(key_question)];
  return static_cast<int>(column.size() - std::count(column.begin(), column.end(), '-'));
}

std::string RandomInspection::Csv(const std::vector<int>& order) const {
  const Methodology& m = *methodology;
  std::string text = "case";
  for (size_t q = 0; q < m.key_questions.size(); ++q) {
    if (!answers[q].empty()) text += "," + m.key_questions[q].id;
  }
  text += "\n";
  std::vector<int> rows = order;
  if (rows.empty()) {
    rows.resize(case_ids.size());
    std::iota(rows.begin(), rows.end(), 0);
  }
  for (int c : rows) {
    text += case_ids[static_cast<size_t>(c)];
    for (const std::string& column : answers) {
      if (!column.empty()) text += std::string(",") + AnswerWord(column[static_cast<size_t>(c)]);
    }
    text += "\n";
  }
  return text;
}

std::string RandomInspection::Yaml() const { return Head(*this); }

std::string RandomInspection::CountsYaml() const {
  std::string text = Head(*this) + "key_questions:\n";
  for (size_t q = 0; q < answers.size(); ++q) {
    if (answers[q].empty()) continue;
    const int k = static_cast<int>(q);
    text += "  " + Quoted(methodology->key_questions[q].id) + ": {yes: " + std::to_string(Yes(k)) +
            ", relevant: " + std::to_string(Relevant(k)) + "}\n";
  }
  return text;
}

std::string RandomInspection::PercentagesYaml(bool with_relevant) const {
  std::string text = Head(*this) + "key_questions:\n";
  for (size_t q = 0; q < answers.size(); ++q) {
    if (answers[q].empty()) continue;
    const int k = static_cast<int>(q);
    text += "  " + Quoted(methodology->key_questions[q].id) +
            ": {percent: " + std::to_string(Printed(*methodology, Yes(k), Relevant(k))) +
            (with_relevant ? ", relevant: " + std::to_string(Relevant(k)) : "") + "}\n";
  }
  return text;
}

RandomInspection MakeRandomInspection(std::shared_ptr<const Methodology> methodology, std::mt19937& random) {
  const Methodology& m = *methodology;
  RandomInspection inspection;
  inspection.methodology = std::move(methodology);
  inspection.judged.assign(m.standards.size(), "");
  inspection.not_rated.assign(m.standards.size(), false);
  for (size_t s = 0; s < m.standards.size(); ++s) {
    const Standard& standard = m.standards[s];
    if (standard.basis == StandardBasis::kJudgement) {
      inspection.judged[s] = m.scale.levels[static_cast<size_t>(Draw(random, 0, static_cast<int>(m.scale.levels.size()) - 1))].name;
    } else if (standard.may_be_not_rated && Draw(random, 0, 2) == 0) {
      inspection.not_rated[s] = true;
    }
  }
  const int cases = Draw(random, 3, 40);
  for (int c = 0; c < cases; ++c) inspection.case_ids.push_back("R" + std::to_string(c + 1));
  inspection.answers.assign(m.key_questions.size(), "");
  for (size_t q = 0; q < m.key_questions.size(); ++q) {
    if (inspection.not_rated[static_cast<size_t>(m.key_questions[q].standard)]) continue;
    // Per key question its own mix: all yes, all no, mostly n/a, anything.
    const int yes_share = Draw(random, 0, 100);
    const int na_share = Draw(random, 0, 3) == 0 ? Draw(random, 0, 90) : 0;
    std::string& column = inspection.answers[q];
    for (int c = 0; c < cases; ++c) {
      column += Draw(random, 1, 100) <= na_share ? '-' : Draw(random, 1, 100) <= yes_share ? 'y' : 'n';
    }
    if (column.find_first_not_of('-') == std::string::npos) column[0] = Draw(random, 0, 1) ? 'y' : 'n';
  }
  return inspection;
}

std::string Outcome(const Evaluation& evaluation) {
  const Methodology& m = *evaluation.methodology;
  const auto name = [&](const std::optional<Rating>& rating) { return rating ? m.RatingName(*rating) : std::string("-"); };
  std::string text;
  for (const StandardResult& standard : evaluation.standards) {
    text += m.standards[static_cast<size_t>(standard.standard)].id + ": " + name(standard.computed) + " -> " +
            name(standard.rating) + " (" + std::to_string(standard.points) + ")\n";
    for (const KqResult& kq : standard.key_questions) {
      text += "  " + m.key_questions[static_cast<size_t>(kq.key_question)].id + ": " + std::to_string(kq.yes) + "/" +
              std::to_string(kq.relevant) + " " + std::to_string(kq.percent) + "% " + name(kq.band) + "\n";
    }
  }
  return text + "score " + std::to_string(evaluation.score) + "/" + std::to_string(evaluation.max) + ", overall " +
         name(evaluation.overall) + "\n";
}

bool AtLeast(const std::optional<Rating>& a, const std::optional<Rating>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return *a >= *b;
}

}  // namespace rerate::property
