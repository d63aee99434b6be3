// A request to `rerate serve`, through AnswerRequest as the HTTP server
// hands it on: the first line is "METHOD PATH [FORMAT]", the rest is the
// body.  The catalog is the seed inspections (case answers and
// percentages-only copies).  Every answer must be one of the documented
// statuses, and a JSON answer (every error is one) must parse.
#include "fuzz_support.h"
#include "rerate/serve.h"

namespace {

rerate::Catalog catalog;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  rerate::CatalogLoad load = rerate::LoadCatalog({rerate::fuzz::SourcePath("cases")}, {rerate::fuzz::SourcePath("rules")}, "");
  rerate::fuzz::Require(load.errors.empty() && !load.catalog.inspections.empty(), "the seed inspections do not load");
  catalog = std::move(load.catalog);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  using namespace rerate::fuzz;
  const std::string input = Text(data, size);
  const size_t end = std::min(input.find('\n'), input.size());
  const std::string first = input.substr(0, end);
  ApiRequest request;
  const size_t space = first.find(' ');
  request.method = first.substr(0, space);
  if (space != std::string::npos) {
    const size_t next = first.find(' ', space + 1);
    request.path = first.substr(space + 1, next == std::string::npos ? std::string::npos : next - space - 1);
    if (next != std::string::npos) request.format = first.substr(next + 1);
  }
  request.body = end < input.size() ? input.substr(end + 1) : "";
  const ApiAnswer answer = AnswerRequest(catalog, request);
  Require(answer.status == 200 || answer.status == 400 || answer.status == 404 || answer.status == 405,
          "an answer with an undocumented status");
  if (answer.content_type.rfind("application/json", 0) == 0) RequireJson(answer.body);
  if (answer.status != 200) Require(answer.content_type.rfind("application/json", 0) == 0, "an error that is not JSON");
  return 0;
}
