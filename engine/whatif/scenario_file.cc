// Scenario files and the names of changes: a --changes file holds the same
// changes as the command line, one `option: value` item each, so a scenario
// can be kept and re-run.
#include "base/text.h"
#include "load/yaml_reader.h"
#include "rerate/whatif.h"

namespace rerate {

const std::vector<ChangeKind>& ChangeKinds() {
  static const std::vector<ChangeKind> kinds = {ChangeKind::kSet,        ChangeKind::kKq,
                                                ChangeKind::kCase,       ChangeKind::kNotRated,
                                                ChangeKind::kDiscretion, ChangeKind::kDropDiscretion};
  return kinds;
}

const char* ChangeOptionName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kSet: return "set";
    case ChangeKind::kKq: return "kq";
    case ChangeKind::kCase: return "case";
    case ChangeKind::kNotRated: return "not-rated";
    case ChangeKind::kDiscretion: return "discretion";
    case ChangeKind::kDropDiscretion: return "drop-discretion";
  }
  return "set";
}

std::optional<ChangeKind> ChangeKindNamed(const std::string& name) {
  for (ChangeKind kind : ChangeKinds()) {
    if (name == ChangeOptionName(kind)) return kind;
  }
  return std::nullopt;
}

std::string ChangeArgument(const ChangeSpec& change) {
  return std::string("--") + ChangeOptionName(change.kind) + " " + ShellWord(change.value);
}

namespace {

std::vector<std::string> OptionNames() {
  std::vector<std::string> names;
  for (ChangeKind kind : ChangeKinds()) names.push_back(ChangeOptionName(kind));
  return names;
}

ChangeSpec ParseItem(const std::string& file, const YamlNode& node, const SourceLocation& where) {
  MapView item(file, node, where, "a change (option: value, e.g. kq: 2.2.3=+3)");
  item.AllowOnly(OptionNames());
  if (item.entries().size() != 1) {
    Fail(where, "a change is one option and its value (e.g. kq: 2.2.3=+3); this item has " +
                    std::to_string(item.entries().size()) + ": write each on its own line, starting with -");
  }
  const MapEntry& entry = item.entries().front();
  ChangeSpec change;
  change.kind = *ChangeKindNamed(entry.key.value);
  change.value = ScalarText(file, entry.value, entry.value_where, "a value for " + entry.key.value);
  change.where = entry.value_where;
  return change;
}

}  // namespace

Result<std::vector<ChangeSpec>> LoadChanges(const std::string& path) {
  return CatchLoadErrors<std::vector<ChangeSpec>>(path, [&]() {
    const YamlDocument document = ParseYamlFile(path);
    const YamlNode root = document.root();
    MapView top(path, root, SourceLocation{path, 1, 1}, "a scenario file");
    top.AllowOnly({"scenario", "changes"});
    top.OptString("scenario");  // a title for people; checked to be text
    std::vector<ChangeSpec> changes;
    for (const auto& [node, where] : top.Sequence("changes")) changes.push_back(ParseItem(path, node, where));
    if (changes.empty()) Fail(top.Require("changes").value_where, "changes: lists no change");
    return changes;
  });
}

}  // namespace rerate
