// Comparing the fast YAML parser with yaml-cpp: the unit tests
// (yaml_fast_test.cc) and the differential fuzz harness
// (tests/fuzz/yaml_differential_fuzzer.cc) hold the fast path to the same rule.
#pragma once

#include <optional>
#include <string>

#include "load/yaml_tree.h"

namespace rerate {

// yaml-cpp's tree (through rerate's guard around it), or nullopt when either
// refuses the text.
std::optional<YamlDocument> YamlCppTree(const std::string& text);

// "" when the trees agree (kinds, scalars, sizes, marks), else where they
// first differ.  A null node's mark is not compared: rerate never reads it
// (a null value is placed at its key).
std::string YamlDifference(const YamlNode& a, const YamlNode& b, const std::string& path = "");

}  // namespace rerate
