// `target --margin` and `--pivotal` as text and Markdown.
#pragma once

#include <string>
#include <vector>

#include "rerate/target.h"

namespace rerate {

std::string RenderMargins(const Methodology& methodology, const std::vector<StandardMargin>& margins, bool markdown);
std::string RenderPivotal(const Evaluation& now, const std::vector<PivotalAnswer>& pivotal, bool markdown);

}  // namespace rerate
