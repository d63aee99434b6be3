// Request bodies: strict JSON, every key known (the nearest suggested), every
// value of the type the command line would take; errors say where in the body.
#include "serve/serve_request.h"

#include <nlohmann/json.hpp>

#include "base/suggest.h"
#include "base/text.h"

namespace rerate {

namespace {

using nlohmann::json;

// An error about the request body: "request body: changes[2]: ...".
Error BodyError(const std::string& message) { return Error{{}, "request body: " + message}; }

// The body parsed; an object, its keys among `allowed`.
Result<json> ParseObject(const std::string& body, const std::vector<std::string>& allowed) {
  json parsed;
  if (Trim(body).empty()) {
    parsed = json::object();
  } else {
    try {
      parsed = json::parse(body);
    } catch (const json::exception& e) {  // a syntax error, or a number too large (1e400: out_of_range)
      const std::string what = e.what();
      const size_t tag_end = what.find("] ");  // drops "[json.exception.parse_error.101] "
      return BodyError("malformed JSON: " + (tag_end == std::string::npos ? what : what.substr(tag_end + 2)));
    }
  }
  if (!parsed.is_object()) return BodyError("expected a JSON object, such as {\"changes\": []}");
  for (const auto& [key, value] : parsed.items()) {
    bool known = false;
    for (const std::string& name : allowed) known = known || key == name;
    if (!known) return BodyError("unknown key \"" + key + "\"" + DidYouMean(key, allowed) + " (expected " + OneOf(allowed) + ")");
  }
  return parsed;
}

std::vector<std::string> OptionNames() {
  std::vector<std::string> names;
  for (ChangeKind kind : ChangeKinds()) names.push_back(ChangeOptionName(kind));
  return names;
}

// One item of "changes": {"OPTION": "VALUE"}, as one item of a scenario file.
Result<ChangeSpec> ChangeItem(const json& item, const std::string& label) {
  const std::string shape = " (one option and its value, such as {\"kq\": \"2.1.1=+4\"})";
  if (!item.is_object() || item.size() != 1) return BodyError(label + ": expected an object with one key" + shape);
  const std::string& option = item.begin().key();
  std::optional<ChangeKind> kind = ChangeKindNamed(option);
  if (!kind) {
    return BodyError(label + ": unknown change \"" + option + "\"" + DidYouMean(option, OptionNames()) +
                     " (expected " + OneOf(OptionNames()) + ")");
  }
  if (!item.begin().value().is_string()) return BodyError(label + ": the value of \"" + option + "\" must be text" + shape);
  ChangeSpec change;
  change.kind = *kind;
  change.value = item.begin().value().get<std::string>();
  return change;
}

Result<std::vector<ChangeSpec>> Changes(const json& body) {
  std::vector<ChangeSpec> changes;
  if (!body.contains("changes")) return changes;
  const json& list = body.at("changes");
  if (!list.is_array()) return BodyError("\"changes\" must be a list of changes such as [{\"kq\": \"2.1.1=+4\"}]");
  for (size_t i = 0; i < list.size(); ++i) {
    Result<ChangeSpec> change = ChangeItem(list[i], "changes[" + std::to_string(i) + "]");
    if (!change) return change.error();
    changes.push_back(std::move(change).value());
  }
  return changes;
}

Result<std::string> Text(const json& body, const std::string& key) {
  if (!body.contains(key)) return std::string();
  if (!body.at(key).is_string()) return BodyError("\"" + key + "\" must be text");
  return body.at(key).get<std::string>();
}

Result<bool> Flag(const json& body, const std::string& key) {
  if (!body.contains(key)) return false;
  if (!body.at(key).is_boolean()) return BodyError("\"" + key + "\" must be true or false");
  return body.at(key).get<bool>();
}

Result<std::vector<std::string>> TextList(const json& body, const std::string& key) {
  std::vector<std::string> items;
  if (!body.contains(key)) return items;
  const json& list = body.at(key);
  if (!list.is_array()) return BodyError("\"" + key + "\" must be a list of text such as [\"2.2=Good\"]");
  for (const json& item : list) {
    if (!item.is_string()) return BodyError("\"" + key + "\" must be a list of text such as [\"2.2=Good\"]");
    items.push_back(item.get<std::string>());
  }
  return items;
}

}  // namespace

Result<std::vector<ChangeSpec>> WhatIfBody(const std::string& body) {
  Result<json> parsed = ParseObject(body, {"changes"});
  if (!parsed) return parsed.error();
  return Changes(*parsed);
}

Result<ScenarioBody> ScenarioFileBody(const std::string& body) {
  Result<json> parsed = ParseObject(body, {"scenario", "changes"});
  if (!parsed) return parsed.error();
  Result<std::string> title = Text(*parsed, "scenario");
  if (!title) return title.error();
  Result<std::vector<ChangeSpec>> changes = Changes(*parsed);
  if (!changes) return changes.error();
  if (changes->empty()) return BodyError("the scenario has no change to save (a scenario file lists at least one)");
  return ScenarioBody{*title, std::move(changes).value()};
}

Result<TargetRequest> TargetBody(const std::string& body) {
  Result<json> parsed = ParseObject(body, {"overall", "standards", "margin", "pivotal", "changes"});
  if (!parsed) return parsed.error();
  TargetRequest request;
  Result<std::string> overall = Text(*parsed, "overall");
  Result<std::vector<std::string>> standards = TextList(*parsed, "standards");
  Result<bool> margin = Flag(*parsed, "margin");
  Result<bool> pivotal = Flag(*parsed, "pivotal");
  Result<std::vector<ChangeSpec>> changes = Changes(*parsed);
  for (const Error* error : {overall ? nullptr : &overall.error(), standards ? nullptr : &standards.error(),
                             margin ? nullptr : &margin.error(), pivotal ? nullptr : &pivotal.error(),
                             changes ? nullptr : &changes.error()}) {
    if (error != nullptr) return *error;
  }
  request.overall = *overall;
  request.standards = *standards;
  request.margin = *margin;
  request.pivotal = *pivotal;
  request.changes = std::move(changes).value();
  if (request.overall.empty() && request.standards.empty() && !request.margin && !request.pivotal) {
    return BodyError("give a target (\"overall\": RATING or \"standards\": [\"ID=RATING\"]), \"margin\" or \"pivotal\"");
  }
  return request;
}

}  // namespace rerate
