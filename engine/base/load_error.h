// The loaders' error: inside a loader, Fail unwinds the parse with a
// LoadError, and each loader's entry point turns it into a Result, so that
// nothing thrown ever leaves the library.
#pragma once

#include <string>
#include <utility>

#include "rerate/result.h"

namespace rerate {

struct LoadError {
  Error error;
};

// Throws LoadError{where, message}.
[[noreturn]] void Fail(SourceLocation where, std::string message);

// The value, or a LoadError carrying the result's error: for code that
// unwinds with Fail and calls a function returning a Result.
template <class T>
T ValueOrFail(Result<T> result) {
  if (!result) throw LoadError{result.error()};
  return std::move(result).value();
}

}  // namespace rerate
