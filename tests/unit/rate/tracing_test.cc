#include "rate/tracing.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("without a tracer the message is never built", "[trace]") {
  int built = 0;
  Trace(nullptr, "kq-bands", "2.2.3", [&] {
    ++built;
    return std::string("never");
  });
  CHECK(built == 0);
  TraceLog log;
  Trace(&log, "kq-bands", "2.2.3", [&] {
    ++built;
    return std::string("14/21 = 66.7%");
  });
  CHECK(built == 1);
  REQUIRE(log.steps().size() == 1);
  CHECK(log.steps().front().rule == "kq-bands");
  CHECK(log.steps().front().subject == "2.2.3");
  CHECK(log.steps().front().message == "14/21 = 66.7%");
}

}  // namespace
}  // namespace rerate
