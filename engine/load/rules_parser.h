// Reading the YAML of a rules file into a Methodology, section by section.
#pragma once

#include <string>

#include "load/yaml_reader.h"
#include "rerate/rules.h"

namespace rerate {

// Reads every section, resolving names (standards, ratings) as it goes.
// Fails on the first error.
Methodology ParseRules(const std::string& file, const YamlNode& root);

// Parses a percentage written as a decimal ("65", "62.5") exactly.
Fraction ParsePercent(const std::string& file, const YamlNode& node, SourceLocation where);

}  // namespace rerate
