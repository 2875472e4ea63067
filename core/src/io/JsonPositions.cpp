#include "JsonPositions.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>

namespace sovsim::detail {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

std::string escapePointerToken(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

std::vector<TextPosition> positionsOfOffsets(std::string_view text,
                                             std::span<const size_t> offsets) {
    std::vector<size_t> order(offsets.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return offsets[a] < offsets[b]; });
    std::vector<TextPosition> positions(offsets.size());
    size_t i = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
    TextPosition p{1, 1};
    for (const size_t k : order) {
        if (offsets[k] == std::string_view::npos) {
            break; // npos sorts last; unknown positions stay {0, 0}
        }
        for (const size_t offset = std::min(offsets[k], text.size()); i < offset; ++i) {
            // A line ends with LF, CR LF, or a CR alone (old Mac files).
            const bool lineEnd = text[i] == '\n' ||
                                 (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
            if (lineEnd) {
                ++p.line;
                p.column = 1;
            } else if (!isContinuationByte(text[i])) {
                ++p.column;
            }
        }
        positions[k] = p;
    }
    return positions;
}

std::string childPointer(const std::string& parent, std::string_view key) {
    return parent + "/" + escapePointerToken(key);
}

std::string childPointer(const std::string& parent, size_t index) {
    return parent + "/" + std::to_string(index);
}

JsonPositions::JsonPositions(std::string_view text) : text_(text) {
    scan();
}

size_t JsonPositions::valueOffset(const std::string& pointer) const {
    const auto it = offsets_.find(pointer);
    return it == offsets_.end() ? std::string_view::npos : it->second.value;
}

size_t JsonPositions::keyOffset(const std::string& pointer) const {
    const auto it = offsets_.find(pointer);
    if (it == offsets_.end() || it->second.key == std::string_view::npos) {
        return valueOffset(pointer);
    }
    return it->second.key;
}

size_t JsonPositions::skipWhitespace(size_t pos) const {
    while (pos < text_.size() &&
           (text_[pos] == ' ' || text_[pos] == '\t' || text_[pos] == '\n' || text_[pos] == '\r')) {
        ++pos;
    }
    return pos;
}

size_t JsonPositions::skipString(size_t pos) const {
    // `pos` is at the opening quote; returns the position after the closing quote.
    for (++pos; pos < text_.size() && text_[pos] != '"'; ++pos) {
        if (text_[pos] == '\\') {
            ++pos;
        }
    }
    return pos + 1;
}

size_t JsonPositions::skipScalar(size_t pos) const {
    if (text_[pos] == '"') {
        return skipString(pos);
    }
    // A number or true/false/null: runs until a delimiter.
    while (pos < text_.size() && text_[pos] != ',' && text_[pos] != ']' && text_[pos] != '}' &&
           text_[pos] != ' ' && text_[pos] != '\t' && text_[pos] != '\n' && text_[pos] != '\r') {
        ++pos;
    }
    return pos;
}

size_t JsonPositions::readMember(size_t pos, const std::string& objectPointer,
                                 std::string& memberPointer) {
    const size_t keyStart = pos;
    const size_t keyEnd = skipString(pos);
    std::string_view raw = text_.substr(keyStart + 1, keyEnd - keyStart - 2);
    std::string key(raw);
    if (raw.find('\\') != std::string_view::npos) {
        // Escaped keys are rare; let the JSON library decode them exactly as it did for the DOM.
        const auto decoded =
            nlohmann::json::parse(text_.substr(keyStart, keyEnd - keyStart), nullptr, false);
        if (decoded.is_string()) {
            key = decoded.get<std::string>();
        }
    }
    memberPointer = childPointer(objectPointer, key);
    if (offsets_.count(memberPointer) != 0) {
        duplicates_.push_back(memberPointer);
    }
    offsets_[memberPointer] = Offsets{keyStart, std::string_view::npos};
    pos = skipWhitespace(keyEnd); // at ':'
    return skipWhitespace(pos + 1);
}

void JsonPositions::scan() {
    struct Container {
        std::string pointer;
        bool isObject = false;
        size_t count = 0;
    };
    std::vector<Container> open; // explicit stack: deeply nested input must not overflow ours
    std::string pointer;         // pointer of the value about to be read
    size_t pos = skipWhitespace(text_.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0);
    bool expectValue = true;
    while (pos < text_.size()) {
        if (expectValue) {
            offsets_[pointer].value = pos;
            const char c = text_[pos];
            if (c != '{' && c != '[') {
                pos = skipScalar(pos);
                expectValue = false;
                continue;
            }
            open.push_back({pointer, c == '{', 0});
            pos = skipWhitespace(pos + 1);
            if (pos < text_.size() && (text_[pos] == '}' || text_[pos] == ']')) {
                ++pos;
                open.pop_back();
                expectValue = false;
            } else if (open.back().isObject) {
                pos = readMember(pos, open.back().pointer, pointer);
            } else {
                pointer = childPointer(open.back().pointer, size_t{0});
            }
            continue;
        }
        if (open.empty()) {
            break; // only trailing whitespace is left
        }
        pos = skipWhitespace(pos);
        if (pos >= text_.size()) {
            break;
        }
        if (text_[pos] == ',') {
            Container& c = open.back();
            ++c.count;
            pos = skipWhitespace(pos + 1);
            if (c.isObject) {
                pos = readMember(pos, c.pointer, pointer);
            } else {
                pointer = childPointer(c.pointer, c.count);
            }
            expectValue = true;
        } else {
            ++pos; // '}' or ']'
            open.pop_back();
        }
    }
}

} // namespace sovsim::detail
