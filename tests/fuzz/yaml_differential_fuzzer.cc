// The two YAML parsers against each other: whatever the fast path
// (load/yaml_fast.cc) accepts must be yaml-cpp's tree, marks included, and
// nothing yaml-cpp (or rerate's guard around it) refuses may be accepted.
// yaml-cpp parses every input too, so its own failures (a crash, a hang) and
// the guard's are found here as well.
#include <cstdio>

#include "fuzz_support.h"
#include "load/yaml_fast.h"
#include "yaml_difference.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate;
  const std::string text = fuzz::Text(data, size);
  const std::optional<YamlDocument> reference = YamlCppTree(text);
  const std::optional<YamlDocument> fast = ParseSimpleYaml(text);
  if (!fast) return 0;
  if (!reference) {
    std::fprintf(stderr, "the fast path accepts what yaml-cpp refuses\n");
    std::abort();
  }
  const std::string difference = YamlDifference(fast->root(), reference->root());
  if (!difference.empty()) {
    std::fprintf(stderr, "the fast path and yaml-cpp differ at %s\n", difference.c_str());
    std::abort();
  }
  return 0;
}
