// The small pieces behind sovsim-cli's output: readable numbers, aligned tables, CSV fields and
// option parsing.

#include "Arguments.h"
#include "CsvWriter.h"
#include "HumanNumbers.h"
#include "TextTable.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace sovsim::cli {
namespace {

TEST(HumanNumbers, KeepAboutThreeSignificantDigitsWithSuffixes) {
    EXPECT_EQ(humanise(0.0), "0");
    EXPECT_EQ(humanise(0.0342), "0.0342");
    EXPECT_EQ(humanise(2.154), "2.15");
    EXPECT_EQ(humanise(12.34), "12.3");
    EXPECT_EQ(humanise(999.4), "999");
    EXPECT_EQ(humanise(999.6), "1k");
    EXPECT_EQ(humanise(12345.0), "12.3k");
    EXPECT_EQ(humanise(45000.0), "45k");
    EXPECT_EQ(humanise(123456.0), "123k");
    EXPECT_EQ(humanise(999960.0), "1M");
    EXPECT_EQ(humanise(1.2e6), "1.2M");
    EXPECT_EQ(humanise(3.4e9), "3.4B");
    EXPECT_EQ(humanise(-1500.0), "-1.5k");
    EXPECT_EQ(humanise(-0.0), "0");
}

TEST(HumanNumbers, NonFiniteValuesReadNotAvailable) {
    EXPECT_EQ(humanise(std::numeric_limits<double>::quiet_NaN()), "n/a");
    EXPECT_EQ(humanise(std::numeric_limits<double>::infinity()), "n/a");
    EXPECT_EQ(humanisePercent(std::numeric_limits<double>::quiet_NaN()), "n/a");
}

TEST(HumanNumbers, SharesReadAsPercentages) {
    EXPECT_EQ(humanisePercent(0.853), "85%");
    EXPECT_EQ(humanisePercent(1.0), "100%");
    EXPECT_EQ(humanisePercent(0.034), "3.4%");
    EXPECT_EQ(humanisePercent(0.0012), "0.12%");
    EXPECT_EQ(humanisePercent(0.0), "0%");
}

TEST(TextTable, CountsWideCharactersAsTwoCells) {
    EXPECT_EQ(displayWidth("Japan"), 5u);
    EXPECT_EQ(displayWidth("日本"), 4u);
    EXPECT_EQ(displayWidth("臺灣：韌性"), 10u);
    EXPECT_EQ(displayWidth("e\xCC\x81"), 1u); // e + combining acute accent
    EXPECT_EQ(displayWidth("\xFF\xFE"), 2u);  // invalid bytes count one each
    EXPECT_EQ(displayWidth("\xE6\x97"), 2u);  // a truncated sequence too
}

TEST(TextTable, AlignsColumnsByDisplayWidth) {
    TextTable table({{"Name"}, {"Value", TextTable::Align::Right}});
    table.addRow({"日本", "1.2k"});
    table.addRow({"Kenya", "12"});
    table.addGap();
    table.addRow({"X"});
    const std::string expected = "Name   Value\n"
                                 "------------\n"
                                 "日本    1.2k\n"
                                 "Kenya     12\n"
                                 "\n"
                                 "X\n";
    EXPECT_EQ(table.render(), expected);
}

TEST(TextTable, LeavesOutTheHeaderWhenThereIsNone) {
    TextTable table({{""}, {""}});
    table.addRow({"a", "b"});
    EXPECT_EQ(table.render(), "a  b\n");
}

TEST(CsvWriter, QuotesOnlyFieldsThatNeedIt) {
    EXPECT_EQ(CsvWriter::quoted("Japan"), "Japan");
    EXPECT_EQ(CsvWriter::quoted("Japan, resilience"), "\"Japan, resilience\"");
    EXPECT_EQ(CsvWriter::quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::quoted("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(CsvWriter::quoted("日本"), "日本");
}

// Issue 11: text a spreadsheet would run as a formula is written as text.
TEST(CsvWriter, TextThatLooksLikeAFormulaGetsASingleQuote) {
    EXPECT_EQ(CsvWriter::textField("=1+1"), "'=1+1");
    EXPECT_EQ(CsvWriter::textField("+1"), "'+1");
    EXPECT_EQ(CsvWriter::textField("-1"), "'-1");
    EXPECT_EQ(CsvWriter::textField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(CsvWriter::textField("\tx"), "'\tx");
    EXPECT_EQ(CsvWriter::textField("\rx"), "\"'\rx\"");
    EXPECT_EQ(CsvWriter::textField("=A1,B1"), "\"'=A1,B1\"");
    EXPECT_EQ(CsvWriter::textField("a=b"), "a=b");
    EXPECT_EQ(CsvWriter::textField("Japan, resilience"), "\"Japan, resilience\"");
    EXPECT_EQ(CsvWriter::textField(""), "");
}

TEST(CsvWriter, FormatsValuesWithTenSignificantDigits) {
    EXPECT_EQ(CsvWriter::formatValue(0.1), "0.1");
    EXPECT_EQ(CsvWriter::formatValue(1.0 / 3.0), "0.3333333333");
    EXPECT_EQ(CsvWriter::formatValue(123456789012.0), "1.23456789e+11");
    EXPECT_EQ(CsvWriter::formatValue(2.5e-12), "2.5e-12");
    EXPECT_EQ(CsvWriter::formatValue(42.0), "42");
    EXPECT_EQ(CsvWriter::formatValue(std::nan("")), "");
}

TEST(CsvWriter, WritesOneRowPerStepAndMetric) {
    CsvWriter csv;
    const Projection projection(Timeline{2026, Step::Quarter});
    csv.addProjection("A, B", projection);
    EXPECT_EQ(csv.rowCount(), 8LL * kMetricCount);
    EXPECT_TRUE(csv.text().starts_with("scenario,date,metric,value\n\"A, B\",2025-01-01,"));
    EXPECT_NE(csv.text().find("\"A, B\",2026-10-01,agency_index,0\n"), std::string::npos);
    EXPECT_EQ(csv.missingCount(), 0);
}

TEST(CsvWriter, CountsValuesLeftEmpty) {
    Projection projection(Timeline{2026, Step::Quarter});
    projection.series(Metric::Talent)[3] = std::nan("");
    CsvWriter csv;
    csv.addProjection("A", projection);
    EXPECT_EQ(csv.missingCount(), 1);
    EXPECT_NE(csv.text().find("A,2025-10-01,talent_k,\n"), std::string::npos);
}

TEST(Arguments, ReadsValuesInBothSpellingsAndKeepsOrder) {
    const std::vector<OptionSpec> specs{{"--csv", "OUT", false}, {"--set", "P=V", true}};
    const std::vector<std::string> args{"a.json", "--csv=out.csv", "--set", "x=1", "--set=y=2", "-",
                                        "--",     "--set"};
    const auto parsed = parseArguments(args, specs);
    EXPECT_EQ(parsed.positional, (std::vector<std::string>{"a.json", "-", "--set"}));
    EXPECT_EQ(parsed.value("--csv"), "out.csv");
    EXPECT_EQ(parsed.values("--set"), (std::vector<std::string>{"x=1", "y=2"}));
    EXPECT_FALSE(parsed.value("--to").has_value());
}

TEST(Arguments, RejectsWhatItDoesNotKnow) {
    const std::vector<OptionSpec> specs{{"--csv", "OUT", false}, {"--quiet", "", false}};
    const auto fails = [&](std::vector<std::string> args) {
        EXPECT_THROW(parseArguments(args, specs), UsageError) << args.front();
    };
    fails({"--colour"});
    fails({"--csv"});
    fails({"--csv", "a", "--csv", "b"});
    fails({"--quiet=yes"});
    fails({"-x"});
    EXPECT_NO_THROW(parseArguments(std::vector<std::string>{"--quiet", "-"}, specs));
}

} // namespace
} // namespace sovsim::cli
