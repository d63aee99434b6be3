// BuildCaseData: the CSV's cells read against the methodology.  A column
// named after a key question or prompt holds answers, a column whose name
// starts with a digit is a mistyped id, any other column is an attribute.
#include "rate/case_data.h"

#include <cctype>
#include <map>

#include "base/load_error.h"
#include "base/suggest.h"
#include "base/text.h"
#include "model/names.h"

namespace rerate {

namespace {

enum class ColumnKind { kCaseId, kKeyQuestion, kPrompt, kAttribute };

struct Column {
  ColumnKind kind = ColumnKind::kAttribute;
  int index = -1;  // KQ index, prompt slot or attribute slot
  const Attribute* declared = nullptr;  // the rules file's attribute, if any
};

SourceLocation At(const CsvTable& table, int line, int column) {
  return SourceLocation{table.file, line, column};
}

const Attribute* DeclaredAttribute(const Methodology& m, const std::string& name) {
  for (const Attribute& attribute : m.breakdowns.attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

std::vector<Column> ClassifyColumns(const CsvTable& table, const Methodology& m, CaseData* data) {
  std::vector<Column> columns;
  std::map<std::string, int> seen;
  bool have_case = false;
  for (const CsvCell& cell : table.header) {
    const SourceLocation where = At(table, table.header_line, cell.column);
    if (cell.text.empty()) Fail(where, "empty column name in the header");
    auto [it, inserted] = seen.emplace(cell.text, cell.column);
    if (!inserted) {
      Fail(where, "column \"" + cell.text + "\" appears twice in the header (first at column " +
                      std::to_string(it->second) + ")");
    }
    Column column;
    int prompt_question = -1;
    if (cell.text == "case") {
      column.kind = ColumnKind::kCaseId;
      have_case = true;
    } else if (int kq = m.FindKeyQuestion(cell.text); kq >= 0) {
      column.kind = ColumnKind::kKeyQuestion;
      column.index = kq;
    } else if (m.FindPrompt(cell.text, &prompt_question) >= 0) {
      column.kind = ColumnKind::kPrompt;
      column.index = static_cast<int>(data->prompts.size());
      data->prompts.push_back({cell.text, prompt_question, {}});
    } else if (std::isdigit(static_cast<unsigned char>(cell.text[0]))) {
      Fail(where, "no key question \"" + cell.text + "\" in " + m.name +
                      DidYouMean(cell.text, AnswerColumnIds(m)) +
                      " (a column named like an id must be a key question or prompt)");
    } else {
      column.kind = ColumnKind::kAttribute;
      column.index = static_cast<int>(data->attributes.size());
      column.declared = DeclaredAttribute(m, cell.text);
      data->attributes.push_back({cell.text, {}});
    }
    columns.push_back(column);
  }
  if (!have_case) {
    Fail(At(table, table.header_line, 1), "the CSV needs a \"case\" column with a unique id per case");
  }
  return columns;
}

void ReadAnswer(const CsvTable& table, const CsvRow& row, const CsvCell& cell,
                const std::string& column_name, const std::string& case_id,
                std::vector<Answer>* answers) {
  if (cell.text.empty()) {
    Fail(At(table, row.line, cell.column), "empty answer to " + column_name + " for case " + case_id +
                                               ": write n/a if the question does not apply");
  }
  std::optional<Answer> answer = ParseCaseAnswer(cell.text);
  if (!answer) {
    Fail(At(table, row.line, cell.column), "expected yes, no or n/a for " + column_name + " (case " +
                                               case_id + "), found \"" + cell.text + "\"");
  }
  answers->push_back(*answer);
}

void ReadAttribute(const CsvTable& table, const CsvRow& row, const CsvCell& cell,
                   const Column& column, const std::string& name, const std::string& case_id,
                   std::vector<std::string>* values) {
  if (cell.text.empty()) {
    Fail(At(table, row.line, cell.column), "empty " + name + " for case " + case_id + ": every cell needs a value");
  }
  if (column.declared != nullptr && !column.declared->values.empty()) {
    bool known = false;
    for (const std::string& value : column.declared->values) known = known || value == cell.text;
    if (!known) {
      Fail(At(table, row.line, cell.column), "unknown " + name + " \"" + cell.text + "\"" +
                      DidYouMean(cell.text, column.declared->values) + " (the rules file allows " +
                      OneOf(column.declared->values) + ")");
    }
  }
  values->push_back(cell.text);
}

}  // namespace

std::optional<Answer> ParseCaseAnswer(const std::string& text) {
  // The spellings the seed files use, before the general case-insensitive match.
  if (text == "yes") return Answer::kYes;
  if (text == "no") return Answer::kNo;
  if (text == "n/a") return Answer::kNotApplicable;
  const std::string value = Lower(text);
  if (value == "yes" || value == "y") return Answer::kYes;
  if (value == "no" || value == "n") return Answer::kNo;
  if (value == "n/a" || value == "na") return Answer::kNotApplicable;
  return std::nullopt;
}

void CountAnswers(const std::vector<Answer>& answers, int* yes, int* relevant) {
  *yes = 0;
  *relevant = 0;
  for (Answer answer : answers) {
    if (answer == Answer::kNotApplicable) continue;
    ++*relevant;
    if (answer == Answer::kYes) ++*yes;
  }
}

CaseData BuildCaseData(const CsvTable& table, const Methodology& m) {
  CaseData data;
  data.file = table.file;
  data.answers.resize(m.key_questions.size());
  const std::vector<Column> columns = ClassifyColumns(table, m, &data);
  if (table.rows.empty()) Fail(At(table, table.header_line, 1), "the CSV has a header but no cases");

  std::map<std::string, int> case_lines;
  for (const CsvRow& row : table.rows) {
    std::string case_id;
    for (size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].kind != ColumnKind::kCaseId) continue;
      case_id = row.cells[c].text;
      if (case_id.empty()) Fail(At(table, row.line, row.cells[c].column), "empty case id: every case needs a unique id");
      auto [it, inserted] = case_lines.emplace(case_id, row.line);
      if (!inserted) {
        Fail(At(table, row.line, row.cells[c].column),
             "duplicate case id \"" + case_id + "\" (first at line " + std::to_string(it->second) + ")");
      }
    }
    data.case_ids.push_back(case_id);
    data.case_lines.push_back(row.line);
    for (size_t c = 0; c < columns.size(); ++c) {
      const Column& column = columns[c];
      const CsvCell& cell = row.cells[c];
      const std::string& name = table.header[c].text;
      switch (column.kind) {
        case ColumnKind::kCaseId: break;
        case ColumnKind::kKeyQuestion:
          ReadAnswer(table, row, cell, name, case_id, &data.answers[column.index]);
          break;
        case ColumnKind::kPrompt:
          ReadAnswer(table, row, cell, name, case_id, &data.prompts[column.index].answers);
          break;
        case ColumnKind::kAttribute:
          ReadAttribute(table, row, cell, column, name, case_id,
                        &data.attributes[column.index].values);
          break;
      }
    }
  }
  return data;
}

}  // namespace rerate
