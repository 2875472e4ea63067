// Hostile text in files and settings (issue 11): messages quote at most a short, escaped prefix
// of a value, whatever its size or content.

#include "IoTestSupport.h"
#include "sovsim/Parameters.h"
#include "sovsim/PlainText.h"
#include "sovsim/ScenarioFile.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace sovsim {
namespace {

using test::testCatalog;

const std::string kEllipsis = "\xE2\x80\xA6";
// Longer than any message about a value shown shortened: the field path, the problem and the
// expected text, with at most a few shortened values.
constexpr size_t kLongestMessage = 600;

std::vector<std::string> messagesFor(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& e : parseDocument(text, "hostile.json", testCatalog()).errors) {
        out.push_back(e.toString());
    }
    return out;
}

std::string scenarioWith(const std::string& members) {
    return R"({"format": "sovsim-scenario", "version": 1, "name": "S", )" + members + "}";
}

TEST(ShownText, KeepsShortTextAsItIs) {
    EXPECT_EQ(shownText("Japan"), "Japan");
    EXPECT_EQ(shownText(""), "");
    EXPECT_EQ(shownText(std::string(40, 'x')), std::string(40, 'x'));
}

TEST(ShownText, CutsLongTextAfterFortyCharactersNotBytes) {
    EXPECT_EQ(shownText(std::string(41, 'x')), std::string(40, 'x') + kEllipsis);
    std::string chinese;
    for (int i = 0; i < 50; ++i) {
        chinese += "日";
    }
    std::string forty;
    for (int i = 0; i < 40; ++i) {
        forty += "日";
    }
    EXPECT_EQ(shownText(chinese), forty + kEllipsis);
    EXPECT_EQ(shownText("abcdef", 3), "abc" + kEllipsis);
}

TEST(ShownText, EscapesControlCharactersAndBytesThatAreNotUtf8) {
    EXPECT_EQ(shownText(std::string("a\0b\x1b[31mRED", 11)), "a\\u0000b\\u001B[31mRED");
    EXPECT_EQ(shownText("tab\there"), "tab\\u0009here");
    EXPECT_EQ(shownText("\xC2\x9B"), "\\u009B"); // C1 control: CSI
    EXPECT_EQ(shownText("\x7F"), "\\u007F");
    EXPECT_EQ(shownText("S\xE3o"), "S\\xE3o");
    EXPECT_EQ(shownText("\xE6\x97"), "\\xE6\\x97"); // a cut-off character
}

struct HugeValueCase {
    std::string name;
    std::string document; // with HUGE where the huge value goes
};

// A megabyte of text in every place a message may quote it.
TEST(HostileText, MessagesQuoteAShortPrefixOfAHugeValue) {
    const std::string huge = "HUGE" + std::string(1 << 20, 'x');
    const std::vector<HugeValueCase> cases{
        {"format", R"({"format": "HUGE", "version": 1})"},
        {"version", R"({"format": "sovsim-scenario", "version": "HUGE"})"},
        {"unknown key", scenarioWith(R"("HUGE": 1)")},
        {"country preset", scenarioWith(R"("country": {"preset": "HUGE"})")},
        {"country value", scenarioWith(R"("country": {"overrides": {"HUGE": 1}})")},
        {"posture", scenarioWith(R"("strategy": {"postures": {"chips": "HUGE"}})")},
        {"lever", scenarioWith(R"("strategy": {"levers": {"small_models": "HUGE"}})")},
        {"shock type", scenarioWith(R"("shocks": [{"type": "HUGE", "start": "2030-01"}])")},
        {"shock start", scenarioWith(R"("shocks": [{"type": "price_hike", "start": "HUGE"}])")},
        {"time step", scenarioWith(R"("timeline": {"step": "HUGE"})")},
        {"duplicate huge key", scenarioWith(R"("country": {"HUGE": 1, "HUGE": 2})")},
        {"syntax error after it", R"({"format": "HUGE", "version": 1,,})"},
    };
    for (const auto& c : cases) {
        std::string document = c.document;
        for (size_t at = 0; (at = document.find("HUGE", at)) != std::string::npos;) {
            document.replace(at, 4, huge);
            at += huge.size();
        }
        const auto messages = messagesFor(document);
        ASSERT_FALSE(messages.empty()) << c.name;
        for (const auto& message : messages) {
            EXPECT_LE(message.size(), kLongestMessage) << c.name << ": " << message.substr(0, 300);
        }
        if (c.name != "syntax error after it") {
            EXPECT_NE(messages.front().find("HUGE" + std::string(36, 'x') + kEllipsis),
                      std::string::npos)
                << c.name << ": " << messages.front().substr(0, 300);
        }
    }
}

TEST(HostileText, ATokenNamedLikeWhatWasExpectedIsNotQuoted) {
    // The library's message quotes the last token; a string in it may contain "; expected ".
    const std::string text = R"({"format": "sovsim-scenario", "name": "x; expected )" +
                             std::string(5000, 'y') + R"(\q"})";
    const auto messages = messagesFor(text);
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_LE(messages[0].size(), kLongestMessage) << messages[0].substr(0, 300);
    EXPECT_EQ(messages[0].find("yyy"), std::string::npos) << messages[0].substr(0, 300);
}

TEST(HostileText, MessagesCarryNoTerminalEscapes) {
    const auto messages = messagesFor(
        scenarioWith(R"("country": {"preset": "\u001b[31mRED", "\u001b]0;title\u0007": 1})"));
    ASSERT_EQ(messages.size(), 2U);
    for (const auto& message : messages) {
        EXPECT_EQ(message.find('\x1b'), std::string::npos) << message;
        EXPECT_EQ(message.find('\x07'), std::string::npos) << message;
    }
    EXPECT_NE(messages[0].find("unknown country preset '\\u001B[31mRED'"), std::string::npos)
        << messages[0];
    EXPECT_NE(messages[1].find("country.\\u001B]0;title\\u0007: unknown key "), std::string::npos)
        << messages[1];
}

TEST(HostileText, SettingsQuoteAShortPrefixOfAHugeValue) {
    const std::string huge = "HUGE" + std::string(1 << 20, 'x');
    Scenario scenario;
    for (const auto& [path, value] :
         std::vector<std::pair<std::string, std::string>>{{"country.gdp_usd_bn", huge},
                                                          {"strategy.postures.chips", huge},
                                                          {"timeline.step", huge},
                                                          {huge, "1"}}) {
        const auto problem = setParameter(scenario, path, value);
        ASSERT_TRUE(problem.has_value());
        EXPECT_LE(problem->size(), kLongestMessage) << problem->substr(0, 300);
        EXPECT_NE(problem->find("HUGE" + std::string(36, 'x') + kEllipsis), std::string::npos)
            << problem->substr(0, 300);
    }
}

} // namespace
} // namespace sovsim
