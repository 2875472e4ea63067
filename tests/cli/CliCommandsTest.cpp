// sovsim-cli list, validate, summary, help and --version.

#include "CliProcess.h"
#include "sovsim/Metric.h"
#include "sovsim/Model.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"

#include <gtest/gtest.h>
#include <regex>

namespace sovsim::test {
namespace {

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// The line of a list table that starts with `first`, or "" when there is none.
std::string rowStartingWith(const std::string& text, std::string_view first) {
    for (const auto& line : lines(text)) {
        if (line.starts_with(std::string(first) + " ")) {
            return line;
        }
    }
    return "";
}

TEST(CliList, ParametersShowEveryPathWithRangeAndDefault) {
    const auto result = runCli({"list", "parameters"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const auto& info : allParameters()) {
        const std::string row = rowStartingWith(result.out, info.path);
        ASSERT_FALSE(row.empty()) << info.path;
        EXPECT_TRUE(contains(row, formatParameterValue(info, info.defaultValue))) << row;
        if (info.kind == ParameterKind::Posture) {
            EXPECT_TRUE(contains(row, "control|steer|depend")) << row;
        } else if (info.kind != ParameterKind::Step) {
            EXPECT_TRUE(contains(row, formatParameterValue(info, info.min) + " to " +
                                          formatParameterValue(info, info.max)))
                << row;
        }
    }
}

TEST(CliList, MetricsShowEveryNameWithUnit) {
    const auto result = runCli({"list", "metrics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const auto& info : allMetrics()) {
        const std::string row = rowStartingWith(result.out, info.name);
        ASSERT_FALSE(row.empty()) << info.name;
        EXPECT_TRUE(contains(row, info.unit)) << row;
    }
}

TEST(CliList, PresetsShowEveryCountryAndStrategy) {
    const auto result = runCli({"list", "presets"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto& catalog = PresetCatalog::builtIn();
    EXPECT_FALSE(catalog.countries().empty());
    for (const auto& country : catalog.countries()) {
        const std::string row = rowStartingWith(result.out, country.id);
        EXPECT_TRUE(contains(row, country.name) && contains(row, "country")) << country.id;
    }
    for (const auto& strategy : catalog.strategies()) {
        const std::string row = rowStartingWith(result.out, strategy.id);
        EXPECT_TRUE(contains(row, strategy.name) && contains(row, "strategy")) << strategy.id;
    }
}

TEST(CliValidate, ReportsOkWithTheNumberOfScenarios) {
    const auto result = runCli({"validate", cliData("plain.json"), cliData("two_scenarios.json")});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.outLines(),
              (std::vector<std::string>{cliData("plain.json") + ": ok (1 scenario)",
                                        cliData("two_scenarios.json") + ": ok (2 scenarios)"}));
}

TEST(CliValidate, MalformedFileGivesFileLineColumn) {
    const auto result = runCli({"validate", cliData("plain.json"), cliData("malformed.json")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.outLines(),
              std::vector<std::string>{cliData("plain.json") + ": ok (1 scenario)"});
    EXPECT_TRUE(std::regex_search(result.err, std::regex(R"(malformed\.json:4:[0-9]+: )")))
        << result.err;
}

TEST(CliValidate, ShippedWorkshopIsValid) {
    const auto result = runCli({"validate", shippedScenario("workshops/default.json")});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.out, ": ok (")) << result.out;
}

TEST(CliSummary, ShowsKeyMetricsAtMilestoneYearsForEveryScenario) {
    const auto result = runCli({"summary", cliData("two_scenarios.json")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const std::string_view part :
         {"Owner", "Buyer, \"passive\"", "2030", "2035", "2040", "Supplier"}) {
        EXPECT_TRUE(contains(result.out, part)) << part << "\n" << result.out;
    }
    for (const Metric m :
         {Metric::ComputeAccessTotal, Metric::ComputeAssured, Metric::CriticalInferenceCoverage,
          Metric::DcLoad, Metric::DcShareOfGeneration, Metric::BargainingLeverage,
          Metric::ContractPrice, Metric::PublicCostCumulative, Metric::CostPerAssured,
          Metric::LocalLanguageCapability, Metric::AgencyIndex}) {
        EXPECT_TRUE(contains(result.out, infoOf(m).label)) << infoOf(m).label;
    }
}

TEST(CliSummary, ShortTimelineShowsOnlyYearsInsideIt) {
    const auto result = runCli({"summary", cliData("plain.json"), "--to", "2032"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "2030"));
    EXPECT_TRUE(contains(result.out, "2032"));
    EXPECT_FALSE(contains(result.out, "2035"));
}

TEST(CliSummary, SetChangesTheTable) {
    const auto base = runCli({"summary", cliData("plain.json")});
    const auto changed =
        runCli({"summary", cliData("plain.json"), "--set", "country.gdp_usd_bn=5000"});
    ASSERT_EQ(base.exitCode, 0) << base.err;
    ASSERT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_NE(base.out, changed.out);
}

TEST(CliSummary, ChineseNamesKeepColumnsAligned) {
    const auto result = runCli({"summary", cliData("chinese_names.json")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Every value row of the metrics table ends at the same terminal column, because the
    // values are right-aligned: the Chinese name must count two cells per character.
    std::string chinese;
    std::string latin;
    bool inMetricsTable = false;
    for (const auto& line : lines(result.out)) {
        inMetricsTable = inMetricsTable || line.starts_with("Value at the start");
        if (inMetricsTable && chinese.empty() && line.starts_with("  日本")) {
            chinese = line;
        }
        if (inMetricsTable && latin.empty() && line.starts_with("  Kenya")) {
            latin = line;
        }
    }
    ASSERT_FALSE(chinese.empty()) << result.out;
    ASSERT_FALSE(latin.empty()) << result.out;
    // 日本：韌性優先: seven characters of three bytes that take two cells each.
    const size_t chineseCells = chinese.size() - 7;
    EXPECT_EQ(chineseCells, latin.size()) << chinese << "\n" << latin;
}

TEST(CliSummary, ShippedDefaultWorkshopPrints) {
    const auto result = runCli({"summary", shippedScenario("workshops/default.json")});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "2040")) << result.out;
}

TEST(CliHelp, OverviewListsEveryCommand) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--help"}, {"help"}, {"-h"}}) {
        const auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 0) << args[0];
        for (const std::string_view command : {"run", "list", "validate", "summary", "help"}) {
            EXPECT_TRUE(contains(result.out, std::string("  ") + std::string(command))) << command;
        }
    }
}

TEST(CliHelp, CommandHelpShowsItsOptions) {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"help", "run"},
                                                 {"run", "--help"},
                                                 {"run", "plain.json", "-h"}}) {
        const auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 0);
        for (const std::string_view option : {"--csv", "--to", "--step", "--set"}) {
            EXPECT_TRUE(contains(result.out, option)) << option;
        }
    }
}

TEST(CliHelp, VerboseDiagnosticsGoToStandardErrorOnly) {
    const auto quiet = runCli({"run", cliData("plain.json")});
    const auto verbose = runCli({"--verbose", "run", cliData("plain.json")});
    ASSERT_EQ(quiet.exitCode, 0) << quiet.err;
    ASSERT_EQ(verbose.exitCode, 0) << verbose.err;
    EXPECT_TRUE(quiet.err.empty()) << quiet.err;
    EXPECT_TRUE(contains(verbose.err, "debug")) << verbose.err;
    EXPECT_EQ(verbose.out, quiet.out);
}

TEST(CliHelp, VersionNamesSovSimAndModelVersions) {
    const auto result = runCli({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(contains(result.out, SOVSIM_VERSION)) << result.out;
    EXPECT_TRUE(contains(result.out, "model " + std::string(kModelVersion))) << result.out;
}

} // namespace
} // namespace sovsim::test
