// One golden run per shipped workshop: the model's yearly outputs must match the stored CSV in
// tests/data/golden/ within a relative tolerance of 1e-9. When a deliberate model or preset
// change moves them, regenerate with tools/update-golden.sh and say why in the commit message.

#include "GoldenCsv.h"
#include "sovsim/Presets.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace sovsim {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = fs::path(SOVSIM_TEST_DATA_DIR) / "golden";
constexpr const char* kHowToRegenerate =
    "If the change is deliberate, regenerate the golden files with tools/update-golden.sh and "
    "explain in the commit message why the outputs moved.";

std::optional<std::string> readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(Golden, EveryShippedWorkshopHasAGoldenRun) {
    const auto& workshops = PresetCatalog::builtIn().shippedWorkshops();
    ASSERT_FALSE(workshops.empty());
    ASSERT_FALSE(PresetCatalog::builtIn().defaultWorkshop().scenarios.empty())
        << "the default workshop is not shipped";
    std::map<std::string, std::string> byGoldenName;
    for (const auto& [file, workshop] : workshops) {
        const auto [it, inserted] = byGoldenName.emplace(golden::goldenFileName(file), file);
        EXPECT_TRUE(inserted) << file << " and " << it->second << " would share the golden file "
                              << it->first << "; rename one of them";
    }
    for (const auto& [file, workshop] : workshops) {
        SCOPED_TRACE(file);
        const fs::path path = kGoldenDir / golden::goldenFileName(file);
        const auto text = readFile(path);
        if (!text) {
            ADD_FAILURE() << "missing golden file " << path.string() << " for the shipped workshop "
                          << file << ". Create it with tools/update-golden.sh.";
            continue;
        }
        std::string error;
        const auto expected = golden::parseCsv(*text, error);
        if (!expected) {
            ADD_FAILURE() << path.string() << ": " << error << ". " << kHowToRegenerate;
            continue;
        }
        const auto differences = golden::compare(*expected, golden::sample(workshop));
        std::string report;
        for (const auto& d : differences) {
            report += "\n  " + d;
        }
        EXPECT_TRUE(differences.empty())
            << path.string() << " no longer matches the model:" << report << "\n"
            << kHowToRegenerate;
    }
}

TEST(Golden, NoGoldenFileWithoutAShippedWorkshop) {
    const auto& workshops = PresetCatalog::builtIn().shippedWorkshops();
    std::set<std::string> expected;
    for (const auto& [file, workshop] : workshops) {
        expected.insert(golden::goldenFileName(file));
    }
    ASSERT_TRUE(fs::is_directory(kGoldenDir)) << kGoldenDir.string();
    for (const auto& entry : fs::directory_iterator(kGoldenDir)) {
        if (entry.path().extension() == ".csv") {
            EXPECT_TRUE(expected.count(entry.path().filename().string()))
                << entry.path().string() << " belongs to no shipped workshop. " << kHowToRegenerate;
        }
    }
}

TEST(GoldenCsv, FileNamesAreFlat) {
    EXPECT_EQ(golden::goldenFileName("workshops/default.json"), "default.csv");
    EXPECT_EQ(golden::goldenFileName("examples/india-export-shock.json"), "india-export-shock.csv");
    EXPECT_EQ(golden::goldenFileName("default.json"), "default.csv");
}

TEST(GoldenCsv, RoundTripsBitForBit) {
    std::vector<golden::Row> rows{
        {0, "Japan - resilience, \"first\"", 2025, "dc_load_gw", 0.1 + 0.2},
        {1, "Kenya", 2040, "talent_k", 1.0 / 3.0},
        {1, "Kenya", 2040, "energy_headroom_gw", -2.5e-300},
    };
    std::string error;
    const auto parsed = golden::parseCsv(golden::toCsv(rows), error);
    ASSERT_TRUE(parsed.has_value()) << error;
    ASSERT_EQ(parsed->size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ((*parsed)[i].scenario, rows[i].scenario);
        EXPECT_EQ((*parsed)[i].scenarioIndex, rows[i].scenarioIndex);
        EXPECT_EQ((*parsed)[i].year, rows[i].year);
        EXPECT_EQ((*parsed)[i].metric, rows[i].metric);
        EXPECT_EQ((*parsed)[i].value, rows[i].value);
    }
    EXPECT_TRUE(golden::compare(rows, *parsed).empty());
}

TEST(GoldenCsv, ComparisonUsesTheTolerances) {
    EXPECT_TRUE(golden::withinTolerance(100.0, 100.0 * (1 + 5e-10)));
    EXPECT_FALSE(golden::withinTolerance(100.0, 100.0 * (1 + 5e-9)));
    EXPECT_TRUE(golden::withinTolerance(0.0, 5e-13));
    EXPECT_FALSE(golden::withinTolerance(0.0, 5e-12));
    const std::vector<golden::Row> expected{{0, "A", 2030, "talent_k", 10.0}};
    std::vector<golden::Row> actual = expected;
    actual[0].value = 10.1;
    const auto diff = golden::compare(expected, actual);
    ASSERT_EQ(diff.size(), 1u);
    EXPECT_NE(diff[0].find("talent_k"), std::string::npos) << diff[0];
    EXPECT_NE(diff[0].find("expected 10"), std::string::npos) << diff[0];
    actual.push_back(expected[0]);
    EXPECT_FALSE(golden::compare(expected, actual).empty());
}

TEST(GoldenCsv, RejectsDamagedFiles) {
    std::string error;
    EXPECT_FALSE(golden::parseCsv("", error).has_value());
    EXPECT_FALSE(golden::parseCsv("a,b\n", error).has_value());
    EXPECT_NE(error.find("line 1"), std::string::npos) << error;
    EXPECT_FALSE(
        golden::parseCsv("scenario_index,scenario,year,metric,value\n0,\"A\",20x0,m,1\n", error)
            .has_value());
    EXPECT_NE(error.find("line 2"), std::string::npos) << error;
    EXPECT_FALSE(
        golden::parseCsv("scenario_index,scenario,year,metric,value\n0,\"A,2030,m,1\n", error)
            .has_value());
}

} // namespace
} // namespace sovsim
