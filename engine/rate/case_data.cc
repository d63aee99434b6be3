// BuildCaseData: a case table's cells (CSV or workbook sheet) read against
// the methodology.  A column named after a key question or prompt holds
// answers (`KQ 2.1.1` and `2.1.1 Court work` too: load/case_headers.h), a
// column whose name starts with an id that is none is a mistyped id, a
// column that names an id elsewhere in its header is refused (never taken
// silently as an attribute), any other column is an attribute.
#include "rate/case_data.h"

#include <cctype>
#include <map>
#include <string_view>
#include <unordered_map>

#include "base/load_error.h"
#include "base/suggest.h"
#include "base/text.h"
#include "load/case_headers.h"
#include "model/names.h"

namespace rerate {

namespace {

enum class ColumnKind { kCaseId, kKeyQuestion, kPrompt, kAttribute };

struct Column {
  ColumnKind kind = ColumnKind::kAttribute;
  int index = -1;  // KQ index, prompt slot or attribute slot
  const Attribute* declared = nullptr;  // the rules file's attribute, if any
};

const Attribute* DeclaredAttribute(const Methodology& m, const std::string& name) {
  for (const Attribute& attribute : m.breakdowns.attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

// Whether `id` is a key question's or a prompt's.
bool IsAnswerId(const Methodology& m, std::string_view id) {
  int question = -1;
  return m.FindKeyQuestion(std::string(id)) >= 0 || m.FindPrompt(std::string(id), &question) >= 0;
}

// An answer id a header holds anywhere but at its start ("Notes on 2.1.1"),
// or empty.
std::string IdInside(const Methodology& m, std::string_view header) {
  size_t at = 0;
  while (at < header.size()) {
    const auto is_id_char = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(header[i])) || header[i] == '.'; };
    while (at < header.size() && !is_id_char(at)) ++at;
    size_t end = at;
    while (end < header.size() && is_id_char(end)) ++end;
    std::string_view token = header.substr(at, end - at);
    while (!token.empty() && token.back() == '.') token.remove_suffix(1);
    if (!token.empty() && std::isdigit(static_cast<unsigned char>(token.front())) && IsAnswerId(m, token)) return std::string(token);
    at = end;
  }
  return "";
}

// The missing case column, with what the header has instead.
[[noreturn]] void NoCaseColumn(const CaseTable& table) {
  std::string found;
  for (const HeaderCell& cell : table.header) {
    if (Lower(cell.text).find("case") != std::string::npos) {
      found = " (found \"" + cell.text + "\" at " + (table.cells ? "column " + ColumnLetters(cell.column) : "column " + std::to_string(cell.column)) +
              ": name it case or Case ID)";
      break;
    }
  }
  if (found.empty()) {
    std::vector<std::string> names;
    for (const HeaderCell& cell : table.header) names.push_back("\"" + cell.text + "\"");
    found = " (the header row has " + AllOf(names) + ")";
  }
  Fail(table.At(table.header_line, 1), std::string(table.cells ? "the sheet" : "the CSV") +
                                           " needs a \"case\" column with a unique id per case" + found);
}

std::vector<Column> ClassifyColumns(const CaseTable& table, const Methodology& m, CaseData* data) {
  std::vector<Column> columns;
  std::map<std::string, int> seen;
  std::map<std::string, std::string> id_headers;  // answer id -> the header that named it
  bool have_case = false;
  data->answer_columns.assign(m.key_questions.size(), 0);
  for (const HeaderCell& cell : table.header) {
    const SourceLocation where = table.At(table.header_line, cell.column);
    if (cell.text.empty()) Fail(where, "empty column name in the header");
    auto [it, inserted] = seen.emplace(cell.text, cell.column);
    if (!inserted) {
      Fail(where, "column \"" + cell.text + "\" appears twice in the header (first at column " +
                      (table.cells ? ColumnLetters(it->second) : std::to_string(it->second)) + ")");
    }
    Column column;
    int prompt_question = -1;
    const std::string id(HeaderId(cell.text));
    if (NamesCaseColumn(cell.text)) {
      if (have_case) Fail(where, "a second case column, \"" + cell.text + "\": keep one");
      column.kind = ColumnKind::kCaseId;
      have_case = true;
    } else if (id.empty()) {
      if (std::string inside = IdInside(m, cell.text); !inside.empty()) {
        Fail(where, "the header \"" + cell.text + "\" names " + inside + " but not as its column: name the column " + inside +
                        " (or KQ " + inside + ", or " + inside + " and the question's words) for its answers, "
                        "or leave the id out of an attribute's name");
      }
      column.kind = ColumnKind::kAttribute;
      column.index = static_cast<int>(data->attributes.size());
      column.declared = DeclaredAttribute(m, cell.text);
      data->attributes.push_back({cell.text, {}});
    } else if (int kq = m.FindKeyQuestion(id); kq >= 0) {
      column.kind = ColumnKind::kKeyQuestion;
      column.index = kq;
      data->answer_columns[static_cast<size_t>(kq)] = cell.column;
    } else if (m.FindPrompt(id, &prompt_question) >= 0) {
      column.kind = ColumnKind::kPrompt;
      column.index = static_cast<int>(data->prompts.size());
      data->prompts.push_back({id, prompt_question, {}});
    } else {
      const std::string header = id == cell.text ? "" : " (header \"" + cell.text + "\")";
      Fail(where, "no key question \"" + id + "\"" + header + " in " + m.name + DidYouMean(id, AnswerColumnIds(m)) +
                      " (a column named like an id must be a key question or prompt)");
    }
    if (!id.empty() && column.kind != ColumnKind::kCaseId) {
      auto [named, first] = id_headers.emplace(id, cell.text);
      if (!first) Fail(where, "columns \"" + named->second + "\" and \"" + cell.text + "\" both hold " + id + "'s answers; keep one");
    }
    columns.push_back(column);
  }
  if (!have_case) NoCaseColumn(table);
  return columns;
}

// A row being read: where it is, and its case id for messages.
struct RowContext {
  const CaseTable& table;
  const CaseRow& row;
  std::string_view case_id;

  SourceLocation Where(size_t cell) const { return table.At(row.line, row.columns[cell]); }
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

// An attribute's cell may be empty (a free-text column often is); a value
// must be one the rules file allows, when it lists them.
void ReadAttribute(const RowContext& at, size_t cell, const Column& column, const std::string& name,
                   std::vector<std::string>* values) {
  const std::string_view text = at.row.cells[cell];
  if (!text.empty() && column.declared != nullptr && !column.declared->values.empty()) {
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
    Fail(at.Where(cell), "duplicate case id \"" + std::string(id) + "\" (first at " + (at.table.cells ? "row " : "line ") +
                             std::to_string(found->second) + ")");
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
  if (value == "yes" || value == "y" || value == "true") return Answer::kYes;
  if (value == "no" || value == "n" || value == "false") return Answer::kNo;
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

CaseData BuildCaseData(const CaseTable& table, const Methodology& m) {
  CaseData data;
  data.file = table.file;
  data.skipped = table.skipped;
  data.answers.resize(m.key_questions.size());
  const std::vector<Column> columns = ClassifyColumns(table, m, &data);
  if (table.row_count == 0) {
    Fail(table.At(table.header_line, 1), std::string(table.cells ? "the sheet" : "the CSV") + " has a header but no cases");
  }
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
  CaseRowReader reader(table);
  CaseRow row;
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
