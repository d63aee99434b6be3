// Recording an explanation costs nothing when no tracer is given: the
// message is built by a lambda that only runs when there is one.  The same
// for the words of events when an evaluation is for its ratings alone.
#pragma once

#include <string>
#include <string_view>

#include "rerate/evaluate.h"
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

// The words of an event, warning or violation, built only when the
// evaluation keeps words (see Detail in rerate/evaluate.h).
template <class MakeText>
inline std::string Words(const Evaluation& evaluation, MakeText&& make_text) {
  return evaluation.detail == Detail::kFull ? make_text() : std::string();
}

}  // namespace rerate
