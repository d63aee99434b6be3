// What both of rerate's programs (rerate, and rerate-serve that `rerate
// serve` runs) do around a command: a closed pipe is an error, not a
// signal; output that could not be written turns the exit code into an
// error; an exception is an internal error (exit 3), never a crash.
#pragma once

namespace rerate::cli {

int RunProgram(int (*run)(int argc, char** argv), int argc, char** argv);

}  // namespace rerate::cli
