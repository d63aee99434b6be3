// rerate serve: the what-if workbench, a page in the browser over the library.
// This file parses options, loads, starts the server and stops it on SIGINT
// or SIGTERM; every request is answered by the library (rerate/serve.h).
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <thread>

#include "cli.h"
#include "rerate/serve.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kAbout =
    "Serves a page for PDU leads at http://HOST:PORT/: pick an inspection, change\n"
    "answers, judgements, Not rated or discretion and see the ratings before and\n"
    "after with the engine's explanations; ask what it takes to reach a rating and\n"
    "apply the plan; download the scenario file, the result as JSON or Markdown.\n"
    "Every answer comes from the same library as rate, whatif and target (the JSON\n"
    "API's answers are byte-identical to their --format json; README, rerate serve).\n"
    "Inspections are loaded once (a folder: its *.yaml); one that fails is reported\n"
    "and the rest are served.  With no argument, the bundled seed inspections.\n"
    "Binds 127.0.0.1 unless --host says otherwise; never writes a file.  Stop it\n"
    "with Ctrl-C (SIGINT) or SIGTERM.";

constexpr CommandFront kFront = {"serve", "rerate serve [INSPECTION.yaml|FOLDER...] [--host 127.0.0.1] [--port 8080]",
                                  kAbout, nullptr, /*one_file=*/false, /*writes_results=*/false};

// "[::1]" for an IPv6 address in a URL.
std::string UrlHost(const std::string& host) {
  return host.find(':') != std::string::npos && host.front() != '[' ? "[" + host + "]" : host;
}

}  // namespace

int CmdServe(const Args& args) {
  InputOptions input;
  std::string host = "127.0.0.1";
  int port = 8080;
  po::options_description options;
  options.add_options()
      ("host", po::value(&host)->value_name("HOST"), "address to listen on (default 127.0.0.1: this machine only)")
      ("port", po::value(&port)->value_name("PORT"), "port to listen on (default 8080; 0: any free port)")
      ("rules-dir", po::value(&input.rules_dirs)->value_name("DIR")->composing(),
       "look for methodology NAME as DIR/NAME.yaml first (repeatable)");
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm)) return *stop;
  if (port < 0 || port > 65535) return UsageError("serve", "--port " + std::to_string(port) + ": expected 0 to 65535");
  if (input.paths.empty()) {
    const std::string examples = InstalledExamplesDir();
    if (examples.empty()) return UsageError("serve", "no inspections shipped with this rerate: give an inspection file or a folder");
    input.paths.push_back(examples);
  }

  CatalogLoad load = LoadCatalog(input.paths, input.rules_dirs, input.rules);
  for (const Error& error : load.errors) PrintError(error);
  if (load.catalog.inspections.empty()) {
    std::cerr << "rerate serve: no inspection to serve\n";
    return kExitInputError;
  }
  // SIGINT and SIGTERM are taken by this thread alone (sigwait below), so
  // the server's threads never see them and stop only through Stop().
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Server server(load.catalog);
  Result<int> bound = server.Bind(host, port);
  if (!bound) {
    PrintError(bound.error());
    return kExitInputError;
  }
  if (!IsLoopbackHost(host)) {
    std::cerr << "rerate serve: warning: listening on " << host
              << ": anyone who can reach this port sees the case data of every inspection served\n";
  }
  std::cout << "rerate serve: " << load.catalog.inspections.size() << " inspection"
            << (load.catalog.inspections.size() == 1 ? "" : "s") << "; open http://" << UrlHost(host) << ":" << *bound
            << "/ (Ctrl-C stops)" << std::endl;
  bool listened = true;
  std::thread listener([&] {
    listened = server.Listen();
    if (!listened) kill(getpid(), SIGTERM);  // wakes the sigwait below
  });
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  server.Stop();
  listener.join();
  if (!listened) {
    std::cerr << "rerate serve: the server stopped: it could not accept connections\n";
    return kExitInternalError;
  }
  std::cout << "rerate serve: stopped" << std::endl;
  return load.errors.empty() ? kExitOk : kExitInputError;
}

}  // namespace rerate::cli
