#include "serve/serve_support.h"

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace rerate::testing {

const Catalog& SeedCatalog() {
  static const CatalogLoad load = LoadCatalog({"cases"}, {}, "");
  REQUIRE(load.errors.empty());
  return load.catalog;
}

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

CliRun RunRerate(const std::string& args) {
  static int runs = 0;
  const std::string out = WriteScratch("cli/out" + std::to_string(++runs), "");
  const std::string err = WriteScratch("cli/err" + std::to_string(runs), "");
  const std::string command = std::string("cd '") + RERATE_SOURCE_DIR + "' && '" + RERATE_PROGRAM + "' " + args + " >'" +
                              out + "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadFile(out);
  run.err = ReadFile(err);
  return run;
}

std::string CliErrorMessage(const CliRun& run) {
  std::string message = run.err;
  const size_t tag = message.find("error: ");
  if (tag != std::string::npos) message.erase(tag, 7);
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return message;
}

TestServer::TestServer(const Catalog& catalog) : server_(catalog) {
  Result<int> bound = server_.Bind("127.0.0.1", 0);
  REQUIRE(bound.ok());
  port_ = *bound;
  listener_ = std::thread([this] { server_.Listen(); });
}

TestServer::~TestServer() {
  server_.Stop();
  listener_.join();
}

}  // namespace rerate::testing
