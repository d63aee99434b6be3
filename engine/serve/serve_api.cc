// The workbench's requests and answers.  Every JSON answer a command also
// prints is produced by the command's own library call and renderer, so it is
// byte-identical to `--format json`; the page's files come from the program.
#include <functional>

#include "base/suggest.h"
#include "base/text.h"
#include "rerate/format.h"
#include "rerate/target.h"
#include "serve/serve_extras.h"
#include "serve/serve_request.h"
#include "serve/web_assets.h"

namespace rerate {

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

ApiAnswer Text(int status, std::string content_type, std::string body) {
  ApiAnswer answer;
  answer.status = status;
  answer.content_type = std::move(content_type);
  answer.body = std::move(body);
  return answer;
}

ApiAnswer Fail(int status, const std::string& message) { return Text(status, kJson, ErrorJson(message)); }
ApiAnswer Fail(const Error& error) { return Fail(400, error.ToString()); }

const char* ContentType(Format format) {
  switch (format) {
    case Format::kJson: return kJson;
    case Format::kMarkdown: return "text/markdown; charset=utf-8";
    case Format::kHtml: return "text/html; charset=utf-8";
    case Format::kText: return "text/plain; charset=utf-8";
  }
  return kJson;
}

std::string_view Extension(std::string_view path) {
  const size_t dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
}

const char* AssetType(std::string_view path) {
  const std::string_view extension = Extension(path);
  if (extension == "html") return "text/html; charset=utf-8";
  if (extension == "js") return "text/javascript; charset=utf-8";
  if (extension == "css") return "text/css; charset=utf-8";
  if (extension == "svg") return "image/svg+xml";
  if (extension == "png") return "image/png";
  return "application/octet-stream";
}

// One answered path: the methods it takes and what it does.
struct Call {
  const ApiRequest& request;
  const ServedInspection* inspection;  // for /api/inspections/ID/...
};
struct Route {
  std::vector<const char*> methods;
  std::function<ApiAnswer(const Call&)> answer;
};

// ?format= for an answer a command prints: json unless asked otherwise.
Result<Format> AnswerFormat(const ApiRequest& request, bool html) {
  if (request.format.empty()) return Format::kJson;
  Result<Format> format = ParseFormat(request.format, html);
  if (!format) return Error{{}, "format: " + format.error().message};
  return format;
}

ApiAnswer Rate(const Call& call) {
  Result<Format> format = AnswerFormat(call.request, /*html=*/true);
  if (!format) return Fail(format.error());
  const RateOutput output{&call.inspection->evaluation, nullptr, nullptr};
  if (*format == Format::kHtml) return Text(200, ContentType(*format), RenderRateHtml({output}));
  return Text(200, ContentType(*format), RenderRate(output, *format));
}

ApiAnswer WhatIfAnswer(const Call& call) {
  Result<Format> format = AnswerFormat(call.request, /*html=*/false);
  if (!format) return Fail(format.error());
  Result<std::vector<ChangeSpec>> changes = WhatIfBody(call.request.body);
  if (!changes) return Fail(changes.error());
  Result<WhatIf> whatif = RunWhatIf(call.inspection->evidence, *changes);
  if (!whatif) return Fail(whatif.error());
  return Text(200, ContentType(*format), RenderWhatIf(*whatif, *format));
}

// Violations an input breaks, as the command prints them before refusing it.
std::string ViolationsText(const Evaluation& evaluation) {
  std::string text;
  for (const Violation& violation : evaluation.violations) {
    text += (text.empty() ? "" : "\n") + Error{violation.where, violation.message}.ToString();
  }
  return text;
}

ApiAnswer TargetAnswer(const Call& call) {
  Result<Format> format = AnswerFormat(call.request, /*html=*/false);
  if (!format) return Fail(format.error());
  Result<TargetRequest> request = TargetBody(call.request.body);
  if (!request) return Fail(request.error());
  Result<TargetRun> run = RunTarget(call.inspection->evidence, *request);
  if (!run) return Fail(run.error());
  if (!run->now.violations.empty()) return Fail(400, ViolationsText(run->now));
  return Text(200, ContentType(*format), RenderTarget(run->Output(), *format));
}

ApiAnswer ScenarioFile(const Call& call) {
  Result<ScenarioBody> body = ScenarioFileBody(call.request.body);
  if (!body) return Fail(body.error());
  // Only a scenario that applies is saved: the file must re-run.
  if (Result<Scenario> applied = ApplyChanges(call.inspection->evidence, body->changes); !applied) {
    return Fail(applied.error());
  }
  ApiAnswer answer = Text(200, "application/yaml; charset=utf-8", ScenarioFileText(body->changes, body->title));
  answer.filename = call.inspection->id + "-scenario.yaml";
  return answer;
}

ApiAnswer CaseAnswers(const Call& call) {
  Result<std::vector<ChangeSpec>> changes = WhatIfBody(call.request.body);
  if (!changes) return Fail(changes.error());
  Result<Json> answers = CaseAnswersJson(call.inspection->evidence, *changes);
  if (!answers) return Fail(answers.error());
  return Text(200, kJson, answers->Dump());
}

// /api/inspections/ID/NAME, by NAME ("" for the inspection itself).  A new
// answer (such as `rerate stability` once it exists, which the page shows
// when the API offers it) is one more entry here.
const std::vector<std::pair<std::string, Route>>& InspectionRoutes() {
  static const std::vector<std::pair<std::string, Route>> routes = {
      {"", {{"GET"}, Rate}},
      {"methodology", {{"GET"}, [](const Call& call) {
                          return Text(200, kJson, MethodologyJson(*call.inspection->evidence.methodology).Dump());
                        }}},
      {"cases", {{"POST"}, CaseAnswers}},
      {"whatif", {{"POST"}, WhatIfAnswer}},
      {"target", {{"POST"}, TargetAnswer}},
      {"scenario.yaml", {{"POST"}, ScenarioFile}},
  };
  return routes;
}

std::vector<std::string> Ids(const Catalog& catalog) {
  std::vector<std::string> ids;
  for (const ServedInspection& served : catalog.inspections) ids.push_back(served.id);
  return ids;
}

// The method allowed, or the 405 answer naming the ones that are.
std::optional<ApiAnswer> WrongMethod(const std::vector<const char*>& methods, const std::string& method) {
  const std::string asked = method == "HEAD" ? "GET" : method;  // HEAD is GET without the body
  std::string allow;
  for (const char* allowed : methods) {
    if (asked == allowed) return std::nullopt;
    allow += (allow.empty() ? "" : ", ") + std::string(allowed);
  }
  ApiAnswer answer = Fail(405, "method " + method + " is not allowed here (allowed: " + allow + ")");
  answer.allow = allow;
  return answer;
}

ApiAnswer InspectionAnswer(const Catalog& catalog, const ApiRequest& request, const std::string& rest) {
  const size_t slash = rest.find('/');
  const std::string id = rest.substr(0, slash);
  const std::string name = slash == std::string::npos ? "" : rest.substr(slash + 1);
  for (const auto& [route_name, route] : InspectionRoutes()) {
    if (route_name != name) continue;
    if (std::optional<ApiAnswer> refused = WrongMethod(route.methods, request.method)) return *refused;
    const ServedInspection* inspection = catalog.Find(id);
    if (inspection == nullptr) {
      return Fail(400, "unknown inspection \"" + id + "\"" + DidYouMean(id, Ids(catalog)) + " (serving " +
                           OneOf(Ids(catalog)) + ")");
    }
    return route.answer(Call{request, inspection});
  }
  return Fail(404, "no such path: " + request.path);
}

ApiAnswer Asset(const ApiRequest& request, const WebAsset& asset) {
  if (std::optional<ApiAnswer> refused = WrongMethod({"GET"}, request.method)) return *refused;
  return Text(200, AssetType(asset.path), std::string(asset.bytes));
}

}  // namespace

std::string ErrorJson(const std::string& message) { return Json::MakeObject().Set("error", message).Dump(); }

ApiAnswer AnswerRequest(const Catalog& catalog, const ApiRequest& request) {
  const std::string prefix = "/api/inspections";
  if (request.path == prefix) {
    if (std::optional<ApiAnswer> refused = WrongMethod({"GET"}, request.method)) return *refused;
    return Text(200, kJson, InspectionsJson(catalog).Dump());
  }
  if (request.path.rfind(prefix + "/", 0) == 0 && request.path.size() > prefix.size() + 1) {
    return InspectionAnswer(catalog, request, request.path.substr(prefix.size() + 1));
  }
  const std::string file = request.path == "/" ? "/index.html" : request.path;
  for (const WebAsset& asset : WebAssets()) {
    if (asset.path == file) return Asset(request, asset);
  }
  return Fail(404, "no such path: " + request.path);
}

}  // namespace rerate
