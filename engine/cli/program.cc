#include "program.h"

#include <csignal>
#include <exception>
#include <iostream>

#include "cli.h"
#include "output.h"

namespace rerate::cli {

namespace {

// What a command gives, unless its results could not be written: then an
// input or output error (2), never 0 or 1 with output lost.
int Finished(int code) {
  if (std::optional<std::string> failure = Output::Get().Finish()) {
    std::cerr << "rerate: " << *failure << "\n";
    return code == kExitInternalError ? code : kExitInputError;
  }
  return code;
}

}  // namespace

int RunProgram(int (*run)(int argc, char** argv), int argc, char** argv) {
  // A closed pipe is a write error (EPIPE), reported, not a silent signal.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return Finished(run(argc, argv));
  } catch (const std::exception& e) {
    std::cerr << "rerate: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "rerate: internal error\n";
  }
  return kExitInternalError;
}

}  // namespace rerate::cli
