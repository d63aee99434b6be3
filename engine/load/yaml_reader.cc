#include "load/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "base/file.h"
#include "base/suggest.h"
#include "base/text.h"
#include "load/case_table.h"
#include "load/yaml_events.h"
#include "load/yaml_fast.h"

namespace rerate {

SourceLocation NodeWhere(const std::string& file, const YamlMark& mark) {
  if (mark.line < 0) return SourceLocation{file, 0, 0};
  return SourceLocation{file, mark.line + 1, mark.column + 1};
}

SourceLocation NodeWhere(const std::string& file, const YamlNode& node) { return NodeWhere(file, node.Mark()); }

namespace {

// yaml-cpp's null nodes report the mark of whatever follows them, so a value
// is located at its key when it is null.
SourceLocation ValueWhere(const std::string& file, const YamlNode& key, const YamlNode& value) {
  return value.IsNull() ? NodeWhere(file, key) : NodeWhere(file, value);
}

// Every mapping's keys are plain names, each written once.  The nodes are
// walked with a stack of our own: a deeply nested file must not exhaust the
// call stack.
void CheckKeys(const std::string& file, const YamlNode& root) {
  std::vector<YamlNode> pending = {root};
  while (!pending.empty()) {
    const YamlNode node = pending.back();
    pending.pop_back();
    if (node.IsSequence()) {
      for (int i = 0; i < node.size(); ++i) pending.push_back(node.item(i));
      continue;
    }
    if (!node.IsMap()) continue;
    // Most mappings are a handful of keys: compare them pairwise; a hash
    // set for the long ones (a million case ids would be quadratic).
    const bool small = node.size() <= 16;
    std::unordered_map<std::string_view, YamlMark> seen;
    for (int i = 0; i < node.size(); ++i) {
      const YamlNode key = node.key(i);
      if (!key.IsScalar()) Fail(NodeWhere(file, key), "expected a plain name as a mapping key");
      std::optional<YamlMark> first;
      if (small) {
        for (int j = 0; j < i && !first; ++j) {
          if (node.key(j).Scalar() == key.Scalar()) first = node.key(j).Mark();
        }
      } else if (auto [it, inserted] = seen.emplace(key.Scalar(), key.Mark()); !inserted) {
        first = it->second;
      }
      if (first) {
        Fail(NodeWhere(file, key), "duplicate key \"" + key.Scalar() + "\" (first written at line " +
                                       std::to_string(first->line + 1) + ")");
      }
      pending.push_back(node.value(i));
    }
  }
}

}  // namespace

YamlDocument ParseYaml(const std::string& text, const std::string& file) {
  std::optional<YamlDocument> plain = ParseSimpleYaml(text);
  YamlDocument document = plain ? std::move(*plain) : ParseWithYamlCpp(text, file);
  CheckKeys(file, document.root());
  return document;
}

YamlDocument ParseYamlFile(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) Fail(SourceLocation{path, 0, 0}, "a folder, not a YAML file");
  Result<std::string> read = ReadFile(path, kMaxYamlBytes, "YAML file (case answers go in a CSV)");
  if (!read) throw LoadError{read.error()};
  const std::string& content = *read;
  // A case file given where an inspection (or rules) file is wanted.
  Result<CaseFileKind> kind = CaseFileKindOf(content, path);
  const bool csv_name = path.size() > 4 && Lower(path.substr(path.size() - 4)) == ".csv";
  if (!kind || *kind == CaseFileKind::kWorkbook || csv_name) {
    Fail(SourceLocation{path, 0, 0}, std::string(csv_name ? "a CSV file" : "an Excel workbook") +
                                         ", not a YAML file: rerate reads case data through an inspection file "
                                         "that names it under cases: (rerate init METHODOLOGY writes one)");
  }
  // UTF-16 (as some editors save) is full of NUL bytes, which YAML never has.
  if (const size_t nul = content.find('\0'); nul != std::string::npos) {
    const int line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<long>(nul), '\n'));
    const size_t line_start = content.rfind('\n', nul) == std::string::npos ? 0 : content.rfind('\n', nul) + 1;
    Fail(SourceLocation{path, line, static_cast<int>(nul - line_start) + 1},
         "not UTF-8 text (a NUL byte): save the file as UTF-8");
  }
  return ParseYaml(content, path);
}

namespace {

// A scalar that is a whole number, or nullopt.
std::optional<int> WholeNumber(const YamlNode& node) {
  const std::string& text = node.Scalar();
  int value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

bool NonEmptyScalar(const YamlNode& node) { return node.IsScalar() && !node.Scalar().empty(); }

}  // namespace

const std::string& ScalarText(const std::string& file, const YamlNode& node, const SourceLocation& where,
                       const std::string& what) {
  (void)file;
  if (!node.IsDefined() || node.IsNull()) Fail(where, "expected " + what + ", found nothing");
  if (!node.IsScalar()) {
    Fail(where, "expected " + what + ", found a " + (node.IsMap() ? "mapping" : "list"));
  }
  if (node.Scalar().empty()) Fail(where, "expected " + what + ", found an empty string");
  return node.Scalar();
}

int ScalarInt(const std::string& file, const YamlNode& node, const SourceLocation& where,
              const std::string& what) {
  const std::string& text = ScalarText(file, node, where, what);
  std::optional<int> value = WholeNumber(node);
  if (!value) Fail(where, "expected " + what + " (a whole number), found \"" + text + "\"");
  return *value;
}

bool ScalarBool(const std::string& file, const YamlNode& node, const SourceLocation& where,
                const std::string& what) {
  const std::string text = Lower(ScalarText(file, node, where, what));
  if (text == "true" || text == "yes") return true;
  if (text == "false" || text == "no") return false;
  Fail(where, "expected " + what + " (true or false), found \"" + text + "\"");
}

std::vector<std::pair<YamlNode, SourceLocation>> SequenceItems(const std::string& file,
                                                                 const YamlNode& node,
                                                                 const SourceLocation& where,
                                                                 const std::string& what) {
  if (!node.IsDefined() || node.IsNull()) return {};
  if (!node.IsSequence()) {
    Fail(where, "expected " + what + " as a list (- item, or [a, b]), found a " +
                    (node.IsMap() ? "mapping" : "single value"));
  }
  std::vector<std::pair<YamlNode, SourceLocation>> items;
  for (int i = 0; i < node.size(); ++i) {
    const YamlNode item = node.item(i);
    items.emplace_back(item, item.IsNull() ? where : NodeWhere(file, item));
  }
  return items;
}

MapView::MapView(std::string file, YamlNode node, SourceLocation where, std::string what)
    : file_(std::move(file)), where_(std::move(where)), what_(std::move(what)) {
  if (!node.IsDefined() || node.IsNull()) Fail(where_, "expected " + what_ + ", found nothing");
  if (!node.IsMap()) {
    Fail(where_, "expected " + what_ + " as a mapping (key: value), found a " +
                     (node.IsSequence() ? "list" : "single value"));
  }
  entries_.reserve(static_cast<size_t>(node.size()));
  for (int i = 0; i < node.size(); ++i) {
    MapEntry entry;
    entry.key = Located<std::string>{node.key(i).Scalar(), NodeWhere(file_, node.key(i))};
    entry.value = node.value(i);
    entry.value_where = ValueWhere(file_, node.key(i), node.value(i));
    entries_.push_back(std::move(entry));
  }
}

const MapView& MapView::AllowOnly(std::initializer_list<const char*> allowed) const {
  for (const MapEntry& entry : entries_) {
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* name) { return entry.key.value == name; })) {
      return AllowOnly(std::vector<std::string>(allowed.begin(), allowed.end()));  // says which, and the nearest
    }
  }
  return *this;
}

const MapView& MapView::AllowOnly(const std::vector<std::string>& names) const {
  for (const MapEntry& entry : entries_) {
    bool known = false;
    for (const std::string& name : names) known = known || name == entry.key.value;
    if (!known) {
      Fail(entry.key.where, "unknown key \"" + entry.key.value + "\" in " + what_ +
                                DidYouMean(entry.key.value, names) + " (expected one of " +
                                OneOf(names) + ")");
    }
  }
  return *this;
}

const MapEntry* MapView::Find(const char* key) const {
  for (const MapEntry& entry : entries_) {
    if (entry.key.value == key) return &entry;
  }
  return nullptr;
}

bool MapView::Has(const char* key) const { return Find(key) != nullptr; }

const MapEntry& MapView::Require(const char* key) const {
  const MapEntry* entry = Find(key);
  if (entry == nullptr) Fail(where_, what_ + " needs \"" + key + ":\"");
  return *entry;
}

std::string MapView::String(const char* key) const {
  const MapEntry& entry = Require(key);
  if (NonEmptyScalar(entry.value)) return entry.value.Scalar();
  return ScalarText(file_, entry.value, entry.value_where, std::string("a value for ") + key);
}

std::string MapView::OptString(const char* key) const {
  return Has(key) ? String(key) : std::string();
}

Located<std::string> MapView::LocString(const char* key) const {
  const MapEntry& entry = Require(key);
  return Located<std::string>{String(key), entry.value_where};
}

Located<std::string> MapView::OptLocString(const char* key) const {
  if (!Has(key)) return Located<std::string>{"", where_};
  return LocString(key);
}

int MapView::Int(const char* key) const {
  const MapEntry& entry = Require(key);
  if (std::optional<int> value = WholeNumber(entry.value)) return *value;
  return ScalarInt(file_, entry.value, entry.value_where, std::string("a value for ") + key);
}

bool MapView::Bool(const char* key, bool when_absent) const {
  const MapEntry* entry = Find(key);
  if (entry == nullptr) return when_absent;
  return ScalarBool(file_, entry->value, entry->value_where, std::string("a value for ") + key);
}

std::vector<std::pair<YamlNode, SourceLocation>> MapView::Sequence(const char* key) const {
  const MapEntry& entry = Require(key);
  if (entry.value.IsNull()) Fail(entry.value_where, std::string("expected a list for ") + key);
  return SequenceItems(file_, entry.value, entry.value_where, key);
}

std::vector<std::pair<YamlNode, SourceLocation>> MapView::OptSequence(const char* key) const {
  const MapEntry* entry = Find(key);
  if (entry == nullptr) return {};
  return SequenceItems(file_, entry->value, entry->value_where, key);
}

MapView MapView::Map(const char* key) const {
  const MapEntry& entry = Require(key);
  return MapView(file_, entry.value, entry.value_where, std::string("\"") + key + ":\"");
}

}  // namespace rerate
