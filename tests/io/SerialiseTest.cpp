// What a saved file looks like: stable key order, two-space indent, presets by id, only the
// country values and assumptions that differ, every posture and lever, shocks and timeline.

#include "IoTestSupport.h"
#include "sovsim/ScenarioFile.h"

#include <gtest/gtest.h>

namespace sovsim {
namespace {

using test::testCatalog;

Scenario kenyaScenario() {
    Scenario s;
    s.name = "Kenya - 談判";
    s.countryPreset = "kenya";
    s.country = testCatalog().findCountry("kenya")->profile;
    s.country.populationM = 60.5;
    s.country.exportControlTier = 3.0;
    s.strategyPreset = "autarky";
    s.strategy = testCatalog().findStrategy("autarky")->strategy;
    s.strategy.setPosture(Layer::Models, Posture::Depend);
    s.assumptions.pue = 1.25;
    s.shocks.push_back(Shock{ShockType::SupplierCutoff, {2030, 1}, 24, 0.8});
    s.timeline = Timeline{2040, Step::Quarter};
    return s;
}

TEST(Serialise, ScenarioFileLayout) {
    const std::string expected = R"({
  "format": "sovsim-scenario",
  "version": 1,
  "name": "Kenya - 談判",
  "country": {
    "preset": "kenya",
    "overrides": {
      "population_m": 60.5,
      "export_control_tier": 3
    }
  },
  "strategy": {
    "preset": "autarky",
    "postures": {
      "energy": "control",
      "chips": "control",
      "compute": "control",
      "data": "control",
      "models": "depend",
      "applications": "control",
      "talent": "control"
    },
    "levers": {
      "compute_agreements": 0.2,
      "sector_diffusion": 0.2,
      "demand_aggregation": 0.2,
      "interoperability": 0.2,
      "small_models": 0.2,
      "talent_capacity": 0.2,
      "energy_planning": 0.2
    }
  },
  "assumptions": {
    "pue": 1.25
  },
  "shocks": [
    {
      "type": "supplier_cutoff",
      "start": "2030-01",
      "duration_months": 24,
      "severity": 0.8
    }
  ],
  "timeline": {
    "end_year": 2040,
    "step": "quarter"
  }
}
)";
    EXPECT_EQ(serialise(kenyaScenario(), testCatalog()), expected);
}

TEST(Serialise, WorkshopHeaderAndScenarioList) {
    Workshop w;
    w.name = "Two scenarios";
    w.scenarios = {kenyaScenario(), Scenario{}};
    const std::string text = serialise(w, testCatalog());
    EXPECT_EQ(text.rfind("{\n  \"format\": \"sovsim-workshop\",\n  \"version\": 1,\n  \"name\": "
                         "\"Two scenarios\",\n  \"scenarios\": [\n    {\n      \"name\": "
                         "\"Kenya - 談判\",",
                         0),
              0U)
        << text;
    // A scenario without presets writes no "preset" and no overrides for default values.
    const auto second = text.find("\"name\": \"Scenario\"");
    ASSERT_NE(second, std::string::npos);
    EXPECT_EQ(text.find("\"preset\"", second), std::string::npos) << text;
    EXPECT_NE(text.find("\"overrides\": {}", second), std::string::npos) << text;
}

TEST(Serialise, OverridesAreRelativeToThePreset) {
    Scenario s = kenyaScenario();
    // Japan's GDP on a Kenya preset is an override; Kenya's own population is not.
    s.country.gdpUsdBn = testCatalog().findCountry("japan")->profile.gdpUsdBn;
    s.country.populationM = testCatalog().findCountry("kenya")->profile.populationM;
    const std::string text = serialise(s, testCatalog());
    EXPECT_NE(text.find("\"gdp_usd_bn\": 4190.0"), std::string::npos) << text;
    EXPECT_EQ(text.find("\"population_m\""), std::string::npos) << text;
}

TEST(Serialise, InvalidTextNeverThrows) {
    Scenario s;
    s.name = "bad \xff\xfe bytes";
    std::string text;
    EXPECT_NO_THROW(text = serialise(s, testCatalog()));
    const LoadResult r = parseDocument(text, "saved.json", testCatalog());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.workshop.scenarios[0].name.rfind("bad ", 0), 0U);
}

} // namespace
} // namespace sovsim
