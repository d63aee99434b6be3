// The server over real HTTP on the loopback: the same answers as
// AnswerRequest, the library's own refusals (413) as JSON, the Host check,
// many clients at once, and a clean stop.
#include <httplib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "serve/serve_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::SeedCatalog;
using testing::TestServer;

constexpr const char* kBwd = "/api/inspections/blackburn-with-darwen-2023";

std::string Expected(const std::string& method, const std::string& path, const std::string& body) {
  return AnswerRequest(SeedCatalog(), ApiRequest{method, path, "", body}).body;
}

TEST_CASE("over HTTP each answer is AnswerRequest's, with safe headers", "[serve][http]") {
  TestServer server(SeedCatalog());
  httplib::Client client("127.0.0.1", server.port());
  httplib::Result rate = client.Get(kBwd);
  REQUIRE(rate);
  CHECK(rate->status == 200);
  CHECK(rate->body == Expected("GET", kBwd, ""));
  CHECK(rate->get_header_value("Content-Security-Policy").find("default-src 'self'") == 0);
  CHECK(rate->get_header_value("X-Content-Type-Options") == "nosniff");
  const std::string body = R"({"changes": [{"kq": "2.1.1=+4"}]})";
  httplib::Result whatif = client.Post(std::string(kBwd) + "/whatif", body, "application/json");
  REQUIRE(whatif);
  CHECK(whatif->body == Expected("POST", std::string(kBwd) + "/whatif", body));
  // A form-encoded body is still the body, not parameters.
  whatif = client.Post(std::string(kBwd) + "/whatif", body, "application/x-www-form-urlencoded");
  REQUIRE(whatif);
  CHECK(whatif->status == 200);
  httplib::Result markdown = client.Post(std::string(kBwd) + "/whatif?format=markdown", body, "application/json");
  REQUIRE(markdown);
  CHECK(markdown->get_header_value("Content-Type") == "text/markdown; charset=utf-8");
  httplib::Result scenario = client.Post(std::string(kBwd) + "/scenario.yaml", body, "application/json");
  REQUIRE(scenario);
  CHECK(scenario->get_header_value("Content-Disposition") ==
        "attachment; filename=\"blackburn-with-darwen-2023-scenario.yaml\"");
}

TEST_CASE("over HTTP bad requests get JSON errors: 400, 404, 405, 413, 403", "[serve][http][errors]") {
  TestServer server(SeedCatalog());
  httplib::Client client("127.0.0.1", server.port());
  httplib::Result unknown = client.Get("/api/inspections?verbose=1");
  REQUIRE(unknown);
  CHECK(unknown->status == 400);
  CHECK(unknown->body.find("unexpected query parameter \\\"verbose\\\"") != std::string::npos);
  CHECK(client.Get("/api/inspections?format=json&format=markdown")->status == 400);
  CHECK(client.Get("/?inspection=x")->status == 200);  // the page's own parameters
  CHECK(client.Get("/api/nothing")->status == 404);
  httplib::Result wrong = client.Put(kBwd, "{}", "application/json");
  REQUIRE(wrong);
  CHECK(wrong->status == 405);
  CHECK(wrong->get_header_value("Allow") == "GET");

  const std::string large(kMaxBody + 1, ' ');
  httplib::Result too_large = client.Post(std::string(kBwd) + "/whatif", large, "application/json");
  REQUIRE(too_large);
  CHECK(too_large->status == 413);
  CHECK(too_large->body.find("\"error\": \"the request body is larger than 1 MiB\"") != std::string::npos);
  const std::string at_limit = R"({"changes": []})" + std::string(kMaxBody - 15, ' ');
  httplib::Result accepted = client.Post(std::string(kBwd) + "/whatif", at_limit, "application/json");
  REQUIRE(accepted);
  CHECK(accepted->status == 200);

  // A request naming another host (DNS rebinding) is refused on loopback.
  httplib::Result rebound = client.Get("/api/inspections", {{"Host", "evil.example"}});
  REQUIRE(rebound);
  CHECK(rebound->status == 403);
  CHECK(client.Get("/api/inspections", {{"Host", "localhost:8080"}})->status == 200);
}

TEST_CASE("many clients at once each get the single-threaded answer", "[serve][http][threads]") {
  TestServer server(SeedCatalog());
  struct Call {
    std::string path;
    std::string body;
  };
  const std::vector<Call> calls = {
      {std::string(kBwd) + "/whatif", R"({"changes": [{"kq": "2.1.1=+2"}, {"set": "1.3=Good"}]})"},
      {std::string(kBwd) + "/target", R"({"overall": "Good", "margin": true, "pivotal": true})"},
      {"/api/inspections/north-and-north-east-lincolnshire-2023/target", R"({"overall": "Good"})"},
      {"/api/inspections/bradford-and-calderdale-2024/whatif", R"({"changes": [{"kq": "2.3.1=-3"}]})"},
  };
  std::vector<std::string> expected;
  for (const Call& call : calls) expected.push_back(Expected("POST", call.path, call.body));
  std::atomic<int> wrong{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 8; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server.port());
      client.set_read_timeout(std::chrono::seconds(120));  // slow under the sanitizers, on a busy machine
      for (int i = 0; i < 8; ++i) {
        const size_t k = static_cast<size_t>(c + i) % calls.size();
        httplib::Result answer = client.Post(calls[k].path, calls[k].body, "application/json");
        if (!answer || answer->status != 200 || answer->body != expected[k]) ++wrong;
      }
    });
  }
  for (std::thread& client : clients) client.join();
  CHECK(wrong == 0);
}

TEST_CASE("the server stops cleanly, also when asked before it listens", "[serve][http]") {
  {
    TestServer server(SeedCatalog());
    httplib::Client client("127.0.0.1", server.port());
    CHECK(client.Get("/api/inspections")->status == 200);
  }  // Stop() and join
  Server early(SeedCatalog());
  REQUIRE(early.Bind("127.0.0.1", 0).ok());
  early.Stop();
  CHECK(early.Listen());  // returns at once
  Server taken(SeedCatalog());
  Result<int> port = taken.Bind("127.0.0.1", 0);
  REQUIRE(port.ok());
  Server second(SeedCatalog());
  CHECK_FALSE(second.Bind("127.0.0.1", *port).ok());
}

TEST_CASE("loopback hosts are told apart from the others", "[serve][http]") {
  for (const char* host : {"127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]"}) {
    CHECK(IsLoopbackHost(host));
  }
  for (const char* host : {"0.0.0.0", "10.0.0.1", "evil.example", "128.0.0.1", "", "localhost.evil.example"}) {
    CHECK_FALSE(IsLoopbackHost(host));
  }
}

}  // namespace
}  // namespace rerate
