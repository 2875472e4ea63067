// The preset catalog: the shipped countries and strategies, a source for every country value,
// and clear messages (never an abort) when preset files given to fromFiles() are broken.

#include "IoTestSupport.h"
#include "sovsim/Model.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"

#include <functional>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

namespace sovsim {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using test::readFile;

std::set<std::string> countryKeys() {
    std::set<std::string> keys;
    for (const auto& info : allParameters()) {
        if (info.path.starts_with("country.")) {
            keys.emplace(info.key());
        }
    }
    return keys;
}

// Every shipped file as fromFiles() expects it: path relative to scenarios/ -> text.
std::map<std::string, std::string> shippedFiles() {
    std::map<std::string, std::string> files;
    const fs::path root(SOVSIM_SCENARIO_DIR);
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.path().extension() == ".json") {
            files[fs::relative(entry.path(), root).generic_string()] = readFile(entry.path());
        }
    }
    return files;
}

std::vector<std::string> messages(const std::vector<FileError>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) {
        out.push_back(e.toString());
    }
    return out;
}

TEST(PresetCatalog, ShipsTheSevenCountries) {
    std::set<std::string> ids;
    for (const auto& c : PresetCatalog::builtIn().countries()) {
        ids.insert(c.id);
        EXPECT_FALSE(c.name.empty()) << c.id;
    }
    EXPECT_EQ(ids, (std::set<std::string>{"brazil", "france", "india", "japan", "kenya", "taiwan",
                                          "uae"}));
}

TEST(PresetCatalog, ShipsTheNineStrategies) {
    std::set<std::string> ids;
    for (const auto& s : PresetCatalog::builtIn().strategies()) {
        ids.insert(s.id);
        EXPECT_FALSE(s.name.empty()) << s.id;
        EXPECT_FALSE(s.description.empty()) << s.id;
    }
    EXPECT_EQ(ids, (std::set<std::string>{"autarky", "brazil_market", "france_regulatory",
                                          "india_dpi", "japan_resilience", "kenya_negotiated",
                                          "passive_dependence", "taiwan_chips", "uae_frontier"}));
}

TEST(PresetCatalog, EveryCountryValueHasASource) {
    for (const auto& c : PresetCatalog::builtIn().countries()) {
        std::set<std::string> keys;
        for (const auto& [key, source] : c.sources) {
            keys.insert(key);
            // "Title (publisher), year, URL" or "assumption: ..." with the reasoning.
            const bool cited = source.find("http") != std::string::npos;
            const bool assumed = source.rfind("assumption", 0) == 0;
            EXPECT_TRUE(cited || assumed) << c.id << "." << key << ": " << source;
        }
        EXPECT_EQ(keys, countryKeys()) << c.id;
    }
}

TEST(PresetCatalog, EveryCountryWithEveryStrategyIsAValidScenario) {
    const auto& catalog = PresetCatalog::builtIn();
    for (const auto& c : catalog.countries()) {
        for (const auto& s : catalog.strategies()) {
            Scenario scenario;
            scenario.country = c.profile;
            scenario.strategy = s.strategy;
            EXPECT_TRUE(validate(scenario).empty()) << c.id << " with " << s.id;
        }
    }
}

TEST(PresetCatalog, DefaultWorkshopComparesJapanAndKenyaUnderACutoff) {
    const auto& catalog = PresetCatalog::builtIn();
    const Workshop& w = catalog.defaultWorkshop();
    EXPECT_EQ(w, catalog.shippedWorkshops().at("workshops/default.json"));
    ASSERT_GE(w.scenarios.size(), 2U);
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& s : w.scenarios) {
        pairs.emplace(s.countryPreset, s.strategyPreset);
        ASSERT_FALSE(s.shocks.empty()) << s.name;
        EXPECT_EQ(s.shocks[0].type, ShockType::SupplierCutoff) << s.name;
    }
    EXPECT_TRUE(pairs.count({"japan", "japan_resilience"}));
    EXPECT_TRUE(pairs.count({"kenya", "kenya_negotiated"}));
}

TEST(PresetCatalog, FilesOnDiskGiveTheCompiledInCatalog) {
    std::vector<FileError> errors;
    const PresetCatalog fromDisk = PresetCatalog::fromFiles(shippedFiles(), errors);
    ASSERT_TRUE(errors.empty()) << testing::PrintToString(messages(errors));
    const auto& builtIn = PresetCatalog::builtIn();
    ASSERT_EQ(fromDisk.countries().size(), builtIn.countries().size());
    for (size_t i = 0; i < builtIn.countries().size(); ++i) {
        EXPECT_EQ(fromDisk.countries()[i].id, builtIn.countries()[i].id);
        EXPECT_EQ(fromDisk.countries()[i].profile, builtIn.countries()[i].profile);
        EXPECT_EQ(fromDisk.countries()[i].sources, builtIn.countries()[i].sources);
    }
    ASSERT_EQ(fromDisk.strategies().size(), builtIn.strategies().size());
    for (size_t i = 0; i < builtIn.strategies().size(); ++i) {
        EXPECT_EQ(fromDisk.strategies()[i].strategy, builtIn.strategies()[i].strategy);
    }
    EXPECT_EQ(fromDisk.shippedWorkshops(), builtIn.shippedWorkshops());
}

// The shipped Japan profile, changed by `edit`, as the only file of a catalog.
std::vector<std::string> countryErrors(const std::function<void(Json&)>& edit,
                                       const std::string& path = "countries/japan.json") {
    Json japan = Json::parse(readFile(fs::path(SOVSIM_SCENARIO_DIR) / "countries/japan.json"));
    edit(japan);
    std::vector<FileError> errors;
    const PresetCatalog c = PresetCatalog::fromFiles({{path, japan.dump(2)}}, errors);
    EXPECT_TRUE(c.countries().empty()) << "a broken preset must be left out";
    std::vector<std::string> out;
    for (const auto& e : errors) {
        EXPECT_GT(e.line, 0) << e.toString();
        out.push_back(e.fieldPath + ": " + e.problem + " (expected " + e.expected + ")");
    }
    return out;
}

TEST(PresetFiles, MissingCountryValue) {
    EXPECT_EQ(countryErrors([](Json& j) { j["values"].erase("gdp_usd_bn"); }),
              std::vector<std::string>{
                  "values.gdp_usd_bn: this required field is missing (expected an object "
                  "{\"value\": number, \"source\": \"title, year, URL\"})"});
}

TEST(PresetFiles, BadValueAndSource) {
    EXPECT_EQ(countryErrors([](Json& j) {
                  j["values"]["data_quality"]["value"] = 1.5;
                  j["values"]["chip_industry"]["source"] = "";
                  j["values"]["gdp_usd_bn"].erase("source");
              }),
              (std::vector<std::string>{
                  "values.chip_industry.source: the text is empty (expected a non-empty text in "
                  "double quotes)",
                  "values.data_quality.value: 1.5 is out of range (expected a number in [0, 1])",
                  "values.gdp_usd_bn.source: this required field is missing (expected \"title "
                  "(publisher), year, URL\" or \"assumption: ...\")"}));
}

TEST(PresetFiles, IdMustMatchTheFileName) {
    EXPECT_EQ(countryErrors([](Json&) {}, "countries/nippon.json"),
              std::vector<std::string>{"id: the id 'japan' differs from the file name (expected "
                                       "\"nippon\", the file name)"});
}

TEST(PresetFiles, UnknownCountryKey) {
    EXPECT_EQ(countryErrors([](Json& j) { j["values"]["gdp"] = j["values"]["gdp_usd_bn"]; }),
              std::vector<std::string>{
                  "values.gdp: unknown country value 'gdp' (expected one of generation_twh, "
                  "generation_growth_per_yr, firm_low_carbon_share, dc_power_available_gw, "
                  "dc_power_buildable_gw_per_yr, industrial_price_usd_per_mwh, population_m, "
                  "gdp_usd_bn, public_ai_budget_usd_bn_per_yr, internet_users_m, "
                  "regional_market_usd_bn, regulatory_weight, language_web_share_pct, "
                  "data_quality, ai_talent_k, "
                  "domestic_compute_h100e, existing_dc_mw, chip_industry, export_control_tier, "
                  "geopolitical_alignment)"});
}

TEST(PresetFiles, StrategyNeedsEveryLeverAndValidPostures) {
    Json s =
        Json::parse(readFile(fs::path(SOVSIM_SCENARIO_DIR) / "strategies/japan_resilience.json"));
    s["levers"].erase("small_models");
    s["postures"]["talent"] = "own";
    std::vector<FileError> errors;
    const PresetCatalog c =
        PresetCatalog::fromFiles({{"strategies/japan_resilience.json", s.dump(2)}}, errors);
    EXPECT_TRUE(c.strategies().empty());
    ASSERT_EQ(errors.size(), 2U) << testing::PrintToString(messages(errors));
    // In document order ("levers" comes before "postures" in this dump).
    EXPECT_EQ(errors[0].fieldPath, "levers.small_models");
    EXPECT_EQ(errors[0].problem, "this required field is missing");
    EXPECT_EQ(errors[1].fieldPath, "postures.talent");
    EXPECT_EQ(errors[1].problem, "'own' is not a posture");
    EXPECT_EQ(errors[1].file, "scenarios/strategies/japan_resilience.json");
}

TEST(PresetFiles, WorkshopsUseTheCatalogBeingBuilt) {
    // "atlantis" exists only in these files: the workshop must be read against them, not against
    // the built-in catalog.
    Json country = Json::parse(readFile(fs::path(SOVSIM_SCENARIO_DIR) / "countries/kenya.json"));
    country["id"] = "atlantis";
    const std::string workshop = R"({"format": "sovsim-workshop", "version": 1, "name": "W",
        "scenarios": [{"name": "A", "country": {"preset": "atlantis"}},
                      {"name": "B", "country": {"preset": "japan"}}]})";
    std::vector<FileError> errors;
    const PresetCatalog c = PresetCatalog::fromFiles(
        {{"countries/atlantis.json", country.dump(2)}, {"workshops/w.json", workshop}}, errors);
    ASSERT_EQ(errors.size(), 1U) << testing::PrintToString(messages(errors));
    EXPECT_EQ(errors[0].toString(),
              "scenarios/workshops/w.json:3:59: scenarios[1].country.preset: unknown country "
              "preset 'japan' (expected one of atlantis)");
    EXPECT_TRUE(c.shippedWorkshops().empty());
}

} // namespace
} // namespace sovsim
