#include "sovsim/PlainText.h"

#include <array>
#include <cstdio>

namespace sovsim {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // U+2026

// One character of UTF-8 text.
struct Character {
    char32_t codePoint = 0;
    size_t length = 1; // bytes
    bool valid = false;
};

// Decodes the character at `i`; an invalid or cut-off sequence is one invalid byte.
Character characterAt(std::string_view text, size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80U) {
        return {lead, 1, true};
    }
    size_t length = 0;
    char32_t cp = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        cp = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        cp = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        cp = lead & 0x07U;
    } else {
        return {lead, 1, false};
    }
    if (i + length > text.size()) {
        return {lead, 1, false};
    }
    for (size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0U) != 0x80U) {
            return {lead, 1, false};
        }
        cp = (cp << 6U) | (next & 0x3FU);
    }
    constexpr std::array<char32_t, 5> kSmallest{0, 0, 0x80, 0x800, 0x10000};
    if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return {lead, 1, false}; // overlong, beyond Unicode or a surrogate
    }
    return {cp, length, true};
}

bool isControl(char32_t cp) {
    return cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F);
}

// The space separators of Unicode (category Zs).
bool isSpace(char32_t cp) {
    return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

std::string hex(char32_t value, int digits) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*X", digits, static_cast<unsigned>(value));
    return buffer;
}

} // namespace

std::string shownText(std::string_view text, size_t maxCharacters) {
    std::string shown;
    size_t characters = 0;
    size_t i = 0;
    for (; i < text.size() && characters < maxCharacters; ++characters) {
        const Character c = characterAt(text, i);
        if (!c.valid) {
            shown += "\\x" + hex(c.codePoint, 2);
        } else if (isControl(c.codePoint)) {
            shown += "\\u" + hex(c.codePoint, 4);
        } else {
            shown += text.substr(i, c.length);
        }
        i += c.length;
    }
    if (i < text.size()) {
        shown += kEllipsis;
    }
    return shown;
}

size_t characterCount(std::string_view text) {
    size_t count = 0;
    for (size_t i = 0; i < text.size(); i += characterAt(text, i).length) {
        ++count;
    }
    return count;
}

std::optional<ControlCharacter> findControlCharacter(std::string_view text) {
    size_t position = 1;
    for (size_t i = 0; i < text.size(); ++position) {
        const Character c = characterAt(text, i);
        if (c.valid && isControl(c.codePoint)) {
            return ControlCharacter{c.codePoint, position};
        }
        i += c.length;
    }
    return std::nullopt;
}

std::string_view trimSpaces(std::string_view text) {
    size_t begin = 0;
    while (begin < text.size()) {
        const Character c = characterAt(text, begin);
        if (!c.valid || !isSpace(c.codePoint)) {
            break;
        }
        begin += c.length;
    }
    size_t end = begin;
    for (size_t i = begin; i < text.size();) {
        const Character c = characterAt(text, i);
        i += c.length;
        if (!c.valid || !isSpace(c.codePoint)) {
            end = i;
        }
    }
    return text.substr(begin, end - begin);
}

std::optional<TextProblem> nameProblem(std::string_view name, size_t maxCharacters) {
    if (const auto control = findControlCharacter(name)) {
        return TextProblem{"contains a control character (U+" + hex(control->codePoint, 4) +
                               ") at position " + std::to_string(control->position) +
                               "; names are plain text",
                           ""};
    }
    if (const size_t length = characterCount(name); length > maxCharacters) {
        return TextProblem{"the name is " + std::to_string(length) + " characters long",
                           "at most " + std::to_string(maxCharacters) + " characters"};
    }
    return std::nullopt;
}

bool looksLikeAFormula(std::string_view cell) {
    return !cell.empty() &&
           std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

} // namespace sovsim
