// Strict reading of YAML.  Each text is parsed once, by the fast parser when
// it is plain (yaml_fast.h) and by yaml-cpp otherwise (yaml_events.h), into
// the same tree (yaml_tree.h).
//
// yaml-cpp 0.7 accepts duplicate mapping keys and unknown keys without a word;
// rerate rejects both.  Inside the loaders a LoadError unwinds the parse and is
// turned into a Result at each loader's entry point (CatchLoadErrors); neither
// it nor any yaml-cpp exception leaves the library.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>

#include "base/load_error.h"
#include "load/yaml_tree.h"
#include "rerate/inspection.h"
#include "rerate/result.h"

namespace rerate {

// Runs `parse`, turning a LoadError or any yaml-cpp exception into an Error
// located in `file`.
template <class T>
Result<T> CatchLoadErrors(const std::string& file, const std::function<T()>& parse);

// The opaque block of inspection.h: a YAML node, the document that holds it
// and the file it came from.
class YamlBlock {
 public:
  YamlBlock(std::string file, std::shared_ptr<const YamlDocument> document, YamlNode node)
      : file_(std::move(file)), document_(std::move(document)), node_(node) {}
  const std::string& file() const { return file_; }
  const YamlNode& node() const { return node_; }

 private:
  std::string file_;
  std::shared_ptr<const YamlDocument> document_;
  YamlNode node_;
};

// Where a node starts (1-based).  Null nodes carry no reliable mark: pass the
// place of their key instead.
SourceLocation NodeWhere(const std::string& file, const YamlNode& node);
SourceLocation NodeWhere(const std::string& file, const YamlMark& mark);

// Parses YAML text; rejects duplicate and non-scalar keys anywhere in it.
YamlDocument ParseYaml(const std::string& text, const std::string& file);
// Reads and parses a file.
YamlDocument ParseYamlFile(const std::string& path);

// A scalar, checked: Fail unless the node is a non-empty scalar.
const std::string& ScalarText(const std::string& file, const YamlNode& node, const SourceLocation& where,
                       const std::string& what);
int ScalarInt(const std::string& file, const YamlNode& node, const SourceLocation& where,
              const std::string& what);
bool ScalarBool(const std::string& file, const YamlNode& node, const SourceLocation& where,
                const std::string& what);

// One key of a mapping with its value.
struct MapEntry {
  Located<std::string> key;
  YamlNode value;
  // Where the value is; the key's place when the value is null.
  SourceLocation value_where;
};

// A strict view of one YAML mapping.  `what` names it in messages
// ("the rules file", "standard 2.2").
class MapView {
 public:
  MapView(std::string file, YamlNode node, SourceLocation where, std::string what);

  // Fails on the first key not in `allowed`, suggesting the nearest.
  const MapView& AllowOnly(std::initializer_list<const char*> allowed) const;
  const MapView& AllowOnly(const std::vector<std::string>& allowed) const;

  bool Has(const char* key) const;
  const MapEntry* Find(const char* key) const;
  const MapEntry& Require(const char* key) const;

  std::string String(const char* key) const;  // required
  std::string OptString(const char* key) const;  // "" when absent
  Located<std::string> LocString(const char* key) const;  // required
  Located<std::string> OptLocString(const char* key) const;
  int Int(const char* key) const;  // required
  bool Bool(const char* key, bool when_absent) const;

  // Required sequence / mapping values.
  std::vector<std::pair<YamlNode, SourceLocation>> Sequence(const char* key) const;
  std::vector<std::pair<YamlNode, SourceLocation>> OptSequence(const char* key) const;
  MapView Map(const char* key) const;

  const std::vector<MapEntry>& entries() const { return entries_; }
  const std::string& file() const { return file_; }
  const SourceLocation& where() const { return where_; }
  const std::string& what() const { return what_; }

 private:
  std::string file_;
  SourceLocation where_;
  std::string what_;
  std::vector<MapEntry> entries_;
};

// The items of a sequence node with their places; Fail unless a sequence.
std::vector<std::pair<YamlNode, SourceLocation>> SequenceItems(const std::string& file,
                                                                 const YamlNode& node,
                                                                 const SourceLocation& where,
                                                                 const std::string& what);

// --- implementation of the template ------------------------------------

template <class T>
Result<T> CatchLoadErrors(const std::string& file, const std::function<T()>& parse) {
  try {
    return parse();
  } catch (const LoadError& e) {
    return e.error;
  } catch (const YAML::DeepRecursion& e) {
    return Error{NodeWhere(file, YamlMark{e.mark.line, e.mark.column, e.mark.pos}),
                 "invalid YAML: nested more than " + std::to_string(e.depth()) + " levels deep"};
  } catch (const YAML::Exception& e) {
    SourceLocation where{file, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                         e.mark.column >= 0 ? e.mark.column + 1 : 0};
    return Error{where, "invalid YAML: " + e.msg};
  }
}

}  // namespace rerate
