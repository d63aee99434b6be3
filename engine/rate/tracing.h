// Recording an explanation costs nothing when no tracer is given: the
// message is built by a lambda that only runs when there is one.
#pragma once

#include <string>
#include <string_view>

#include "rerate/trace.h"

namespace rerate {

template <class MakeMessage>
inline void Trace(Tracer* tracer, std::string_view rule, std::string_view subject,
                  MakeMessage&& make_message) {
  if (tracer == nullptr) return;
  tracer->Record(TraceStep{std::string(rule), std::string(subject), make_message()});
}

}  // namespace rerate
