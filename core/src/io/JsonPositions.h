#pragma once
// Where each value of a JSON document sits in its text (line and column).
//
// Why this exists: error messages must name the line and column of the offending value, but
// nlohmann-json 3.11 (the version Debian ships) forgets positions once a document is parsed.
// So after nlohmann has accepted the text, this index scans it once more, tracking only what is
// needed to name each value: brackets, keys, strings, numbers and literals. It relies on the
// text being valid JSON and does no validation of its own.

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sovsim::detail {

struct TextPosition {
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based, in characters (UTF-8 code points); 0 when unknown
};

// Line and column of each byte offset (in any order; npos gives {0, 0}), counting characters
// rather than bytes so that columns match what an editor shows for Chinese text. Lines end with
// LF, CR LF or CR. One pass over the text, so placing every problem or value of a file costs
// about one reading of it.
std::vector<TextPosition> positionsOfOffsets(std::string_view text,
                                             std::span<const size_t> offsets);

// "/scenarios/1/name": JSON pointer (RFC 6901) of an object member or array element.
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, size_t index);

class JsonPositions {
public:
    // `text` must be a document nlohmann::json::parse accepted; it must outlive this index.
    explicit JsonPositions(std::string_view text);

    // Byte offset of the value at `pointer` ("" is the whole document); npos when unknown.
    size_t valueOffset(const std::string& pointer) const;
    // Byte offset of the key naming the member at `pointer`; falls back to the value's offset.
    size_t keyOffset(const std::string& pointer) const;
    // Members whose key appeared earlier in the same object (nlohmann silently keeps the last).
    const std::vector<std::string>& duplicateKeys() const { return duplicates_; }

private:
    struct Offsets {
        size_t key = std::string_view::npos;
        size_t value = std::string_view::npos;
    };
    void scan();
    size_t skipWhitespace(size_t pos) const;
    size_t skipString(size_t pos) const;
    size_t skipScalar(size_t pos) const;
    // Reads the key at `pos` and the ':' after it; returns the position of the member's value.
    size_t readMember(size_t pos, const std::string& objectPointer, std::string& memberPointer);

    std::string_view text_;
    std::map<std::string, Offsets> offsets_;
    std::vector<std::string> duplicates_;
};

} // namespace sovsim::detail
