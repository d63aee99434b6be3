// Explanations: every decision the engine takes, one line each, naming the
// rule by its id.  The engine records them only when given a Tracer, and
// builds no text at all when it is not (see engine/tracing.h).
#pragma once

#include <string>
#include <vector>

namespace rerate {

struct TraceStep {
  std::string rule;     // rule id from the rules file ("kq-bands", "court-work-caps-leadership")
  std::string subject;  // what it decided: a KQ or standard id, "score", "overall"
  std::string message;  // plain English, with the numbers
};

class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void Record(TraceStep step) = 0;
};

// Keeps every step in order.
class TraceLog : public Tracer {
 public:
  void Record(TraceStep step) override { steps_.push_back(std::move(step)); }
  const std::vector<TraceStep>& steps() const { return steps_; }

 private:
  std::vector<TraceStep> steps_;
};

}  // namespace rerate
