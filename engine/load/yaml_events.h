// Parsing any YAML with yaml-cpp, in one pass over its events: the tree is
// built as the events come, so yaml-cpp parses each text once.
#pragma once

#include <string>

#include "load/yaml_tree.h"

namespace rerate {

// Fails (LoadError) on what rerate refuses before yaml-cpp could misbehave:
// aliases, a second document, the stray ',' on which yaml-cpp 0.7 repeats one
// document for ever.  yaml-cpp's own exceptions (syntax, nesting too deep)
// pass through to the loader's CatchLoadErrors.
YamlDocument ParseWithYamlCpp(const std::string& text, const std::string& file);

}  // namespace rerate
