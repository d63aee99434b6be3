// The loaders' error: inside a loader, Fail unwinds the parse with a
// LoadError, and each loader's entry point turns it into a Result, so that
// nothing thrown ever leaves the library.
#pragma once

#include <string>

#include "rerate/result.h"

namespace rerate {

struct LoadError {
  Error error;
};

// Throws LoadError{where, message}.
[[noreturn]] void Fail(SourceLocation where, std::string message);

}  // namespace rerate
