// Private to the rules loader: reads the YAML of a rules file into a
// Methodology (rules_parser.cc) and checks it as a whole (rules_validate.cc).
#pragma once

#include <string>

#include "rerate/rules.h"
#include "load/yaml_reader.h"

namespace rerate {

// Reads every section, resolving names (standards, ratings) as it goes.
// Fails on the first error.
Methodology ParseRules(const std::string& file, const YAML::Node& root);

// Whole-file checks: unique ids, bands that tile 0% to 100%, score tables
// that tile 0..max, a table for every reachable maximum.
void ValidateRules(const Methodology& methodology);

// Parses a percentage written as a decimal ("65", "62.5") exactly.
Fraction ParsePercent(const std::string& file, const YAML::Node& node, SourceLocation where);

}  // namespace rerate
