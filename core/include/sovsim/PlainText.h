#pragma once
// Text that comes from outside (files, command lines) and goes back out (messages, CSV cells,
// saved files). Messages quote at most a short, escaped prefix of what they were given, so a
// huge or hostile value cannot flood a terminal or carry escape sequences into it; names are
// plain text: trimmed, without control characters, and of a bounded length.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sovsim {

// Characters of a value quoted in a message; longer values end in "…".
inline constexpr size_t kShownCharacters = 40;

// `text` as a message may show it: at most `maxCharacters` characters followed by "…" when it
// is longer; control characters written as \u001B and bytes that are not UTF-8 as \xFF, so the
// result is printable UTF-8 whatever `text` holds.
std::string shownText(std::string_view text, size_t maxCharacters = kShownCharacters);

// Characters (UTF-8 code points) in `text`; a byte that is not UTF-8 counts as one.
size_t characterCount(std::string_view text);

// A control character: U+0000-U+001F, U+007F or U+0080-U+009F.
struct ControlCharacter {
    char32_t codePoint = 0;
    size_t position = 0; // 1-based, in characters
};
std::optional<ControlCharacter> findControlCharacter(std::string_view text);

// `text` without leading and trailing spaces (the ASCII space and Unicode space separators
// such as U+00A0 and U+3000), which would make two names look the same.
std::string_view trimSpaces(std::string_view text);

// Why `name` (already trimmed) cannot be a name, or nothing. An empty name is left to the
// caller, which knows what to say.
struct TextProblem {
    std::string problem;  // "contains a control character (U+001B) at position 4; names are ..."
    std::string expected; // "at most 200 characters"; empty when the problem says it all
};
std::optional<TextProblem> nameProblem(std::string_view name, size_t maxCharacters);

// True when a spreadsheet would read `cell` as a formula: it starts with =, +, -, @, a tab or a
// carriage return. CSV writers put a single quote in front of such text cells.
bool looksLikeAFormula(std::string_view cell);

} // namespace sovsim
