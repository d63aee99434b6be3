#include "base/load_error.h"

namespace rerate {

void Fail(SourceLocation where, std::string message) {
  throw LoadError{Error{std::move(where), std::move(message)}};
}

}  // namespace rerate
