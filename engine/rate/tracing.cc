#include "rate/tracing.h"

namespace rerate {

void RecordStep(Tracer* tracer, std::string_view rule, std::string_view subject, std::string message) {
  tracer->Record(TraceStep{std::string(rule), std::string(subject), std::move(message)});
}

}  // namespace rerate
