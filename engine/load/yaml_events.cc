#include "load/yaml_events.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <vector>

#include "base/load_error.h"

namespace rerate {

namespace {

YamlMark ToMark(const YAML::Mark& mark) { return YamlMark{mark.line, mark.column, mark.pos}; }

SourceLocation Where(const std::string& file, const YAML::Mark& mark) {
  if (mark.line < 0) return SourceLocation{file, 0, 0};
  return SourceLocation{file, mark.line + 1, mark.column + 1};
}

// Builds the tree from yaml-cpp's events:
//  - aliases make one node stand in several places, so a small file could
//    stand for an exponentially large tree; rerate's files never need them;
//  - yaml-cpp 0.7 never gets past a stray ',' at the start of a block line
//    (jbeder/yaml-cpp#1040, fixed upstream after 0.7): it reports the same
//    document again and again.  A second document that starts where the first
//    did is that bug, and an error here.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& text, const std::string& file, YamlDocument* document)
      : text_(text), file_(file), document_(document) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ == 1) {
      first_ = mark;
      return;
    }
    SecondDocument(mark);
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { Add(YamlKind::kNull, mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    Fail(Where(file_, mark), "aliases (*name) are not supported: write the value out in full");
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string& value) override {
    Add(YamlKind::kScalar, mark)->text = value;
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open_.push_back(Add(YamlKind::kSequence, mark));
  }
  void OnSequenceEnd() override { open_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open_.push_back(Add(YamlKind::kMap, mark));
  }
  void OnMapEnd() override { open_.pop_back(); }

 private:
  YamlData* Add(YamlKind kind, const YAML::Mark& mark) {
    YamlData* node = document_->Add(kind, ToMark(mark));
    if (open_.empty()) {
      document_->SetRoot(node);
    } else {
      open_.back()->children.push_back(node);
    }
    return node;
  }

  [[noreturn]] void SecondDocument(const YAML::Mark& mark) {
    const bool inside = mark.pos >= 0 && static_cast<size_t>(mark.pos) < text_.size();
    if (mark.pos == first_.pos) {
      Fail(Where(file_, mark), "invalid YAML: unexpected '" + (inside ? std::string(1, text_[mark.pos]) : "text") + "'");
    }
    if (inside && text_.compare(static_cast<size_t>(mark.pos), 3, "---") == 0) {
      Fail(Where(file_, mark), "expected one YAML document, found a second one (a line with ---)");
    }
    // yaml-cpp ends a document at a scalar that has nothing after it on its
    // line and starts another at the next value: say what stands there.
    const size_t end = inside ? text_.find_first_of("\r\n", static_cast<size_t>(mark.pos)) : std::string::npos;
    const std::string found =
        inside ? text_.substr(static_cast<size_t>(mark.pos), (end == std::string::npos ? text_.size() : end) - static_cast<size_t>(mark.pos)) : "";
    // Quoted text is shown as written; anything else in quotes.
    const bool quoted = !found.empty() && (found.front() == '"' || found.front() == '\'');
    const std::string shown = found.empty() ? "more text" : quoted ? found : "\"" + found + "\"";
    Fail(Where(file_, mark), "expected one YAML value (a mapping of key: value lines), found a second one after the "
                             "first (from line " + std::to_string(first_.line + 1) + ") ended: " + shown);
  }

  const std::string& text_;
  const std::string& file_;
  YamlDocument* document_;
  std::vector<YamlData*> open_;
  int documents_ = 0;
  YAML::Mark first_;
};

}  // namespace

YamlDocument ParseWithYamlCpp(const std::string& text, const std::string& file) {
  YamlDocument document;
  std::istringstream in(text);
  YAML::Parser parser(in);
  TreeBuilder builder(text, file, &document);
  while (parser.HandleNextDocument(builder)) {
  }
  return document;
}

}  // namespace rerate
