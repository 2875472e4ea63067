// JSON syntax errors are reported in a workshop user's words, never in parser terms, and each
// common slip is named for what it is. Every case is a real document parsed by the reader.

#include "sovsim/ScenarioFile.h"

#include <gtest/gtest.h>
#include <string>

namespace sovsim {
namespace {

struct SyntaxCase {
    const char* text;
    int line;
    int column;
    const char* problem;  // the start of the problem text
    const char* expected; // the start of the expected text
};

class SyntaxWords : public testing::TestWithParam<SyntaxCase> {};

TEST_P(SyntaxWords, NamesTheSlipWithoutParserTerms) {
    const SyntaxCase& c = GetParam();
    const LoadResult result = parseDocument(c.text, "w.json");
    ASSERT_EQ(result.errors.size(), 1u) << c.text;
    const FileError& error = result.errors.front();
    EXPECT_EQ(error.line, c.line) << c.text;
    EXPECT_EQ(error.column, c.column) << c.text;
    EXPECT_EQ(error.problem.rfind(c.problem, 0), 0u) << error.problem;
    EXPECT_EQ(error.expected.rfind(c.expected, 0), 0u) << error.expected;
    for (const char* jargon : {"syntax error", "literal", "parsing", "object key", "<"}) {
        EXPECT_EQ(error.problem.find(jargon), std::string::npos) << error.problem;
        EXPECT_EQ(error.expected.find(jargon), std::string::npos) << error.expected;
    }
}

INSTANTIATE_TEST_SUITE_P(
    CommonSlips, SyntaxWords,
    testing::Values(
        SyntaxCase{"{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "a comma is missing before this name",
                   "a comma (,)"},
        SyntaxCase{"{\"a\": [1 2]}", 1, 10, "a comma is missing before this entry of the list",
                   "a comma (,)"},
        SyntaxCase{"{\"a\": 1,}", 1, 9, "there is a comma after the last entry", "no comma"},
        SyntaxCase{"{\"a\": [1, 2,]}", 1, 13, "there is a comma after the last entry of the list",
                   "no comma"},
        SyntaxCase{"{\"a\": 1]", 1, 8, "this ] closes a group that was opened with {", "}"},
        SyntaxCase{"{\"a\": [1, 2}", 1, 12, "this } closes a list that was opened with [", "]"},
        SyntaxCase{"{\"a\" 1}", 1, 6, "a colon (:) is missing after this name", "\"name\": value"},
        SyntaxCase{"{\"a\": \"text\n}", 1, 12, "a text runs past the end of its line",
                   "a closing \""},
        SyntaxCase{"{\"a\": NaN}", 1, 7, "this word is not a value JSON understands",
                   "a number, a text in double quotes"},
        SyntaxCase{"{\"a\": 1", 1, 8, "the file ends too early", "the rest of the document"},
        SyntaxCase{"{\n 5: 2}", 2, 2, "found a number where the name of an entry should be",
                   "a name in double quotes"}));

} // namespace
} // namespace sovsim
