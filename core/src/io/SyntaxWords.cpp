#include "SyntaxWords.h"

#include <string_view>

namespace sovsim::io {
namespace {

constexpr std::string_view kPrefix = "syntax error while parsing ";

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// A parser token in words: "string literal" -> "a text in quotes".
std::string tokenWords(std::string_view token) {
    if (token == "string literal") {
        return "a text in double quotes";
    }
    if (token == "number literal") {
        return "a number";
    }
    if (token == "end of input") {
        return "the end of the file";
    }
    if (token == "'[', '{', or a literal") {
        return "a value (a number, a text in double quotes, true, false, null, a list [...] or "
               "a group {...})";
    }
    if (token == "<uninitialized>" || token.empty()) {
        return "something else";
    }
    if (startsWith(token, "'") || token.find("literal") != std::string_view::npos) {
        return std::string(token);
    }
    return "'" + std::string(token) + "'";
}

struct Plain {
    std::string problem;
    std::string expected;
};

Plain explain(std::string_view context, std::string_view detail, std::string_view expected) {
    constexpr std::string_view kUnexpected = "unexpected ";
    if (startsWith(detail, "invalid literal")) {
        return {"this word is not a value JSON understands (NaN, infinity, a misspelt true or "
                "an unquoted text are common causes)",
                "a number, a text in double quotes, true, false or null"};
    }
    if (startsWith(detail, "invalid string: missing closing quote")) {
        return {"a text has no closing double quote (\")", "a closing \" before the end"};
    }
    if (startsWith(detail, "invalid string: control character")) {
        return {"a text runs past the end of its line: its closing double quote (\") is probably "
                "missing",
                "a closing \" on the same line"};
    }
    if (startsWith(detail, "invalid string")) {
        return {"a text in double quotes contains something JSON does not allow (a lone "
                "backslash \\ or a broken \\u escape)",
                "plain text, with \\\\ for a backslash"};
    }
    if (startsWith(detail, "invalid number")) {
        return {"this number is not written correctly",
                "digits with a dot for decimals, e.g. 0.25 or 1200"};
    }
    if (!startsWith(detail, kUnexpected)) {
        return {"the file is not valid JSON here", std::string(expected)};
    }
    const std::string_view found = detail.substr(kUnexpected.size());
    if (found == "end of input") {
        return {"the file ends too early: a closing } or ] or a closing quote is probably missing",
                "the rest of the document"};
    }
    if (context == "object" && found == "string literal" && expected == "'}'") {
        return {"a comma is missing before this name", "a comma (,) between two entries"};
    }
    if (context == "array" && found != "']'" && found != "'}'" && expected == "']'") {
        return {"a comma is missing before this entry of the list",
                "a comma (,) between two entries"};
    }
    if (context == "object key" && found == "'}'") {
        return {"there is a comma after the last entry: remove it", "no comma before }"};
    }
    if (context == "value" && found == "']'") {
        return {"there is a comma after the last entry of the list: remove it",
                "no comma before ]"};
    }
    if (context == "object" && found == "']'") {
        return {"this ] closes a group that was opened with {", "} to close the group"};
    }
    if (context == "array" && found == "'}'") {
        return {"this } closes a list that was opened with [", "] to close the list"};
    }
    if (context == "object separator" || (context == "object key" && expected == "':'")) {
        return {"a colon (:) is missing after this name", "\"name\": value"};
    }
    if (context == "object key") {
        return {"found " + tokenWords(found) + " where the name of an entry should be",
                "a name in double quotes, such as \"name\""};
    }
    return {"found " + tokenWords(found) + " here, which does not fit",
            expected.empty() ? std::string() : tokenWords(expected)};
}

} // namespace

void toPlainSyntaxWords(std::string& problem, std::string& expected) {
    if (!startsWith(problem, kPrefix)) {
        return;
    }
    std::string_view rest = std::string_view(problem).substr(kPrefix.size());
    std::string_view context = rest;
    std::string_view detail;
    if (const auto colon = rest.find(": "); colon != std::string_view::npos) {
        context = rest.substr(0, colon);
        detail = rest.substr(colon + 2);
    }
    Plain plain = explain(context, detail, expected);
    problem = std::move(plain.problem);
    expected = std::move(plain.expected);
}

} // namespace sovsim::io
