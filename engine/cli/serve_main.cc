// rerate-serve: the program `rerate serve` runs (serve_exec.cc says why it
// is a program of its own).  `rerate-serve ARGS` is `rerate serve ARGS`.
#include "cli.h"
#include "program.h"

namespace {

int Serve(int argc, char** argv) { return rerate::cli::CmdServe(rerate::cli::Args(argv + 1, argv + argc)); }

}  // namespace

int main(int argc, char** argv) { return rerate::cli::RunProgram(Serve, argc, argv); }
