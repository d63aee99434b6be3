// rate --format html: one self-contained page that reads without a script.
// (tests/browser opens it in chromium with scripts off; tests/e2e compares
// it whole with cases/expected.)
#include <catch2/catch.hpp>

#include "rerate/bands.h"
#include "rerate/serve.h"
#include "test_support.h"

namespace rerate {
namespace {

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_CASE("the report is self-contained: styles inline, no script, nothing fetched", "[serve][html]") {
  const Evaluation e = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  const std::string html = RenderRateHtml({RateOutput{&e, nullptr, nullptr}});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find(testing::ReadSource("web/rerate.css")) != std::string::npos);
  CHECK(html.find("Score <span class=\"big\">10/27</span>") != std::string::npos);
  // Every key question with a result is drawn, the lowest marked.
  size_t with_result = 0;
  for (const StandardResult& standard : e.standards) {
    for (const KqResult& kq : standard.key_questions) with_result += kq.HasResult() ? 1 : 0;
  }
  CHECK(with_result > 10);
  CHECK(Count(html, "<span class=\"fill\"") == with_result);
  CHECK(Count(html, "class=\"kq lowest") >= 5);
  // Each rule id the table names, with its description.
  CHECK(html.find("<dd>Inadequate court work rules out Good or Outstanding for leadership.</dd>") != std::string::npos);
}

TEST_CASE("the chart's band edges are the methodology's", "[serve][html]") {
  Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<std::shared_ptr<const Methodology>> moved = LoadRules(testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml"));
  REQUIRE(moved.ok());
  const Evaluation shipped = Evaluate(evidence);
  evidence.methodology = *moved;
  const Evaluation other = Evaluate(evidence);
  const std::string a = RenderRateHtml({RateOutput{&shipped, nullptr, nullptr}});
  const std::string b = RenderRateHtml({RateOutput{&other, nullptr, nullptr}});
  CHECK(a.find("<span class=\"edge\" style=\"left:50%\">") != std::string::npos);
  CHECK(a.find("left:55%") == std::string::npos);
  CHECK(b.find("<span class=\"edge\" style=\"left:55%\">") != std::string::npos);
}

TEST_CASE("text from the files is escaped; several inspections get a summary", "[serve][html]") {
  Evidence evidence = testing::LoadSeed("east-berkshire-2023");
  evidence.inspection = "East <Berkshire> & \"Co\"";
  const Evaluation e = Evaluate(evidence);
  const Evaluation f = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  const std::string html = RenderRateHtml({RateOutput{&e, nullptr, nullptr}, RateOutput{&f, nullptr, nullptr}});
  CHECK(html.find("East &lt;Berkshire&gt; &amp; &quot;Co&quot;") != std::string::npos);
  CHECK(html.find("<Berkshire>") == std::string::npos);
  CHECK(html.find("<h2>Summary</h2>") != std::string::npos);
  CHECK(html.find("Not rated") != std::string::npos);  // East Berkshire's court work
}

}  // namespace
}  // namespace rerate
