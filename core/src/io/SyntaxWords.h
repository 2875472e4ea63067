#pragma once
// JSON syntax errors in a workshop user's words. The parser reports "syntax error while parsing
// object: unexpected string literal (expected '}')", which means nothing to a facilitator; the
// usual slips (a missing or extra comma, a bracket of the wrong kind, an unclosed quote, a word
// that is not a value, a file cut short) are named as such, and anything else is still said
// without parser terms.

#include <string>

namespace sovsim::io {

// Rewrites a parser message already split into `problem` ("syntax error while parsing CONTEXT:
// DETAIL") and `expected` (the parser's token list, possibly empty) in place. Messages that are
// not parser syntax errors are left unchanged.
void toPlainSyntaxWords(std::string& problem, std::string& expected);

} // namespace sovsim::io
