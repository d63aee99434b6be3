// Recording an explanation costs nothing when no tracer is given: the
// message is built by a lambda that only runs when there is one.
#pragma once

#include <string>
#include <string_view>

#include "rerate/trace.h"

namespace rerate {

// Hands one step to the tracer (never null here); out of line, so that the
// template below stays a null check and a call.
void RecordStep(Tracer* tracer, std::string_view rule, std::string_view subject, std::string message);

template <class MakeMessage>
inline void Trace(Tracer* tracer, std::string_view rule, std::string_view subject,
                  MakeMessage&& make_message) {
  if (tracer == nullptr) return;
  RecordStep(tracer, rule, subject, make_message());
}

}  // namespace rerate
