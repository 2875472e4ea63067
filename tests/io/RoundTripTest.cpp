// load -> serialise -> parse gives an identical Scenario/Workshop (operator==), for our own test
// files, for awkward numbers, and for every shipped workshop and example.

#include "IoTestSupport.h"
#include "sovsim/Presets.h"
#include "sovsim/ScenarioFile.h"

#include <cmath>
#include <gtest/gtest.h>

namespace sovsim {
namespace {

using test::ioDataPath;
using test::readFile;
using test::testCatalog;

std::string describe(const std::vector<FileError>& errors) {
    std::string text;
    for (const auto& e : errors) {
        text += "\n  " + e.toString();
    }
    return text;
}

LoadResult parseWithTestCatalog(const std::string& text, const std::string& name) {
    return parseDocument(text, name, testCatalog());
}

TEST(RoundTrip, FullWorkshopReadsEveryField) {
    const LoadResult r = parseWithTestCatalog(readFile(ioDataPath("valid/full-workshop.json")),
                                              "full-workshop.json");
    ASSERT_TRUE(r.ok()) << describe(r.errors);
    ASSERT_TRUE(r.isWorkshop);
    EXPECT_EQ(r.workshop.name, "主權 AI 工作坊 / Sovereignty workshop");
    ASSERT_EQ(r.workshop.scenarios.size(), 3U);

    const Scenario& japan = r.workshop.scenarios[0];
    const CountryPreset& japanPreset = *testCatalog().findCountry("japan");
    EXPECT_EQ(japan.countryPreset, "japan");
    EXPECT_EQ(japan.country.gdpUsdBn, japanPreset.profile.gdpUsdBn); // from the preset
    EXPECT_EQ(japan.country.dcPowerAvailableGw, 3.0);                // overridden
    EXPECT_EQ(japan.country.exportControlTier, 1.0);
    EXPECT_EQ(japan.strategyPreset, "japan_resilience");
    EXPECT_EQ(japan.strategy.posture(Layer::Compute), Posture::Control); // from the preset
    EXPECT_EQ(japan.strategy.posture(Layer::Models), Posture::Depend);   // overridden
    EXPECT_EQ(japan.strategy.lever(Lever::SmallModels), 0.85);
    EXPECT_EQ(japan.strategy.lever(Lever::EnergyPlanning), 0.5);
    EXPECT_EQ(japan.assumptions.pue, 1.2);
    EXPECT_EQ(japan.assumptions.pricePerformanceGrowthPerYr, 0.33);
    EXPECT_EQ(japan.assumptions.usefulLifeYears, Assumptions{}.usefulLifeYears);
    ASSERT_EQ(japan.shocks.size(), 2U);
    EXPECT_EQ(japan.shocks[1].type, ShockType::ChipLeap);
    EXPECT_EQ(japan.shocks[1].start, (YearMonth{2032, 6}));
    EXPECT_EQ(japan.shocks[1].durationMonths, 1);
    EXPECT_EQ(japan.shocks[1].severity, 0.5);
    EXPECT_EQ(japan.timeline.endYear, 2045);
    EXPECT_EQ(japan.timeline.step, Step::Quarter);

    const Scenario& kenya = r.workshop.scenarios[1];
    EXPECT_EQ(kenya.country, testCatalog().findCountry("kenya")->profile);
    EXPECT_EQ(kenya.strategy, testCatalog().findStrategy("autarky")->strategy);
    EXPECT_EQ(kenya.assumptions, Assumptions{});
    EXPECT_TRUE(kenya.shocks.empty());
    EXPECT_EQ(kenya.timeline, Timeline{});

    const Scenario& bare = r.workshop.scenarios[2];
    EXPECT_TRUE(bare.countryPreset.empty());
    EXPECT_TRUE(bare.strategyPreset.empty());
    EXPECT_EQ(bare.country.gdpUsdBn, 812.5);
    EXPECT_EQ(bare.country.populationM, CountryProfile{}.populationM);
    EXPECT_EQ(bare.strategy.posture(Layer::Energy), Posture::Control);
    EXPECT_EQ(bare.strategy.posture(Layer::Chips), Strategy{}.posture(Layer::Chips));
    ASSERT_EQ(bare.shocks.size(), 1U);
    EXPECT_EQ(bare.shocks[0].durationMonths, Shock{}.durationMonths); // optional fields
    EXPECT_EQ(bare.shocks[0].severity, Shock{}.severity);
    EXPECT_EQ(bare.timeline.step, Step::Week);
}

TEST(RoundTrip, WorkshopSurvivesSaveAndLoad) {
    const LoadResult first = parseWithTestCatalog(readFile(ioDataPath("valid/full-workshop.json")),
                                                  "full-workshop.json");
    ASSERT_TRUE(first.ok()) << describe(first.errors);
    const std::string text = serialise(first.workshop, testCatalog());
    const LoadResult second = parseWithTestCatalog(text, "saved.json");
    ASSERT_TRUE(second.ok()) << describe(second.errors) << "\n" << text;
    EXPECT_TRUE(second.isWorkshop);
    EXPECT_EQ(second.workshop, first.workshop) << text;
    EXPECT_EQ(serialise(second.workshop, testCatalog()), text) << "saving is not stable";
}

TEST(RoundTrip, ScenarioFileSurvivesSaveAndLoad) {
    const LoadResult first =
        parseWithTestCatalog(readFile(ioDataPath("valid/scenario.json")), "scenario.json");
    ASSERT_TRUE(first.ok()) << describe(first.errors);
    EXPECT_FALSE(first.isWorkshop);
    ASSERT_EQ(first.workshop.scenarios.size(), 1U);
    EXPECT_EQ(first.workshop.name, "Kenya with a price hike");
    EXPECT_EQ(first.workshop.scenarios[0].country.aiTalentK, 12.5);

    const std::string text = serialise(first.workshop.scenarios[0], testCatalog());
    const LoadResult second = parseWithTestCatalog(text, "saved.json");
    ASSERT_TRUE(second.ok()) << describe(second.errors) << "\n" << text;
    EXPECT_FALSE(second.isWorkshop);
    EXPECT_EQ(second.workshop, first.workshop) << text;
}

TEST(RoundTrip, NumbersComeBackBitForBit) {
    Scenario s;
    s.name = "Awkward numbers";
    s.countryPreset = "japan";
    s.country = testCatalog().findCountry("japan")->profile;
    s.country.gdpUsdBn = 0.1 + 0.2 + 4000.0;            // not representable in short decimal
    s.country.generationGrowthPerYr = 0.1 / 3.0;        // repeating binary fraction
    s.country.domesticComputeH100e = 4999999.999999999; // near the top of its range
    s.country.dataQuality = 5e-324;                     // the smallest subnormal double
    s.strategy.setLever(Lever::Interoperability, std::nextafter(1.0, 0.0));
    s.assumptions.pue = 1.0 + 1e-15;
    s.assumptions.gdpGrowthPerYr = -0.049999999999999996;
    s.shocks.push_back(Shock{ShockType::EnergyCrisis, {2025, 1}, 600, 0.30000000000000004});
    s.timeline = Timeline{2050, Step::Week};

    const std::string text = serialise(s, testCatalog());
    const LoadResult r = parseWithTestCatalog(text, "numbers.json");
    ASSERT_TRUE(r.ok()) << describe(r.errors) << "\n" << text;
    ASSERT_EQ(r.workshop.scenarios.size(), 1U);
    EXPECT_EQ(r.workshop.scenarios[0], s) << text;
}

TEST(RoundTrip, EveryShippedWorkshopAndExample) {
    const auto& shipped = PresetCatalog::builtIn().shippedWorkshops();
    ASSERT_TRUE(shipped.count("workshops/default.json")) << "the default workshop is not shipped";
    for (const auto& [path, workshop] : shipped) {
        SCOPED_TRACE(path);
        ASSERT_FALSE(workshop.scenarios.empty());
        const std::string text = serialise(workshop);
        const LoadResult r = parseDocument(text, path);
        ASSERT_TRUE(r.ok()) << describe(r.errors) << "\n" << text;
        EXPECT_TRUE(r.isWorkshop);
        EXPECT_EQ(r.workshop, workshop) << text;
        for (const Scenario& s : workshop.scenarios) {
            const LoadResult single = parseDocument(serialise(s), path);
            ASSERT_TRUE(single.ok()) << describe(single.errors);
            ASSERT_EQ(single.workshop.scenarios.size(), 1U);
            EXPECT_EQ(single.workshop.scenarios[0], s);
        }
    }
}

TEST(RoundTrip, ShippedFilesLoadFromDiskAsCompiledIn) {
    // The files on disk and the copies compiled into the library are the same data.
    for (const auto& [path, workshop] : PresetCatalog::builtIn().shippedWorkshops()) {
        SCOPED_TRACE(path);
        const LoadResult r = loadFile(std::string(SOVSIM_SCENARIO_DIR) + "/" + path);
        ASSERT_TRUE(r.ok()) << describe(r.errors);
        EXPECT_EQ(r.workshop, workshop);
    }
}

} // namespace
} // namespace sovsim
