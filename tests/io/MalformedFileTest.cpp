// Every kind of bad input gives the documented message: file, line, column, field path, the
// problem and what was expected (docs/scenario-format.md, "Error messages").

#include "IoTestSupport.h"
#include "sovsim/ScenarioFile.h"

#include <chrono>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace sovsim {
namespace {

using test::ioDataPath;
using test::readFile;
using test::testCatalog;

std::vector<std::string> messagesFor(std::string_view text, std::string_view name) {
    std::vector<std::string> out;
    for (const auto& e : parseDocument(text, name, testCatalog()).errors) {
        out.push_back(e.toString());
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& l : lines) {
        text += "\n    " + l;
    }
    return text;
}

struct MalformedCase {
    std::string file; // in tests/data/io/malformed/
    std::vector<std::string> expected;
};

class MalformedFile : public testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedFile, GivesTheDocumentedMessages) {
    const MalformedCase& c = GetParam();
    const std::string text = readFile(ioDataPath("malformed/" + c.file));
    ASSERT_FALSE(text.empty()) << c.file << " is missing";
    const LoadResult result = parseDocument(text, c.file, testCatalog());
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.workshop.scenarios.empty()) << "a failed load must not return scenarios";
    const auto actual = messagesFor(text, c.file);
    EXPECT_EQ(actual, c.expected) << "actual messages:" << joined(actual);
}

const std::vector<MalformedCase> kCases = {
    {"syntax-missing-comma.json",
     {"syntax-missing-comma.json:4:3: a comma is missing before this name (expected a comma (,) "
      "between two entries)"}},
    {"syntax-trailing-comma.json",
     {"syntax-trailing-comma.json:7:3: there is a comma after the last entry of the list: remove "
      "it (expected no comma before ])"}},
    {"syntax-nan.json",
     {"syntax-nan.json:5:26: this word is not a value JSON understands (NaN, infinity, a misspelt "
      "true or an unquoted text are common causes) (expected a number, a text in double quotes, "
      "true, false or null)"}},
    {"huge-number.json",
     {"huge-number.json:5:43: this number is too large (expected a number of at most about "
      "1.8e308)"}},
    {"top-level-array.json",
     {"top-level-array.json:1:1: the file holds a list [...], not a SovSim document (expected an "
      "object {...} with \"format\": \"sovsim-workshop\" or \"sovsim-scenario\")"}},
    {"missing-format.json",
     {"missing-format.json:1:1: format: this required field is missing (expected "
      "\"sovsim-workshop\" or \"sovsim-scenario\")"}},
    {"wrong-format.json",
     {"wrong-format.json:2:13: format: unknown format \"sovsim-country\" (expected "
      "\"sovsim-workshop\" or \"sovsim-scenario\")"}},
    {"newer-version.json",
     {"newer-version.json:3:14: version: the file was written by a newer SovSim (file version 2; "
      "this SovSim reads version 1) (expected version 1; update SovSim to open this file)"}},
    {"version-as-text.json",
     {"version-as-text.json:1:42: version: found a text \"1\" (expected the whole number 1)"}},
    {"empty-scenarios.json",
     {"empty-scenarios.json:5:16: scenarios: the workshop has no scenarios (expected a list [...] "
      "of at least one scenario object)"}},
    {"workshop-fields.json",
     {"workshop-fields.json:4:11: name: the text is empty (expected a non-empty text in double "
      "quotes)",
      "workshop-fields.json:7:5: scenarios[1]: found a text \"not a scenario\" (expected a "
      "scenario object {\"name\": ..., ...})",
      "workshop-fields.json:8:5: scenarios[2].name: this required field is missing (expected a "
      "non-empty text)",
      "workshop-fields.json:10:3: notes: unknown key 'notes' (expected one of format, version, "
      "name, scenarios)"}},
    {"country.json",
     {"country.json:6:54: scenarios[0].country.preset: unknown country preset 'japn'; did you mean "
      "'japan'? (expected one of japan, kenya)",
      "country.json:12:25: scenarios[1].country.overrides.gdp_usd_bn: 0 is out of range (expected "
      "a number in [1, 40000])",
      "country.json:13:27: scenarios[1].country.overrides.population_m: found a text \"55\" "
      "(expected a number in [0.1, 2000])",
      "country.json:14:34: scenarios[1].country.overrides.export_control_tier: 2.5 is not a whole "
      "number (expected a whole number in [1, 3])",
      "country.json:15:11: scenarios[1].country.overrides.gdp_usd: unknown country value "
      "'gdp_usd'; did you mean 'gdp_usd_bn'? (expected one of generation_twh, "
      "generation_growth_per_yr, firm_low_carbon_share, dc_power_available_gw, "
      "dc_power_buildable_gw_per_yr, industrial_price_usd_per_mwh, population_m, gdp_usd_bn, "
      "public_ai_budget_usd_bn_per_yr, internet_users_m, regional_market_usd_bn, "
      "regulatory_weight, "
      "language_web_share_pct, data_quality, ai_talent_k, domestic_compute_h100e, existing_dc_mw, "
      "chip_industry, export_control_tier, geopolitical_alignment)",
      "country.json:17:9: scenarios[1].country.override: unknown key 'override'; did you mean "
      "'overrides'? (expected one of preset, overrides)",
      "country.json:20:39: scenarios[2].country: found a list [...] (expected an object "
      "{\"preset\": ..., \"overrides\": {...}})"}},
    {"strategy.json",
     {"strategy.json:10:32: scenarios[0].strategy.postures.models: 'stear' is not a posture "
      "(expected one of control, steer, depend)",
      "strategy.json:10:41: scenarios[0].strategy.postures.chip: unknown layer 'chip'; did you "
      "mean 'chips'? (expected one of energy, chips, compute, data, models, applications, talent)",
      "strategy.json:10:70: scenarios[0].strategy.postures.energy: found the number 1 (expected "
      "one of control, steer, depend)",
      "strategy.json:11:36: scenarios[0].strategy.levers.small_models: 1.5 is out of range "
      "(expected a number in [0, 1])",
      "strategy.json:11:61: scenarios[0].strategy.levers.interoperability: -0.1 is out of range "
      "(expected a number in [0, 1])",
      "strategy.json:11:87: scenarios[0].strategy.levers.sector_diffusion: found true (expected a "
      "number in [0, 1])"}},
    {"shocks.json",
     {"shocks.json:10:18: scenarios[0].shocks[0].type: 'supplier_cutof' is not a shock type; did "
      "you mean 'supplier_cutoff'? (expected one of supplier_cutoff, price_hike, energy_crisis, "
      "chip_leap, demand_surge)",
      "shocks.json:11:41: scenarios[0].shocks[1].start: '2030-13' is not a month written YYYY-MM "
      "(expected a month \"YYYY-MM\" from 2025-01 to 2035-12)",
      "shocks.json:12:41: scenarios[0].shocks[2].start: 2024-12 is before the timeline starts "
      "(expected a month \"YYYY-MM\" from 2025-01 to 2035-12)",
      "shocks.json:13:41: scenarios[0].shocks[3].start: 2036-01 is after the timeline ends "
      "(expected a month \"YYYY-MM\" from 2025-01 to 2035-12)",
      "shocks.json:14:44: scenarios[0].shocks[4].start: '2030/01' is not a month written YYYY-MM "
      "(expected a month \"YYYY-MM\" from 2025-01 to 2035-12)",
      "shocks.json:15:40: scenarios[0].shocks[5].start: found the number 2030 (expected a month "
      "\"YYYY-MM\" from 2025-01 to 2035-12)",
      "shocks.json:16:73: scenarios[0].shocks[6].duration_months: 0 is out of range (expected a "
      "whole number of months in [1, 600])",
      "shocks.json:17:73: scenarios[0].shocks[7].duration_months: 601 is out of range (expected a "
      "whole number of months in [1, 600])",
      "shocks.json:18:73: scenarios[0].shocks[8].duration_months: 2.5 is not a whole number "
      "(expected a whole number of months in [1, 600])",
      "shocks.json:19:66: scenarios[0].shocks[9].severity: 1.5 is out of range (expected a number "
      "in [0, 1])",
      "shocks.json:20:66: scenarios[0].shocks[10].severity: -0.1 is out of range (expected a "
      "number in [0, 1])",
      "shocks.json:21:9: scenarios[0].shocks[11].type: this required field is missing (expected "
      "one of supplier_cutoff, price_hike, energy_crisis, chip_leap, demand_surge)",
      "shocks.json:21:30: scenarios[0].shocks[11].strength: unknown key 'strength' (expected one "
      "of type, start, duration_months, severity)",
      "shocks.json:22:9: scenarios[0].shocks[12].start: this required field is missing (expected a "
      "month \"YYYY-MM\" from 2025-01 to 2035-12)",
      "shocks.json:25:38: scenarios[1].shocks: found an object {...} (expected a list [...] of "
      "shocks, possibly empty)"}},
    {"timeline-assumptions.json",
     {"timeline-assumptions.json:5:28: timeline.end_year: 2051 is out of range (expected a whole "
      "number in [2026, 2050])",
      "timeline-assumptions.json:5:42: timeline.step: 'day' is not a time step (expected one of "
      "month, quarter, week)",
      "timeline-assumptions.json:5:49: timeline.start_year: unknown timeline field 'start_year' "
      "(expected one of end_year, step)",
      "timeline-assumptions.json:6:26: assumptions.pue: 0.5 is out of range (expected a number in "
      "[1, 3])",
      "timeline-assumptions.json:6:31: assumptions.accelerator_price: unknown assumption "
      "'accelerator_price'; did you mean 'accelerator_price_usd'? (expected one of the assumption "
      "keys listed by 'sovsim-cli list parameters')",
      "timeline-assumptions.json:6:80: assumptions.useful_life_years: found null (expected a "
      "number in [1, 15])"}},
    {"duplicate-key.json",
     {"duplicate-key.json:5:3: name: this key appears more than once in the same object (expected "
      "each key at most once)"}},
    {"chinese-text.json",
     {"chinese-text.json:6:47: scenarios[0].country.preset: unknown country preset '日本' "
      "(expected one of japan, kenya)"}},
};

TEST(MalformedFileExtra, EmptyFile) {
    for (const std::string text : {"", "   \n\t\n", "\xEF\xBB\xBF"}) {
        EXPECT_EQ(messagesFor(text, "empty.json"),
                  std::vector<std::string>{"empty.json:1:1: the file is empty (expected a SovSim "
                                           "workshop or scenario file in JSON)"});
    }
}

TEST(MalformedFileExtra, BinaryGarbage) {
    std::string garbage("{\"format\": \"sovsim-workshop\",\n\x7f"
                        "ELF\x02\x01\x01",
                        36);
    for (int i = 0; i < 256; ++i) {
        garbage += static_cast<char>((i * 37) % 256);
    }
    EXPECT_EQ(messagesFor(garbage, "picture.png"),
              std::vector<std::string>{"picture.png:2:1: this is not a text file (it contains "
                                       "binary data) (expected a SovSim workshop or scenario "
                                       "file in JSON)"});
}

TEST(MalformedFileExtra, TextInAnotherEncoding) {
    // "São Paulo" saved as Windows-1252: 0xE3 is not UTF-8.
    const std::string text = "{\"format\": \"sovsim-scenario\", \"version\": 1,\n"
                             " \"name\": \"S\xE3o Paulo\"}";
    EXPECT_EQ(messagesFor(text, "latin1.json"),
              std::vector<std::string>{"latin1.json:2:12: the text is not in UTF-8 (expected a "
                                       "file saved with UTF-8 encoding)"});
}

TEST(MalformedFileExtra, ReportsAtMostTwentyProblemsAndCountsTheRest) {
    const std::string text = readFile(ioDataPath("malformed/many-problems.json"));
    const auto messages = messagesFor(text, "many.json");
    ASSERT_EQ(messages.size(), 21U) << joined(messages);
    // In document order: the first twenty scenarios, one per line from line 6.
    for (size_t i = 0; i < 20; ++i) {
        EXPECT_EQ(messages[i], "many.json:" + std::to_string(6 + i) + ":" + (i < 10 ? "60" : "61") +
                                   ": scenarios[" + std::to_string(i) +
                                   "].strategy.levers.small_models: 2 is out of range (expected "
                                   "a number in [0, 1])");
    }
    EXPECT_EQ(messages[20], "many.json: 10 more problems not shown; fix the ones above first");
}

TEST(MalformedFileExtra, MissingFileNamesTheFileAndTheReason) {
    const std::string path = ioDataPath("malformed/no-such-file.json").string();
    const LoadResult result = loadFile(path);
    ASSERT_EQ(result.errors.size(), 1U);
    EXPECT_EQ(result.errors[0].toString(), path + ": cannot open file: No such file or directory");
}

TEST(MalformedFileExtra, FolderInsteadOfFile) {
    const std::string path = ioDataPath("malformed").string();
    const LoadResult result = loadFile(path);
    ASSERT_EQ(result.errors.size(), 1U);
    EXPECT_EQ(result.errors[0].toString(), path + ": cannot open file: it is a folder");
}

TEST(MalformedFileExtra, LoadFileReportsPositionsWithThePathGiven) {
    const std::string path = ioDataPath("malformed/empty-scenarios.json").string();
    // loadFile checks presets against the built-in catalog; this file needs none.
    const LoadResult result = loadFile(path);
    ASSERT_EQ(result.errors.size(), 1U);
    EXPECT_EQ(result.errors[0].toString(),
              path + ":5:16: scenarios: the workshop has no scenarios (expected a list [...] of "
                     "at least one scenario object)");
}

// "\u0067dp_usd_bn" is "gdp_usd_bn" written with an escape; the position index must decode
// keys as the JSON library does to find the value.
const std::string kWindowsFile =
    "{\r\n  \"format\": \"sovsim-scenario\",\r\n  \"version\": 1,\r\n"
    "  \"name\": \"CRLF\",\r\n"
    "  \"country\": {\"overrides\": {\"\\u0067dp_usd_bn\": -5}}\r\n}\r\n";
const std::string kProblemOnLineFive = ":5:48: country.overrides.gdp_usd_bn: -5 is out of range "
                                       "(expected a number in [1, 40000])";

TEST(MalformedFileExtra, WindowsLineEndingsAndEscapedKeys) {
    EXPECT_EQ(messagesFor(kWindowsFile, "crlf.json"),
              std::vector<std::string>{"crlf.json" + kProblemOnLineFive});
}

// Issue 11, item 7: small inconsistencies.
TEST(MalformedFileExtra, VersionWrittenAsAWholeDecimalNumberIsAccepted) {
    const auto header = [](const std::string& version) {
        return "{\"format\": \"sovsim-scenario\", \"version\": " + version + ", \"name\": \"S\"}";
    };
    EXPECT_TRUE(parseDocument(header("1.0"), "v.json", testCatalog()).ok());
    EXPECT_TRUE(parseDocument(header("1e0"), "v.json", testCatalog()).ok());
    EXPECT_EQ(messagesFor(header("1.5"), "v.json"),
              std::vector<std::string>{"v.json:1:42: version: 1.5 is not a whole number (expected "
                                       "the whole number 1)"});
    EXPECT_EQ(messagesFor(header("2.0"), "v.json"),
              std::vector<std::string>{"v.json:1:42: version: the file was written by a newer "
                                       "SovSim (file version 2; this SovSim reads version 1) "
                                       "(expected version 1; update SovSim to open this file)"});
}

TEST(MalformedFileExtra, Utf16IsReportedAsAWrongEncoding) {
    const std::string json = "{\"format\": \"sovsim-scenario\", \"version\": 1, \"name\": \"S\"}";
    std::string littleEndian;
    std::string bigEndian;
    for (const char c : json) {
        littleEndian += std::string{c, '\0'};
        bigEndian += std::string{'\0', c};
    }
    const std::vector<std::string> expected{
        "utf16.json:1:1: the text is in UTF-16, not UTF-8 (expected a file saved with UTF-8 "
        "encoding; save it again as UTF-8)"};
    EXPECT_EQ(messagesFor("\xFF\xFE" + littleEndian, "utf16.json"), expected);
    EXPECT_EQ(messagesFor("\xFE\xFF" + bigEndian, "utf16.json"), expected);
    EXPECT_EQ(messagesFor(littleEndian, "utf16.json"), expected);
    EXPECT_EQ(messagesFor(bigEndian, "utf16.json"), expected);
}

TEST(MalformedFileExtra, OldMacLineEndingsCountLines) {
    // The file above with a CR alone at the end of each line.
    std::string text = kWindowsFile;
    for (size_t at = 0; (at = text.find("\r\n", at)) != std::string::npos; ++at) {
        text.erase(at + 1, 1);
    }
    EXPECT_EQ(messagesFor(text, "cr.json"),
              std::vector<std::string>{"cr.json" + kProblemOnLineFive});
}

// Issue 11: a loaded file keeps where its values are, for problems found after loading.
TEST(LoadedPositions, NameEveryValueAndFallBackToTheNearestField) {
    const std::string text =
        "{\"format\": \"sovsim-workshop\", \"version\": 1, \"name\": \"W\",\n"
        "\"scenarios\": [\n"
        "  {\"name\": \"A\"},\n"
        "  {\"name\": \"B\", \"country\": {\"preset\": \"japan\"},\n"
        "   \"shocks\": [{\"type\": \"price_hike\", \"start\": \"2030-01\"}]}\n"
        "]}\n";
    const LoadResult r = parseDocument(text, "w.json", testCatalog());
    ASSERT_TRUE(r.ok()) << r.errors.front().toString();
    const auto at = [&](std::string_view path) {
        const FilePosition p = r.positionOf(path);
        return std::to_string(p.line) + ":" + std::to_string(p.column);
    };
    EXPECT_EQ(at(""), "1:1");
    EXPECT_EQ(at("scenarios"), "2:14");
    EXPECT_EQ(at("scenarios[1].name"), "4:12");
    EXPECT_EQ(at("scenarios[1].shocks[0].start"), "5:47");
    // Not in the file: the nearest field that holds it.
    EXPECT_EQ(at("scenarios[1].country.gdp_usd_bn"), "4:28");
    EXPECT_EQ(at("scenarios[0].timeline.end_year"), "3:3");
    EXPECT_TRUE(parseDocument("{}", "w.json", testCatalog()).positions.empty());
}

TEST(MalformedFileExtra, ManyProblemsAreLocatedInOnePass) {
    // 100,000 unknown keys: each problem used to be placed by reading the text from its start.
    std::string text = "{\"format\": \"sovsim-scenario\", \"version\": 1, \"name\": \"S\",\n"
                       "\"assumptions\": {";
    for (int i = 0; i < 100000; ++i) {
        text += (i == 0 ? "" : ", ") + std::string("\"k") + std::to_string(i) + "\": 1";
    }
    text += "}}";
    const auto start = std::chrono::steady_clock::now();
    const auto messages = messagesFor(text, "keys.json");
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(messages.size(), 21U);
    EXPECT_TRUE(messages[0].starts_with("keys.json:2:17: assumptions.k0: unknown assumption 'k0'"))
        << messages[0];
    EXPECT_EQ(messages[20], "keys.json: 99980 more problems not shown; fix the ones above first");
    // Placing each problem by reading from the start reads some 65 billion characters here. A
    // Debug build with sanitizers (the asan preset) is many times slower at everything, so it
    // gets a larger budget that such a pass would still exceed.
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    constexpr double kBudgetSeconds = 20.0;
#else
    constexpr double kBudgetSeconds = 120.0;
#endif
    EXPECT_LT(seconds, kBudgetSeconds);
}

TEST(FileErrorFormat, OmitsWhatIsUnknown) {
    EXPECT_EQ((FileError{"a.json", 3, 7, "shocks[0].start", "bad", "a month"}).toString(),
              "a.json:3:7: shocks[0].start: bad (expected a month)");
    EXPECT_EQ((FileError{"a.json", 3, 7, "", "syntax error", ""}).toString(),
              "a.json:3:7: syntax error");
    EXPECT_EQ((FileError{"a.json", 0, 0, "", "cannot open file: gone", ""}).toString(),
              "a.json: cannot open file: gone");
    EXPECT_EQ((FileError{"a.json", 4, 0, "name", "empty", ""}).toString(), "a.json:4: name: empty");
}

TEST(MalformedFileExtra, DeeplyNestedInputIsRefusedQuickly) {
    const std::string deep =
        "{\"format\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    // "{" is level 1; the 64th "[" (column 11 + 64) opens level 65.
    EXPECT_EQ(messagesFor(deep, "deep.json"),
              std::vector<std::string>{"deep.json:1:75: the data is nested more than 64 levels "
                                       "deep (expected a SovSim workshop or scenario file in "
                                       "JSON)"});
}

std::string caseName(const testing::TestParamInfo<MalformedCase>& info) {
    std::string name;
    for (const char ch : info.param.file.substr(0, info.param.file.rfind('.'))) {
        name += (ch == '-') ? '_' : ch;
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedFile, testing::ValuesIn(kCases), caseName);

} // namespace
} // namespace sovsim
