// BuildCaseData: the CSV's cells read against the methodology.  A column
// named after a key question or prompt holds answers, a column whose name
// starts with a digit is a mistyped id, any other column is an attribute.
#include "rate/case_data.h"

#include <cctype>
#include <map>
#include <string_view>
#include <unordered_map>

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

// A row being read: where it is, and its case id for messages.
struct RowContext {
  const CsvTable& table;
  const CsvRowView& row;
  std::string_view case_id;

  SourceLocation Where(size_t cell) const { return At(table, row.line, row.columns[cell]); }
};

void ReadAnswer(const RowContext& at, size_t cell, const std::string& column_name, std::vector<Answer>* answers) {
  const std::string_view text = at.row.cells[cell];
  if (text.empty()) {
    Fail(at.Where(cell), "empty answer to " + column_name + " for case " + std::string(at.case_id) +
                             ": write n/a if the question does not apply");
  }
  std::optional<Answer> answer = ParseCaseAnswer(text);
  if (!answer) {
    Fail(at.Where(cell), "expected yes, no or n/a for " + column_name + " (case " + std::string(at.case_id) +
                             "), found \"" + std::string(text) + "\"");
  }
  answers->push_back(*answer);
}

void ReadAttribute(const RowContext& at, size_t cell, const Column& column, const std::string& name,
                   std::vector<std::string>* values) {
  const std::string_view text = at.row.cells[cell];
  if (text.empty()) {
    Fail(at.Where(cell), "empty " + name + " for case " + std::string(at.case_id) + ": every cell needs a value");
  }
  if (column.declared != nullptr && !column.declared->values.empty()) {
    bool known = false;
    for (const std::string& value : column.declared->values) known = known || value == text;
    if (!known) {
      Fail(at.Where(cell), "unknown " + name + " \"" + std::string(text) + "\"" +
                               DidYouMean(std::string(text), column.declared->values) + " (the rules file allows " +
                               OneOf(column.declared->values) + ")");
    }
  }
  values->emplace_back(text);
}

// The case id of a row, checked to be there and new, kept in `ids`; the
// index keys are views of the kept ids (`ids` holds as many as there are
// rows, reserved: its strings never move).
void ReadCaseId(const RowContext& at, size_t cell, std::vector<std::string>* ids,
                std::unordered_map<std::string_view, int>* first_lines) {
  const std::string_view id = at.row.cells[cell];
  if (id.empty()) Fail(at.Where(cell), "empty case id: every case needs a unique id");
  if (auto found = first_lines->find(id); found != first_lines->end()) {
    Fail(at.Where(cell), "duplicate case id \"" + std::string(id) + "\" (first at line " + std::to_string(found->second) + ")");
  }
  ids->emplace_back(id);
  first_lines->emplace(ids->back(), at.row.line);
}

}  // namespace

std::optional<Answer> ParseCaseAnswer(std::string_view text) {
  // The spellings the seed files use, before the general case-insensitive
  // match: by length first, since this runs for every answer of every case.
  switch (text.size()) {
    case 2:
      if (text[0] == 'n' && text[1] == 'o') return Answer::kNo;
      break;
    case 3:
      if (text == "yes") return Answer::kYes;
      if (text == "n/a") return Answer::kNotApplicable;
      break;
    default: break;
  }
  const std::string value = Lower(std::string(text));
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
  if (table.row_count == 0) Fail(At(table, table.header_line, 1), "the CSV has a header but no cases");
  const size_t cases = static_cast<size_t>(table.row_count);
  data.case_ids.reserve(cases);
  data.case_lines.reserve(cases);
  for (const Column& column : columns) {
    if (column.kind == ColumnKind::kKeyQuestion) data.answers[static_cast<size_t>(column.index)].reserve(cases);
  }
  size_t case_column = 0;
  while (columns[case_column].kind != ColumnKind::kCaseId) ++case_column;

  std::unordered_map<std::string_view, int> first_lines;  // case id -> its line
  first_lines.reserve(cases);
  CsvRowReader reader(table);
  CsvRowView row;
  while (reader.Next(&row)) {
    RowContext at{table, row, {}};
    ReadCaseId(at, case_column, &data.case_ids, &first_lines);
    at.case_id = data.case_ids.back();
    data.case_lines.push_back(row.line);
    for (size_t c = 0; c < columns.size(); ++c) {
      const Column& column = columns[c];
      const std::string& name = table.header[c].text;
      switch (column.kind) {
        case ColumnKind::kCaseId: break;
        case ColumnKind::kKeyQuestion: ReadAnswer(at, c, name, &data.answers[static_cast<size_t>(column.index)]); break;
        case ColumnKind::kPrompt: ReadAnswer(at, c, name, &data.prompts[static_cast<size_t>(column.index)].answers); break;
        case ColumnKind::kAttribute:
          ReadAttribute(at, c, column, name, &data.attributes[static_cast<size_t>(column.index)].values);
          break;
      }
    }
  }
  return data;
}

}  // namespace rerate
