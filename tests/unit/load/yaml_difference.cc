#include "yaml_difference.h"

#include <yaml-cpp/exceptions.h>

#include "base/load_error.h"
#include "load/yaml_events.h"

namespace rerate {

namespace {

std::string MarkText(const YamlMark& mark) {
  return std::to_string(mark.line) + ":" + std::to_string(mark.column) + "@" + std::to_string(mark.pos);
}

const char* KindName(const YamlNode& node) {
  return node.IsMap() ? "map" : node.IsSequence() ? "sequence" : node.IsScalar() ? "scalar" : node.IsNull() ? "null" : "none";
}

}  // namespace

std::optional<YamlDocument> YamlCppTree(const std::string& text) {
  try {
    return ParseWithYamlCpp(text, "t.yaml");
  } catch (const LoadError&) {
    return std::nullopt;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

std::string YamlDifference(const YamlNode& a, const YamlNode& b, const std::string& path) {
  if (std::string(KindName(a)) != KindName(b)) return path + ": " + KindName(a) + " vs " + KindName(b);
  if (!a.IsNull() && MarkText(a.Mark()) != MarkText(b.Mark())) {
    return path + ": mark " + MarkText(a.Mark()) + " vs " + MarkText(b.Mark());
  }
  if (a.Scalar() != b.Scalar()) return path + ": \"" + a.Scalar() + "\" vs \"" + b.Scalar() + "\"";
  if (a.size() != b.size()) return path + ": " + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + " items";
  for (int i = 0; i < a.size(); ++i) {
    const std::string at = path + "/" + std::to_string(i);
    std::string found = a.IsMap() ? YamlDifference(a.key(i), b.key(i), at + "(key)") + YamlDifference(a.value(i), b.value(i), at)
                                  : YamlDifference(a.item(i), b.item(i), at);
    if (!found.empty()) return found;
  }
  return "";
}

}  // namespace rerate
