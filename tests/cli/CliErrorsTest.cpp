// Bad input never crashes sovsim-cli: it exits with 2, says what is wrong on standard error and
// writes nothing to standard output.

#include "CliProcess.h"

#include <gtest/gtest.h>
#include <regex>

namespace sovsim::test {
namespace {

struct BadInput {
    std::string name;
    std::vector<std::string> args;
    std::string mentions; // text the message must contain
};

std::vector<BadInput> badInputs() {
    const std::string plain = cliData("plain.json");
    return {
        {"NoCommand", {}, "Usage"},
        {"UnknownCommand", {"fly"}, "unknown command 'fly'"},
        {"UnknownGlobalOption", {"--fast"}, "unknown option '--fast'"},
        {"UnknownRunOption", {"run", plain, "--colour"}, "unknown option '--colour'"},
        {"RunWithoutFiles", {"run"}, "missing FILE"},
        {"CsvWithoutValue", {"run", plain, "--csv"}, "--csv needs a value"},
        {"CsvGivenTwice", {"run", plain, "--csv", "a.csv", "--csv", "b.csv"}, "more than once"},
        {"EmptyCsvName", {"run", plain, "--csv="}, "--csv needs a file name"},
        {"ToBeforeTheStart", {"run", plain, "--to", "1999"}, "1999"},
        {"ToAfterTheEnd", {"run", plain, "--to", "2051"}, "2051"},
        {"ToNotANumber", {"run", plain, "--to", "soon"}, "soon"},
        {"ToNotWhole", {"run", plain, "--to", "2030.5"}, "whole number"},
        {"ToHuge", {"run", plain, "--to", "1e400"}, "1e400"},
        {"UnknownStep", {"run", plain, "--step", "fortnight"}, "fortnight"},
        {"SetWithoutEquals", {"run", plain, "--set", "assumptions.pue"}, "PATH=VALUE"},
        {"SetWithoutPath", {"run", plain, "--set", "=3"}, "PATH=VALUE"},
        {"SetUnknownParameter", {"run", plain, "--set", "country.gdp=3"}, "country.gdp"},
        {"SetOutOfRange", {"run", plain, "--set", "assumptions.pue=99"}, "assumptions.pue"},
        {"SetHugeNumber", {"run", plain, "--set", "country.gdp_usd_bn=1e999"}, "gdp_usd_bn"},
        {"SetNotANumber", {"run", plain, "--set", "country.gdp_usd_bn=lots"}, "lots"},
        {"SetEmptyValue", {"run", plain, "--set", "country.gdp_usd_bn="}, "gdp_usd_bn"},
        {"SetUnknownPosture", {"run", plain, "--set", "strategy.postures.chips=own"}, "own"},
        {"MissingFile", {"run", cliData("no_such_file.json")}, "no_such_file.json"},
        {"DirectoryAsFile", {"run", cliData("")}, "cli"},
        {"EmptyFile", {"run", cliData("empty.json")}, "empty.json"},
        {"MalformedFile", {"run", cliData("malformed.json")}, "malformed.json:4:"},
        {"OutOfRangeValue", {"run", cliData("bad_value.json")}, "gdp_usd_bn"},
        {"HugeNumberInFile", {"run", cliData("huge_number.json")}, "huge_number.json:"},
        {"TypoInKey", {"run", cliData("typo_key.json")}, "nmae"},
        {"NameTwiceInAWorkshop",
         {"run", cliData("duplicate_names.json")},
         "duplicate_names.json:7:14: scenarios[1].name: "},
        {"ValidateNameTwiceInAWorkshop",
         {"validate", cliData("duplicate_names.json")},
         "already used by scenarios[0]"},
        {"ListNothing", {"list"}, "missing what to list"},
        {"ListUnknown", {"list", "colours"}, "colours"},
        {"ListTooMany", {"list", "metrics", "presets"}, "one argument"},
        {"ValidateWithoutFiles", {"validate"}, "missing FILE"},
        {"ValidateOption", {"validate", "--to", "2030", plain}, "unknown option '--to'"},
        {"SummaryWithoutFiles", {"summary"}, "missing FILE"},
        {"SummaryCsv", {"summary", plain, "--csv", "x.csv"}, "unknown option '--csv'"},
        {"SummaryBadSet", {"summary", plain, "--set", "timeline.step=daily"}, "daily"},
        {"HelpUnknownCommand", {"help", "fly"}, "unknown command 'fly'"},
    };
}

// Names the case in ctest output instead of dumping the struct's bytes.
void PrintTo(const BadInput& input, std::ostream* os) {
    *os << input.name;
}

class CliBadInput : public testing::TestWithParam<BadInput> {};

TEST_P(CliBadInput, ExitsWithTwoAndExplains) {
    const BadInput& input = GetParam();
    const auto result = runCli(input.args);
    EXPECT_EQ(result.exitCode, 2) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_NE(result.err.find(input.mentions), std::string::npos)
        << "expected '" << input.mentions << "' in:\n"
        << result.err;
}

INSTANTIATE_TEST_SUITE_P(Inputs, CliBadInput, testing::ValuesIn(badInputs()),
                         [](const auto& test) { return test.param.name; });

TEST(CliBadFiles, BinaryAndHugeFilesAreRejectedCleanly) {
    const TempDir dir;
    std::string binary;
    for (int i = 0; i < 4096; ++i) {
        binary += static_cast<char>((i * 37 + 11) % 256);
    }
    writeFile(dir / "binary.json", binary);
    writeFile(dir / "deep.json", std::string(100000, '[') + std::string(100000, ']'));
    writeFile(dir / "long-number.json",
              "{\"format\": \"sovsim-scenario\", \"version\": " + std::string(5000, '9') + "}");
    for (const std::string name : {"binary.json", "deep.json", "long-number.json"}) {
        for (const std::string command : {"run", "validate", "summary"}) {
            const auto result = runCli({command, (dir / name).string()});
            EXPECT_EQ(result.exitCode, 2) << command << " " << name << "\n" << result.err;
            EXPECT_NE(result.err.find(name), std::string::npos) << result.err;
        }
    }
}

TEST(CliBadFiles, MessagesNameFileLineColumnAndField) {
    const auto result = runCli({"run", cliData("bad_value.json")});
    ASSERT_EQ(result.exitCode, 2);
    // FILE:LINE:COLUMN: field.path: problem (expected ...)
    const std::regex format(
        R"(bad_value\.json:5:[0-9]+: [a-z_.\[\]0-9]*gdp_usd_bn: .+\(expected .+\))");
    EXPECT_TRUE(std::regex_search(result.err, format)) << result.err;
}

TEST(CliBadFiles, EveryBadFileIsReportedNotJustTheFirst) {
    const auto result = runCli(
        {"run", cliData("malformed.json"), cliData("plain.json"), cliData("bad_value.json")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("malformed.json:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("bad_value.json:"), std::string::npos) << result.err;
}

// Issue 11: a huge value in a file or on the command line is quoted as a short prefix.
TEST(CliHostileText, MessagesQuoteAShortPrefixOfAHugeValue) {
    const TempDir dir;
    const std::string huge = "HUGE" + std::string(100000, 'x');
    // At most 40 characters of it, then "…".
    const std::string shown = std::string(30, 'x') + "\xE2\x80\xA6";
    writeFile(dir / "key.json",
              R"({"format": "sovsim-scenario", "version": 1, "name": "S", ")" + huge + R"(": 1})");
    const std::string plain = cliData("plain.json");
    const std::vector<std::vector<std::string>> commands{
        {"validate", (dir / "key.json").string()},
        {"run", (dir / "key.json").string()},
        {"run", plain, "--set", "country.gdp_usd_bn=" + huge},
        {"run", plain, "--set", huge + "=1"},
        {"run", plain, "--to", huge},
        {"run", plain, "--" + huge},
        {huge},
        {"list", huge},
    };
    for (const auto& args : commands) {
        const auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 2) << args.front();
        EXPECT_LT(result.err.size(), 1000U) << result.err.substr(0, 400);
        EXPECT_NE(result.err.find("HUGE"), std::string::npos) << result.err.substr(0, 400);
        EXPECT_NE(result.err.find(shown), std::string::npos) << result.err.substr(0, 400);
    }
}

// Issue 11: control characters in a name never reach the terminal or the CSV.
TEST(CliHostileText, ANameWithControlCharactersIsRefused) {
    const TempDir dir;
    writeFile(dir / "escape.json", R"({"format": "sovsim-workshop", "version": 1, "name": "W",
  "scenarios": [{"name": "ok"}, {"name": "a\u0000b\u001b[31mRED"}]})");
    for (const std::string command : {"run", "validate", "summary"}) {
        const auto result = runCli({command, (dir / "escape.json").string()});
        EXPECT_EQ(result.exitCode, 2) << command;
        EXPECT_EQ(result.out, "") << command;
        EXPECT_EQ(result.err.find('\x1b'), std::string::npos) << command;
        EXPECT_NE(result.err.find("escape.json:2:42: scenarios[1].name: contains a control "
                                  "character (U+0000) at position 2; names are plain text"),
                  std::string::npos)
            << result.err;
    }
}

// A workshop of 30 scenarios "S0" to "S29", one a line from line 3, each with `members` after
// its name.
std::string thirtyScenarios(const std::string& members) {
    std::string workshop = R"({"format": "sovsim-workshop", "version": 1, "name": "W",
  "scenarios": [
)";
    for (int i = 0; i < 30; ++i) {
        workshop += std::string(i == 0 ? "" : ",\n") + R"(    {"name": "S)" + std::to_string(i) +
                    "\"" + members + "}";
    }
    return workshop + "\n]}\n";
}

// Issue 11: the CLI's own checks list at most 20 problems a file, each with LINE:COLUMN.
TEST(CliBadFiles, ProblemsFoundAfterSettingsAreListedAtMostTwentyTimesWithPositions) {
    const TempDir dir;
    writeFile(dir / "shocks.json",
              thirtyScenarios(R"(, "shocks": [{"type": "price_hike", "start": "2035-01"}])"));
    const auto result = runCli({"run", (dir / "shocks.json").string(), "--to", "2030"});
    EXPECT_EQ(result.exitCode, 2);
    const auto all = lines(result.err);
    ASSERT_EQ(all.size(), 21U) << result.err;
    const std::string file = (dir / "shocks.json").string();
    EXPECT_EQ(all.front(), file + ":3:63: scenarios[0].shocks[0].start: 2035-01 is outside the "
                                  "timeline (expected 2025-01 to 2030-12) (after applying "
                                  "--to/--step/--set)");
    EXPECT_EQ(all[19].substr(0, file.size() + 8), file + ":22:64: ");
    EXPECT_EQ(all.back(), file + ": 10 more problems not shown; fix the ones above first");
}

TEST(CliBadFiles, TheSameFileTwiceListsItsClashesAtMostTwentyTimesWithPositions) {
    const TempDir dir;
    const std::string file = (dir / "twice.json").string();
    writeFile(file, thirtyScenarios(""));
    const auto result = runCli({"run", file, file});
    EXPECT_EQ(result.exitCode, 2);
    const auto all = lines(result.err);
    ASSERT_EQ(all.size(), 21U) << result.err;
    EXPECT_EQ(all.front(), file +
                               ":3:14: scenarios[0].name: scenario name 'S0' is already used by " +
                               file + " scenarios[0] (expected a name that is unique in this run)");
    EXPECT_EQ(all.back(), file + ": 10 more problems not shown; fix the ones above first");
}

} // namespace
} // namespace sovsim::test
