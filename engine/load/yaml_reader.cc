#include "load/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <yaml-cpp/eventhandler.h>

#include "base/suggest.h"
#include "base/text.h"

namespace rerate {

SourceLocation NodeWhere(const std::string& file, const YAML::Mark& mark) {
  if (mark.line < 0) return SourceLocation{file, 0, 0};
  return SourceLocation{file, mark.line + 1, mark.column + 1};
}

SourceLocation NodeWhere(const std::string& file, const YAML::Node& node) {
  return NodeWhere(file, node.Mark());
}

namespace {

// yaml-cpp's null nodes report the mark of whatever follows them, so a value
// is located at its key when it is null.
SourceLocation ValueWhere(const std::string& file, const YAML::Node& key, const YAML::Node& value) {
  return value.IsNull() ? NodeWhere(file, key) : NodeWhere(file, value);
}

void RejectDuplicateKeys(const std::string& file, const YAML::Node& node) {
  if (node.IsMap()) {
    std::map<std::string, YAML::Mark> seen;
    for (const auto& pair : node) {
      if (!pair.first.IsScalar()) {
        Fail(NodeWhere(file, pair.first), "expected a plain name as a mapping key");
      }
      const std::string key = pair.first.Scalar();
      auto [it, inserted] = seen.emplace(key, pair.first.Mark());
      if (!inserted) {
        Fail(NodeWhere(file, pair.first),
             "duplicate key \"" + key + "\" (first written at line " +
                 std::to_string(it->second.line + 1) + ")");
      }
      RejectDuplicateKeys(file, pair.second);
    }
  } else if (node.IsSequence()) {
    for (const auto& item : node) RejectDuplicateKeys(file, item);
  }
}

// A first pass over the parser's events, before any node is built:
//  - aliases make yaml-cpp share one node in several places, so a small file
//    could stand for an exponentially large tree; rerate's files never need them;
//  - yaml-cpp 0.7 never gets past a stray ',' at the start of a block line
//    (jbeder/yaml-cpp#1040, fixed upstream after 0.7): it reports the same
//    document again and again, and YAML::LoadAll loops for ever.  A second
//    document that starts where the first did is that bug, and an error here.
class EventCheck : public YAML::EventHandler {
 public:
  EventCheck(const std::string& text, const std::string& file) : text_(text), file_(file) {}
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ == 1) {
      first_ = mark;
      return;
    }
    if (mark.pos == first_.pos) {
      const std::string found =
          mark.pos >= 0 && static_cast<size_t>(mark.pos) < text_.size() ? std::string(1, text_[mark.pos]) : "text";
      Fail(NodeWhere(file_, mark), "invalid YAML: unexpected '" + found + "'");
    }
    Fail(NodeWhere(file_, mark), "expected one YAML document, found a second one (a line with ---)");
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    Fail(NodeWhere(file_, mark), "aliases (*name) are not supported: write the value out in full");
  }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

 private:
  const std::string& text_;
  const std::string& file_;
  int documents_ = 0;
  YAML::Mark first_;
};

void CheckEvents(const std::string& text, const std::string& file) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  EventCheck check(text, file);
  while (parser.HandleNextDocument(check)) {
  }
}

}  // namespace

YAML::Node ParseYaml(const std::string& text, const std::string& file) {
  CheckEvents(text, file);  // before YAML::Load, which would hang on what it refuses
  YAML::Node root = YAML::Load(text);
  RejectDuplicateKeys(file, root);
  return root;
}

YAML::Node ParseYamlFile(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) Fail(SourceLocation{path, 0, 0}, "a folder, not a YAML file");
  std::ifstream in(path, std::ios::binary);
  if (!in) Fail(SourceLocation{path, 0, 0}, "cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) Fail(SourceLocation{path, 0, 0}, "cannot read file");
  const std::string content = text.str();
  // UTF-16 (as some editors save) is full of NUL bytes, which YAML never has.
  if (const size_t nul = content.find('\0'); nul != std::string::npos) {
    const int line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<long>(nul), '\n'));
    const size_t line_start = content.rfind('\n', nul) == std::string::npos ? 0 : content.rfind('\n', nul) + 1;
    Fail(SourceLocation{path, line, static_cast<int>(nul - line_start) + 1},
         "not UTF-8 text (a NUL byte): save the file as UTF-8");
  }
  return ParseYaml(content, path);
}

std::string ScalarText(const std::string& file, const YAML::Node& node, SourceLocation where,
                       const std::string& what) {
  (void)file;
  if (!node.IsDefined() || node.IsNull()) Fail(where, "expected " + what + ", found nothing");
  if (!node.IsScalar()) {
    Fail(where, "expected " + what + ", found a " + (node.IsMap() ? "mapping" : "list"));
  }
  if (node.Scalar().empty()) Fail(where, "expected " + what + ", found an empty string");
  return node.Scalar();
}

int ScalarInt(const std::string& file, const YAML::Node& node, SourceLocation where,
              const std::string& what) {
  const std::string text = ScalarText(file, node, where, what);
  int value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) {
    Fail(where, "expected " + what + " (a whole number), found \"" + text + "\"");
  }
  return value;
}

bool ScalarBool(const std::string& file, const YAML::Node& node, SourceLocation where,
                const std::string& what) {
  const std::string text = Lower(ScalarText(file, node, where, what));
  if (text == "true" || text == "yes") return true;
  if (text == "false" || text == "no") return false;
  Fail(where, "expected " + what + " (true or false), found \"" + text + "\"");
}

std::vector<std::pair<YAML::Node, SourceLocation>> SequenceItems(const std::string& file,
                                                                 const YAML::Node& node,
                                                                 SourceLocation where,
                                                                 const std::string& what) {
  if (!node.IsDefined() || node.IsNull()) return {};
  if (!node.IsSequence()) {
    Fail(where, "expected " + what + " as a list (- item, or [a, b]), found a " +
                    (node.IsMap() ? "mapping" : "single value"));
  }
  std::vector<std::pair<YAML::Node, SourceLocation>> items;
  for (const auto& item : node) {
    SourceLocation item_where = item.IsNull() ? where : NodeWhere(file, item);
    items.emplace_back(item, item_where);
  }
  return items;
}

MapView::MapView(std::string file, YAML::Node node, SourceLocation where, std::string what)
    : file_(std::move(file)), where_(std::move(where)), what_(std::move(what)) {
  if (!node.IsDefined() || node.IsNull()) Fail(where_, "expected " + what_ + ", found nothing");
  if (!node.IsMap()) {
    Fail(where_, "expected " + what_ + " as a mapping (key: value), found a " +
                     (node.IsSequence() ? "list" : "single value"));
  }
  for (const auto& pair : node) {
    MapEntry entry;
    entry.key = Located<std::string>{pair.first.Scalar(), NodeWhere(file_, pair.first)};
    entry.value = pair.second;
    entry.value_where = ValueWhere(file_, pair.first, pair.second);
    entries_.push_back(std::move(entry));
  }
}

const MapView& MapView::AllowOnly(std::initializer_list<const char*> allowed) const {
  return AllowOnly(std::vector<std::string>(allowed.begin(), allowed.end()));
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
  return ScalarInt(file_, entry.value, entry.value_where, std::string("a value for ") + key);
}

bool MapView::Bool(const char* key, bool when_absent) const {
  const MapEntry* entry = Find(key);
  if (entry == nullptr) return when_absent;
  return ScalarBool(file_, entry->value, entry->value_where, std::string("a value for ") + key);
}

std::vector<std::pair<YAML::Node, SourceLocation>> MapView::Sequence(const char* key) const {
  const MapEntry& entry = Require(key);
  if (entry.value.IsNull()) Fail(entry.value_where, std::string("expected a list for ") + key);
  return SequenceItems(file_, entry.value, entry.value_where, key);
}

std::vector<std::pair<YAML::Node, SourceLocation>> MapView::OptSequence(const char* key) const {
  const MapEntry* entry = Find(key);
  if (entry == nullptr) return {};
  return SequenceItems(file_, entry->value, entry->value_where, key);
}

MapView MapView::Map(const char* key) const {
  const MapEntry& entry = Require(key);
  return MapView(file_, entry.value, entry.value_where, std::string("\"") + key + ":\"");
}

}  // namespace rerate
