// Names are plain text, unique in a workshop once trimmed, and every list has a documented limit
// no real workshop meets (docs/scenario-format.md, "Limits"; issue 11).

#include "IoTestSupport.h"
#include "sovsim/PlainText.h"
#include "sovsim/ScenarioFile.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace sovsim {
namespace {

using test::testCatalog;

std::vector<std::string> messagesFor(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& e : parseDocument(text, "w.json", testCatalog()).errors) {
        out.push_back(e.toString());
    }
    return out;
}

// A workshop with one scenario object per line, from line 3.
std::string workshopOf(const std::vector<std::string>& scenarios, const std::string& name = "W") {
    std::string text = "{\"format\": \"sovsim-workshop\", \"version\": 1, \"name\": \"" + name +
                       "\",\n\"scenarios\": [\n";
    for (size_t i = 0; i < scenarios.size(); ++i) {
        text += scenarios[i] + (i + 1 < scenarios.size() ? ",\n" : "\n");
    }
    return text + "]}\n";
}

std::string named(const std::string& name) {
    return "{\"name\": \"" + name + "\"}";
}

TEST(Names, ControlCharactersAreRefusedWithTheirPosition) {
    EXPECT_EQ(messagesFor(workshopOf({named("Plain"), named("a\\u0000b\\u001b[31mRED")})),
              std::vector<std::string>{"w.json:4:10: scenarios[1].name: contains a control "
                                       "character (U+0000) at position 2; names are plain text"});
    EXPECT_EQ(messagesFor(workshopOf({named("Title\\u001b]0;x\\u0007")})),
              std::vector<std::string>{"w.json:3:10: scenarios[0].name: contains a control "
                                       "character (U+001B) at position 6; names are plain text"});
    EXPECT_EQ(messagesFor(workshopOf({named("ok")}, "two\\nlines")),
              std::vector<std::string>{"w.json:1:53: name: contains a control character (U+000A) "
                                       "at position 4; names are plain text"});
    // Delete and the C1 controls (U+0080-U+009F) too; other characters are fine.
    for (const std::string bad : {"\\u007f", "\\u0085", "\\u009b"}) {
        EXPECT_EQ(messagesFor(workshopOf({named("x" + bad)})).size(), 1U) << bad;
    }
    const LoadResult ok = parseDocument(workshopOf({named("日本 \\u00e9 \\ud83d\\ude00 é")}),
                                        "w.json", testCatalog());
    ASSERT_TRUE(ok.ok()) << ok.errors.front().toString();
    EXPECT_EQ(ok.workshop.scenarios[0].name, "日本 é 😀 é");
}

TEST(Names, AStandAloneScenarioNameIsCheckedToo) {
    EXPECT_EQ(messagesFor("{\"format\": \"sovsim-scenario\", \"version\": 1, \"name\": \"\\t\"}"),
              std::vector<std::string>{"w.json:1:53: name: contains a control character (U+0009) "
                                       "at position 1; names are plain text"});
}

TEST(Names, AreTrimmedOfLeadingAndTrailingSpaces) {
    // U+00A0 (no-break space) and U+3000 (ideographic space) look like spaces too.
    const LoadResult r =
        parseDocument(workshopOf({named("  Japan "), named("\\u00a0Kenya\\u3000")}, " Title "),
                      "w.json", testCatalog());
    ASSERT_TRUE(r.ok()) << r.errors.front().toString();
    EXPECT_EQ(r.workshop.name, "Title");
    EXPECT_EQ(r.workshop.scenarios[0].name, "Japan");
    EXPECT_EQ(r.workshop.scenarios[1].name, "Kenya");
    EXPECT_EQ(messagesFor(workshopOf({named(" \\u3000 ")})),
              std::vector<std::string>{"w.json:3:10: scenarios[0].name: the text is empty "
                                       "(expected a non-empty text in double quotes)"});
}

TEST(Names, AreUniqueInAWorkshopOnceTrimmed) {
    EXPECT_EQ(messagesFor(workshopOf({named("Japan"), named("Kenya"), named("Japan ")})),
              std::vector<std::string>{"w.json:5:10: scenarios[2].name: the scenario name "
                                       "'Japan' is already used by scenarios[0] (expected a "
                                       "unique name)"});
}

TEST(Names, OneNameRepeatedIsListedAtMostTwentyTimes) {
    const std::vector<std::string> same(kMaxScenarios, named("Same"));
    const auto messages = messagesFor(workshopOf(same));
    ASSERT_EQ(messages.size(), kMaxReportedProblems + 1);
    EXPECT_EQ(messages.front(), "w.json:4:10: scenarios[1].name: the scenario name 'Same' is "
                                "already used by scenarios[0] (expected a unique name)");
    EXPECT_EQ(messages.back(), "w.json: " + std::to_string(kMaxScenarios - 1 - 20) +
                                   " more problems not shown; fix the ones above first");
}

TEST(Names, AtMostTwoHundredCharacters) {
    std::string longest;
    for (size_t i = 0; i < kMaxNameCharacters; ++i) {
        longest += "名";
    }
    EXPECT_TRUE(parseDocument(workshopOf({named(longest)}, longest), "w.json", testCatalog()).ok());
    EXPECT_EQ(messagesFor(workshopOf({named(longest + "x")})),
              std::vector<std::string>{"w.json:3:10: scenarios[0].name: the name is 201 "
                                       "characters long (expected at most 200 characters)"});
    const auto huge = messagesFor(workshopOf({named("ok")}, std::string(1 << 20, 'n')));
    ASSERT_EQ(huge.size(), 1U);
    EXPECT_EQ(huge[0], "w.json:1:53: name: the name is 1048576 characters long (expected at most "
                       "200 characters)");
}

TEST(Limits, AtMostSixtyFourScenariosInAWorkshop) {
    std::vector<std::string> scenarios;
    for (size_t i = 0; i <= kMaxScenarios; ++i) {
        scenarios.push_back(named("S" + std::to_string(i)));
    }
    const std::vector<std::string> fits(scenarios.begin(), scenarios.end() - 1);
    EXPECT_EQ(parseDocument(workshopOf(fits), "w.json", testCatalog()).workshop.scenarios.size(),
              kMaxScenarios);
    EXPECT_EQ(messagesFor(workshopOf(scenarios)),
              std::vector<std::string>{"w.json:2:14: scenarios: the workshop has 65 scenarios "
                                       "(expected at most 64 scenarios)"});
    // 2,000 minimal scenarios are refused as quickly, without a problem for each.
    const std::vector<std::string> many(2000, "{\"name\": \"S\"}");
    EXPECT_EQ(messagesFor(workshopOf(many)),
              std::vector<std::string>{"w.json:2:14: scenarios: the workshop has 2000 scenarios "
                                       "(expected at most 64 scenarios)"});
}

TEST(Limits, AtMostOneHundredShocksInAScenario) {
    const std::string shock = "{\"type\": \"price_hike\", \"start\": \"2030-01\"}";
    const auto scenarioWith = [&](size_t shocks) {
        std::string text = "{\"format\": \"sovsim-scenario\", \"version\": 1, \"name\": \"S\",\n"
                           "\"shocks\": [";
        for (size_t i = 0; i < shocks; ++i) {
            text += (i == 0 ? "" : ", ") + shock;
        }
        return text + "]}";
    };
    const LoadResult most = parseDocument(scenarioWith(kMaxShocks), "w.json", testCatalog());
    ASSERT_TRUE(most.ok());
    EXPECT_EQ(most.workshop.scenarios[0].shocks.size(), kMaxShocks);
    EXPECT_EQ(messagesFor(scenarioWith(kMaxShocks + 1)),
              std::vector<std::string>{"w.json:2:11: shocks: the scenario has 101 shocks "
                                       "(expected at most 100 shocks)"});
}

} // namespace
} // namespace sovsim
