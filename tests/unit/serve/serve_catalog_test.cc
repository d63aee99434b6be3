#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/serve.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("the catalog serves what loads and reports the rest, as rate does", "[serve][catalog]") {
  const std::string broken = testing::WriteScratch("catalog/broken.yaml", "inspection: x\nmethodology: hmip-pdu-2021\nratings: [\n");
  const std::string copy = testing::WriteScratch("catalog/blackburn-with-darwen-2023.yaml",
                                                 testing::ReadSource("cases/blackburn-with-darwen-2023.yaml"));
  CatalogLoad load = LoadCatalog({"cases/blackburn-with-darwen-2023.yaml", "cases/no-such.yaml", broken, copy,
                                  "tests/conformance/hmip-pdu-2021/discretion-two-bands.yaml"},
                                 {}, "");
  REQUIRE(load.catalog.inspections.size() == 1);
  const ServedInspection& served = load.catalog.inspections.front();
  CHECK(served.id == "blackburn-with-darwen-2023");
  CHECK(served.evaluation.score == 10);
  CHECK(load.catalog.Find("blackburn-with-darwen-2023") == &served);
  CHECK(load.catalog.Find("blackburn") == nullptr);
  REQUIRE(load.errors.size() == 4);
  CHECK(load.errors[0].ToString() == "cases/no-such.yaml: no such file or folder");
  CHECK(load.errors[1].where.file == broken);
  CHECK(load.errors[2].message ==
        "the id \"blackburn-with-darwen-2023\" is taken by cases/blackburn-with-darwen-2023.yaml: serve files with different names");
  // Discretion beyond the distance allowed: refused, as rate refuses it.
  CHECK(load.errors[3].message.find("professional-discretion") != std::string::npos);
}

TEST_CASE("a folder gives its inspections in name order; the bundled cases are found", "[serve][catalog]") {
  CatalogLoad load = LoadCatalog({"cases"}, {}, "");
  CHECK(load.errors.empty());
  REQUIRE(load.catalog.inspections.size() == 8);
  CHECK(load.catalog.inspections.front().id == "blackburn-with-darwen-2023-percentages");
  CHECK(load.catalog.inspections.back().id == "north-and-north-east-lincolnshire-2023");
  CatalogLoad bundled = LoadCatalog({InstalledExamplesDir()}, {}, "");
  CHECK(bundled.catalog.inspections.size() == 8);
  CHECK(LoadCatalog({"cases/blackburn-with-darwen-2023.yaml"}, {}, "examples/hmip-pdu-2021-ri-from-55.yaml")
            .catalog.inspections.front().evaluation.methodology->name == "hmip-pdu-2021-ri-from-55");
}

}  // namespace
}  // namespace rerate
