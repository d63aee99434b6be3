// Every answer of the API against what the built program prints for the same
// input: byte-identical JSON (and Markdown, HTML), the same refusals.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "rerate/whatif.h"
#include "serve/serve_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::CliErrorMessage;
using testing::RunRerate;
using testing::SeedCatalog;

ApiAnswer Ask(const std::string& method, const std::string& path, const std::string& body = "",
              const std::string& format = "") {
  return AnswerRequest(SeedCatalog(), ApiRequest{method, path, format, body});
}

std::string Error(const ApiAnswer& answer) { return nlohmann::json::parse(answer.body).at("error").get<std::string>(); }

// The API's answer equals the CLI's: 200 and stdout when the command
// answers (exit 0, or 1 for a finding), 400 and its message on exit 2.
void CheckSameAsCli(const ApiAnswer& answer, const std::string& cli_args) {
  const testing::CliRun cli = RunRerate(cli_args);
  INFO("rerate " << cli_args << "\nstderr: " << cli.err << "\nAPI: " << answer.status << " " << answer.body);
  if (cli.exit_code == 2) {
    CHECK(answer.status == 400);
    CHECK(Error(answer) == CliErrorMessage(cli));
  } else {
    CHECK((cli.exit_code == 0 || cli.exit_code == 1));
    CHECK(answer.status == 200);
    CHECK(answer.body == cli.out);
  }
}

const std::vector<std::string>& Ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> all;
    for (const ServedInspection& served : SeedCatalog().inspections) all.push_back(served.id);
    return all;
  }();
  return ids;
}

TEST_CASE("GET an inspection is rate --format json, markdown, html", "[serve][api]") {
  REQUIRE(Ids().size() == 8);
  for (const std::string& id : Ids()) {
    const std::string file = "cases/" + id + ".yaml";
    CheckSameAsCli(Ask("GET", "/api/inspections/" + id), "rate " + file + " --format json");
    CheckSameAsCli(Ask("GET", "/api/inspections/" + id, "", "markdown"), "rate " + file + " --format markdown");
    CheckSameAsCli(Ask("GET", "/api/inspections/" + id, "", "html"), "rate " + file + " --format html");
  }
  CHECK(Ask("GET", "/api/inspections/" + Ids()[0]).content_type == "application/json; charset=utf-8");
  CHECK(Ask("GET", "/api/inspections/" + Ids()[0], "", "html").content_type == "text/html; charset=utf-8");
}

TEST_CASE("the list of inspections is rate's summary with each id", "[serve][api]") {
  const nlohmann::json list = nlohmann::json::parse(Ask("GET", "/api/inspections").body).at("inspections");
  const nlohmann::json summary = nlohmann::json::parse(RunRerate("rate cases --format json").out).at("summary");
  REQUIRE(list.size() == summary.size());
  for (size_t i = 0; i < list.size(); ++i) {
    nlohmann::json item = list[i];
    CHECK(item.at("id") == Ids()[i]);
    CHECK(item.at("file") == "cases/" + Ids()[i] + ".yaml");
    item.erase("id");
    CHECK(item == summary[i]);
  }
}

TEST_CASE("POST whatif is rerate whatif --format json, for every seed", "[serve][api]") {
  for (const std::string& id : Ids()) {
    const std::string file = "cases/" + id + ".yaml";
    const bool counts = id.find("percentages") == std::string::npos;
    const std::string body = counts ? R"({"changes": [{"kq": "2.2.1=+1"}, {"set": "1.1=Outstanding"}]})"
                                    : R"({"changes": [{"set": "1.1=Outstanding"}]})";
    const std::string args = counts ? " --kq 2.2.1=+1 --set 1.1=Outstanding" : " --set 1.1=Outstanding";
    CheckSameAsCli(Ask("POST", "/api/inspections/" + id + "/whatif", body), "whatif " + file + args + " --format json");
    CheckSameAsCli(Ask("POST", "/api/inspections/" + id + "/whatif", body, "markdown"),
                   "whatif " + file + args + " --format markdown");
  }
  // No body: no change.
  CheckSameAsCli(Ask("POST", "/api/inspections/" + Ids()[1] + "/whatif"), "whatif cases/" + Ids()[1] + ".yaml --format json");
}

TEST_CASE("POST target is rerate target --format json: plans, margins, pivotal, unreachable", "[serve][api]") {
  for (const std::string& id : Ids()) {
    const std::string file = "cases/" + id + ".yaml";
    CheckSameAsCli(Ask("POST", "/api/inspections/" + id + "/target", R"({"overall": "Good"})"),
                   "target " + file + " --overall Good --format json");
    // Pivotal needs case data: the percentages copies get the CLI's refusal.
    CheckSameAsCli(Ask("POST", "/api/inspections/" + id + "/target", R"({"margin": true, "pivotal": true})"),
                   "target " + file + " --margin --pivotal --format json");
  }
  const std::string bwd = "/api/inspections/blackburn-with-darwen-2023/target";
  const std::string file = "cases/blackburn-with-darwen-2023.yaml";
  CheckSameAsCli(Ask("POST", bwd, R"({"overall": "Outstanding"})"), "target " + file + " --overall Outstanding --format json");
  CheckSameAsCli(Ask("POST", bwd, R"({"standards": ["1.1=Good", "2.2=Good"], "changes": [{"kq": "2.1.1=+2"}]})"),
                 "target " + file + " --standard 1.1=Good --standard 2.2=Good --kq 2.1.1=+2 --format json");
  CheckSameAsCli(Ask("POST", bwd, R"({"overall": "Good"})", "markdown"), "target " + file + " --overall Good --format markdown");
  CheckSameAsCli(Ask("POST", bwd, R"({"overall": "Goood"})"), "target " + file + " --overall Goood --format json");
}

TEST_CASE("an impossible change is the CLI's own message, as 400", "[serve][api][errors]") {
  const std::string file = "cases/blackburn-with-darwen-2023.yaml";
  const std::string whatif = "/api/inspections/blackburn-with-darwen-2023/whatif";
  CheckSameAsCli(Ask("POST", whatif, R"({"changes": [{"kq": "2.2.3=+30"}]})"), "whatif " + file + " --kq 2.2.3=+30");
  CheckSameAsCli(Ask("POST", whatif, R"({"changes": [{"set": "2.2=Good"}]})"), "whatif " + file + " --set 2.2=Good");
  CheckSameAsCli(Ask("POST", whatif, R"({"changes": [{"case": "BWD99:2.2.3=yes"}]})"), "whatif " + file + " --case BWD99:2.2.3=yes");
  CheckSameAsCli(Ask("POST", whatif, R"({"changes": [{"discretion": "2.2=Outstanding: reasons"}]})"),
                 "whatif " + file + " --discretion '2.2=Outstanding: reasons' --format json");
}

TEST_CASE("bad requests are answers: 400, 404, 405", "[serve][api][errors]") {
  const std::string whatif = "/api/inspections/blackburn-with-darwen-2023/whatif";
  ApiAnswer answer = Ask("POST", whatif, "{\"changes\": [");
  CHECK(answer.status == 400);
  CHECK(Error(answer).rfind("request body: malformed JSON: parse error at line 1, column 14", 0) == 0);
  CHECK(Error(Ask("POST", whatif, "[1]")) == "request body: expected a JSON object, such as {\"changes\": []}");
  CHECK(Error(Ask("POST", whatif, R"({"chnges": []})")) ==
        "request body: unknown key \"chnges\"; did you mean changes? (expected changes)");
  CHECK(Error(Ask("POST", whatif, R"({"changes": [{"kqs": "2.1.1=+1"}]})")) ==
        "request body: changes[0]: unknown change \"kqs\"; did you mean kq? (expected set, kq, case, not-rated, "
        "discretion or drop-discretion)");
  CHECK(Error(Ask("POST", whatif, R"({"changes": [{"kq": 4}]})")).find("changes[0]: the value of \"kq\" must be text") !=
        std::string::npos);
  CHECK(Error(Ask("POST", whatif, R"({"changes": [{"changes": "court.yaml"}]})")).find("unknown change \"changes\"") !=
        std::string::npos);
  CHECK(Error(Ask("POST", "/api/inspections/blackburn-with-darwen-2023/target", "{}")) ==
        "request body: give a target (\"overall\": RATING or \"standards\": [\"ID=RATING\"]), \"margin\" or \"pivotal\"");

  answer = Ask("GET", "/api/inspections/blackburn-with-darwen-2032");
  CHECK(answer.status == 400);
  CHECK(Error(answer).rfind("unknown inspection \"blackburn-with-darwen-2032\"; did you mean blackburn-with-darwen-2023?", 0) == 0);
  CHECK(Ask("GET", "/api/inspections/../../etc/passwd").status == 404);
  CHECK(Ask("GET", "/api/inspections/blackburn-with-darwen-2023/nothing").status == 404);
  CHECK(Ask("GET", "/nothing.js").status == 404);
  CHECK(Error(Ask("GET", "/api/inspections/blackburn-with-darwen-2023", "", "xml")) ==
        "format: unknown format \"xml\" (expected text, markdown, json or html)");
  CHECK(Ask("POST", whatif, "", "html").status == 400);

  answer = Ask("GET", whatif);
  CHECK(answer.status == 405);
  CHECK(answer.allow == "POST");
  CHECK(Ask("DELETE", "/api/inspections").allow == "GET");
  CHECK(Ask("POST", "/").status == 405);
  CHECK(Ask("HEAD", "/api/inspections").status == 200);
}

TEST_CASE("the scenario file re-runs the scenario with rerate whatif --changes", "[serve][api]") {
  const std::string body =
      R"({"scenario": "Court work: \"better\"", "changes": [{"kq": "2.1.1=+2"}, {"discretion": "2.5=Good: strong reviewing # noted"}]})";
  const ApiAnswer answer = Ask("POST", "/api/inspections/blackburn-with-darwen-2023/scenario.yaml", body);
  REQUIRE(answer.status == 200);
  CHECK(answer.filename == "blackburn-with-darwen-2023-scenario.yaml");
  const std::string file = testing::WriteScratch("serve/scenario.yaml", answer.body);
  Result<std::vector<ChangeSpec>> loaded = LoadChanges(file);
  REQUIRE(loaded.ok());
  REQUIRE(loaded->size() == 2);
  CHECK((*loaded)[1].value == "2.5=Good: strong reviewing # noted");
  const testing::CliRun from_file = RunRerate("whatif cases/blackburn-with-darwen-2023.yaml --changes '" + file + "' --format json");
  const testing::CliRun from_options = RunRerate(
      "whatif cases/blackburn-with-darwen-2023.yaml --kq 2.1.1=+2 --discretion '2.5=Good: strong reviewing # noted' --format json");
  CHECK(nlohmann::json::parse(from_file.out).at("standards") == nlohmann::json::parse(from_options.out).at("standards"));
  // Only a scenario that applies is saved, and it needs a change.
  CHECK(Ask("POST", "/api/inspections/blackburn-with-darwen-2023/scenario.yaml", R"({"changes": [{"kq": "2.1.1=+9"}]})").status == 400);
  CHECK(Error(Ask("POST", "/api/inspections/blackburn-with-darwen-2023/scenario.yaml", "{}")) ==
        "request body: the scenario has no change to save (a scenario file lists at least one)");
}

TEST_CASE("the page and its files are served from the program", "[serve][api]") {
  const ApiAnswer page = Ask("GET", "/");
  CHECK(page.status == 200);
  CHECK(page.content_type == "text/html; charset=utf-8");
  CHECK(page.body == testing::ReadSource("web/index.html"));
  CHECK(Ask("GET", "/app.js").body == testing::ReadSource("web/app.js"));
  CHECK(Ask("GET", "/app.js").content_type == "text/javascript; charset=utf-8");
  CHECK(Ask("GET", "/rerate.css").body == testing::ReadSource("web/rerate.css"));
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

// Damaged requests are answered, never crash: random edits of valid bodies
// and paths give 200 or a 4xx with an error, whatever they hold.
TEST_CASE("damaged requests get an answer, never a crash", "[serve][api][robustness]") {
  const std::vector<std::pair<std::string, std::string>> valid = {
      {"/api/inspections/blackburn-with-darwen-2023/whatif",
       R"({"changes": [{"kq": "2.1.1=+2"}, {"case": "BWD01:2.5.3=yes"}, {"discretion": "2.5=Good: why"}]})"},
      {"/api/inspections/blackburn-with-darwen-2023/target", R"({"overall": "Good", "standards": ["2.2=Good"], "margin": true})"},
      {"/api/inspections/blackburn-with-darwen-2023/scenario.yaml", R"({"scenario": "t", "changes": [{"set": "1.1=Good"}]})"},
      {"/api/inspections/blackburn-with-darwen-2023/cases", R"({"changes": [{"not-rated": "2.1"}]})"},
  };
  const std::string alphabet = "{}[]\":,=+-/0123456789.abcdefghijklmnopqrstuvwxyz \\\n\x01\xff";
  unsigned state = 12345;
  const auto next = [&state](size_t n) {
    state = state * 1103515245u + 12345u;
    return static_cast<size_t>((state >> 8) % n);
  };
  int answered = 0;
  for (int round = 0; round < 400; ++round) {
    const auto& [path, body] = valid[static_cast<size_t>(round) % valid.size()];
    std::string damaged = body;
    for (int edit = 0, edits = 1 + static_cast<int>(next(4)); edit < edits; ++edit) {
      const size_t at = next(damaged.size());
      switch (next(3)) {
        case 0: damaged[at] = alphabet[next(alphabet.size())]; break;
        case 1: damaged.erase(at, 1 + next(5)); break;
        default: damaged.insert(at, 1, alphabet[next(alphabet.size())]);
      }
      if (damaged.empty()) damaged = "{";
    }
    const ApiAnswer answer = Ask("POST", round % 7 == 0 ? path.substr(0, path.size() - next(6)) : path, damaged);
    INFO(path << " " << damaged);
    CHECK((answer.status == 200 || answer.status == 400 || answer.status == 404 || answer.status == 405));
    if (answer.status != 200) CHECK(answer.body.find("\"error\": ") != std::string::npos);
    ++answered;
  }
  CHECK(answered == 400);
  // Deeply nested JSON (as deep as 1 MiB allows) is refused, not recursed into.
  const std::string deep = std::string(kMaxBody / 2, '[') + std::string(kMaxBody / 2, ']');
  CHECK(Ask("POST", valid[0].first, deep).status == 400);
  const std::string deep_object = "{\"changes\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(Ask("POST", valid[0].first, deep_object).status == 400);
}

}  // namespace
}  // namespace rerate
