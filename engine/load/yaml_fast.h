// A fast parser for the plain YAML that rerate's own files are written in:
// block mappings and sequences, one-line flow collections ({yes: 11,
// relevant: 14}), plain and single-line quoted scalars, folded and literal
// block scalars, comments.  It builds exactly the tree yaml-cpp would (marks
// included: tests/unit/load/yaml_fast_test.cc holds it to that on every
// shipped file and thousands of mutations) and declines anything else, which
// yaml-cpp then parses: tags, anchors, aliases, several documents, tabs in
// indentation, escapes, multi-line quoted or flow scalars, and every error.
// yaml-cpp 0.7 takes about 1,800 instructions a byte; this takes a few tens.
#pragma once

#include <optional>
#include <string>

#include "load/yaml_tree.h"

namespace rerate {

// The tree, or nullopt when the text is outside the subset (or not YAML).
std::optional<YamlDocument> ParseSimpleYaml(const std::string& text);

}  // namespace rerate
