#include "TextTable.h"

#include <algorithm>
#include <cstdint>

namespace sovsim::cli {
namespace {

constexpr std::string_view kColumnGap = "  ";
constexpr std::size_t kLongestRule = 100;

// Decodes one UTF-8 sequence at `pos` into `cp`; on an invalid byte skips it and returns false.
bool decode(std::string_view text, std::size_t& pos, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    const std::uint8_t lead = byte(pos);
    int length = 0;
    if (lead < 0x80) {
        cp = lead;
        length = 1;
    } else if ((lead & 0xE0) == 0xC0) {
        cp = lead & 0x1Fu;
        length = 2;
    } else if ((lead & 0xF0) == 0xE0) {
        cp = lead & 0x0Fu;
        length = 3;
    } else if ((lead & 0xF8) == 0xF0) {
        cp = lead & 0x07u;
        length = 4;
    } else {
        ++pos;
        return false;
    }
    if (pos + static_cast<std::size_t>(length) > text.size()) {
        ++pos;
        return false;
    }
    for (int i = 1; i < length; ++i) {
        const std::uint8_t next = byte(pos + static_cast<std::size_t>(i));
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return false;
        }
        cp = (cp << 6) | (next & 0x3Fu);
    }
    pos += static_cast<std::size_t>(length);
    return true;
}

bool isCombining(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0xFE00 && cp <= 0xFE0F);
}

// The East Asian Wide and Fullwidth blocks in everyday use (CJK, kana, Hangul, fullwidth forms).
bool isWide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
           (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
           (cp >= 0x20000 && cp <= 0x3FFFD);
}

void pad(std::string& line, std::size_t cells) {
    line.append(cells, ' ');
}

} // namespace

std::size_t displayWidth(std::string_view utf8) {
    std::size_t width = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        char32_t cp = 0;
        if (!decode(utf8, pos, cp)) {
            ++width;
        } else if (isWide(cp)) {
            width += 2;
        } else if (!isCombining(cp)) {
            ++width;
        }
    }
    return width;
}

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(columns_.size());
    rows_.push_back(std::move(cells));
}

void TextTable::addGap() {
    rows_.emplace_back();
}

std::string TextTable::render() const {
    const bool hasHeader = std::any_of(columns_.begin(), columns_.end(),
                                       [](const Column& c) { return !c.header.empty(); });
    std::vector<std::size_t> widths(columns_.size(), 0);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        widths[c] = hasHeader ? displayWidth(columns_[c].header) : 0;
        for (const auto& row : rows_) {
            if (!row.empty()) {
                widths[c] = std::max(widths[c], displayWidth(row[c]));
            }
        }
    }

    const auto renderLine = [&](const auto& cellAt) {
        std::string line;
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            const std::string& cell = cellAt(c);
            const std::size_t fill = widths[c] - displayWidth(cell);
            if (c > 0) {
                line += kColumnGap;
            }
            if (columns_[c].align == Align::Right) {
                pad(line, fill);
                line += cell;
            } else {
                line += cell;
                pad(line, fill);
            }
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        return line + '\n';
    };

    std::string text;
    if (hasHeader) {
        text += renderLine([&](std::size_t c) -> const std::string& { return columns_[c].header; });
        std::size_t total = 0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            total += widths[c] + (c > 0 ? kColumnGap.size() : 0);
        }
        // A long last column (sources, descriptions) would make the rule wrap on a terminal.
        text += std::string(std::min(total, kLongestRule), '-') + '\n';
    }
    for (const auto& row : rows_) {
        if (row.empty()) {
            text += '\n';
            continue;
        }
        text += renderLine([&](std::size_t c) -> const std::string& { return row[c]; });
    }
    return text;
}

} // namespace sovsim::cli
