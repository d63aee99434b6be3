// `rerate serve` runs rerate-serve, the program installed beside rerate that
// holds the HTTP server.  Linked into rerate itself, cpp-httplib (and the
// OpenSSL it initialises when it loads) cost every command, `rate` of one
// inspection included, more than half of its start-up.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli.h"

namespace rerate::cli {

int ExecServe(const Args& args) {
  const std::string server = ProgramBeside("rerate-serve");
  if (!server.empty()) {
    std::vector<char*> argv{const_cast<char*>(server.c_str())};
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    execv(server.c_str(), argv.data());
  }
  // Reached only when the program could not be started.
  std::cerr << "rerate serve: cannot run " << (server.empty() ? std::string("rerate-serve") : server) << ": "
            << (server.empty() ? "the running program's path cannot be read" : std::strerror(errno))
            << " (the workbench is the program rerate-serve, built and installed beside rerate)\n";
  return kExitInputError;
}

}  // namespace rerate::cli
