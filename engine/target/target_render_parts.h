// `target --margin` and `--pivotal` as text and Markdown.
#pragma once

#include <string>
#include <vector>

#include "rerate/target.h"

namespace rerate {

// `words`: with what each key question asks, under it.
std::string RenderMargins(const Methodology& methodology, const std::vector<StandardMargin>& margins, bool markdown,
                          bool words);
std::string RenderPivotal(const Evaluation& now, const std::vector<PivotalAnswer>& pivotal, bool markdown, bool words);

}  // namespace rerate
