// Helpers for the workbench's tests: the seed inspections served, the built
// program run as a user runs it (to compare answers with what the CLI
// prints), and a server started in-process on a free port.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "rerate/serve.h"

namespace rerate::testing {

// cases/ loaded as `rerate serve cases` loads it (once per test run).
const Catalog& SeedCatalog();

// What the built rerate prints: `rerate ARGS` run in the source folder
// (ARGS as a shell reads them).
struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};
CliRun RunRerate(const std::string& args);

// The CLI's error message as the API gives it: stderr without "error: " and
// the line end ("file:line:col: error: m" -> "file:line:col: m").
std::string CliErrorMessage(const CliRun& run);

// A server on 127.0.0.1 and a free port, listening until destroyed.
class TestServer {
 public:
  explicit TestServer(const Catalog& catalog);
  ~TestServer();
  int port() const { return port_; }
  Server& server() { return server_; }

 private:
  Server server_;
  int port_ = 0;
  std::thread listener_;
};

}  // namespace rerate::testing
