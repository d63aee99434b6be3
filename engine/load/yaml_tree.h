// A parsed YAML document as rerate reads it: scalars as text, sequences,
// mappings in file order, and where each node starts.  Both ways of parsing
// (yaml_fast.cc for the plain files rerate ships and writes, yaml-cpp in
// yaml_events.cc for everything else) build this same tree, so everything
// above reads one kind of node whichever parser ran.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace rerate {

// A place in the text, counted from 0 as yaml-cpp counts it; -1 when unknown.
struct YamlMark {
  int line = -1;
  int column = -1;
  int pos = -1;
};

enum class YamlKind : unsigned char { kNull, kScalar, kSequence, kMap };

struct YamlData {
  YamlKind kind = YamlKind::kNull;
  YamlMark mark;
  std::string text;                       // a scalar's value
  std::vector<const YamlData*> children;  // sequence items; a map's keys and values, alternating
};

// A handle on one node of a YamlDocument (cheap to copy, valid while the
// document lives).  A default handle is "not there" (a key that is absent).
class YamlNode {
 public:
  YamlNode() = default;
  explicit YamlNode(const YamlData* data) : data_(data) {}

  bool IsDefined() const { return data_ != nullptr; }
  // YAML's null: an empty value, or a plain ~, null, Null or NULL.
  bool IsNull() const { return data_ != nullptr && data_->kind == YamlKind::kNull; }
  bool IsScalar() const { return data_ != nullptr && data_->kind == YamlKind::kScalar; }
  bool IsSequence() const { return data_ != nullptr && data_->kind == YamlKind::kSequence; }
  bool IsMap() const { return data_ != nullptr && data_->kind == YamlKind::kMap; }

  // A scalar's text ("" for any other node).
  const std::string& Scalar() const;
  YamlMark Mark() const { return data_ != nullptr ? data_->mark : YamlMark{}; }

  // Sequence items, or map entries.
  int size() const;
  YamlNode item(int i) const { return YamlNode(data_->children[static_cast<size_t>(i)]); }
  YamlNode key(int i) const { return YamlNode(data_->children[2 * static_cast<size_t>(i)]); }
  YamlNode value(int i) const { return YamlNode(data_->children[2 * static_cast<size_t>(i) + 1]); }

 private:
  const YamlData* data_ = nullptr;
};

// Owns every node of one parsed text.
class YamlDocument {
 public:
  YamlDocument() = default;
  YamlDocument(YamlDocument&&) = default;
  YamlDocument& operator=(YamlDocument&&) = default;

  YamlData* Add(YamlKind kind, YamlMark mark);
  void SetRoot(const YamlData* root) { root_ = root; }
  // The document's value; null for an empty text.
  YamlNode root() const;

 private:
  std::deque<YamlData> nodes_;  // a deque: adding never moves a node
  const YamlData* root_ = nullptr;
};

}  // namespace rerate
