#include "DocumentReader.h"

#include "SyntaxWords.h"
#include "sovsim/PlainText.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace sovsim::detail {
namespace {

// Beyond this many keys an "expected one of" list stops helping; the message points elsewhere.
constexpr size_t kLongestKeyList = 24;
// nlohmann's names of what it expected ("'[', '{', or a literal") are shorter than this.
constexpr size_t kLongestTokenName = 48;

// "UTF-16" or "UTF-32" for a file saved in one of them (Windows editors offer UTF-16 as
// "Unicode"): a byte order mark, or ASCII text with zero bytes beside every character. Empty
// for anything else.
std::string_view wideEncodingOf(std::string_view text) {
    if (text.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
        text.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
        return "UTF-32";
    }
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        return "UTF-16";
    }
    // Without a mark: the first characters of a SovSim file ({"format": ...) are ASCII.
    const size_t n = std::min<size_t>(text.size(), 32) & ~size_t{1};
    bool littleEndian = n >= 4;
    bool bigEndian = n >= 4;
    for (size_t i = 0; i < n; i += 2) {
        littleEndian = littleEndian && text[i] != '\0' && text[i + 1] == '\0';
        bigEndian = bigEndian && text[i] == '\0' && text[i + 1] != '\0';
    }
    return littleEndian || bigEndian ? "UTF-16" : "";
}

bool isBlank(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Offset of the first byte that is not part of valid UTF-8, or npos. A file saved in another
// encoding (Big5, Windows-1252) fails here, and deserves a hint rather than a syntax error.
size_t offsetOfInvalidUtf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        size_t extra = 0;
        if (c < 0x80U) {
            extra = 0;
        } else if ((c & 0xE0U) == 0xC0U) {
            extra = 1;
        } else if ((c & 0xF0U) == 0xE0U) {
            extra = 2;
        } else if ((c & 0xF8U) == 0xF0U) {
            extra = 3;
        } else {
            return i;
        }
        if (i + extra >= text.size() && extra > 0) {
            return i; // a character cut off by the end of the file
        }
        for (size_t k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80U) {
                return i;
            }
        }
        i += extra + 1;
    }
    return std::string_view::npos;
}

// nlohmann reports a number too large for a double without a position; find the first one.
size_t offsetOfOverflowingNumber(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\') {
                    ++i;
                }
            }
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const size_t start = i;
            while (i < text.size() &&
                   std::string_view("+-.eE0123456789").find(text[i]) != std::string_view::npos) {
                ++i;
            }
            const std::string number(text.substr(start, i - start));
            if (!std::isfinite(std::strtod(number.c_str(), nullptr))) {
                return start;
            }
        } else {
            ++i;
        }
    }
    return 0;
}

// SovSim documents are a few levels deep; anything far deeper is not one of ours, and refusing
// it early keeps memory and time bounded (the position index stores one path per value).
constexpr size_t kMaxNesting = 64;

// Offset of the bracket that opens level kMaxNesting + 1, or npos.
size_t offsetOfExcessNesting(std::string_view text) {
    size_t depth = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\') {
                    ++i;
                }
            }
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) {
                return i;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

bool isTokenCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '+' || c == '-';
}

// nlohmann reports the last byte of the token it rejected; users look for the token's start.
size_t startOfToken(std::string_view text, size_t offset) {
    if (offset >= text.size()) {
        return offset;
    }
    if (text[offset] == '"') {
        // The closing quote of a string: walk back to its opening quote on the same line.
        for (size_t i = offset; i-- > 0 && text[i] != '\n';) {
            size_t backslashes = 0;
            while (i > backslashes && text[i - 1 - backslashes] == '\\') {
                ++backslashes;
            }
            if (text[i] == '"' && backslashes % 2 == 0) {
                return i;
            }
        }
        return offset;
    }
    while (offset > 0 && isTokenCharacter(text[offset]) && isTokenCharacter(text[offset - 1])) {
        --offset;
    }
    return offset;
}

// Turns nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
// error while parsing object key - invalid literal; last read: '{x'; expected string literal"
// into a problem and what was expected, dropping the library's own (byte-based) position.
void splitSyntaxMessage(std::string_view what, std::string& problem, std::string& expected) {
    if (const auto at = what.find("syntax error"); at != std::string_view::npos) {
        what.remove_prefix(at);
    } else if (const auto colon = what.find(": "); colon != std::string_view::npos) {
        what.remove_prefix(colon + 2);
    }
    // The library's message quotes the token it read last, which may be a huge string from the
    // file; it is dropped. What it expected is one of a few short token names after the token.
    std::string_view detail = what;
    if (const auto e = what.rfind("; expected ");
        e != std::string_view::npos && what.size() - e < kLongestTokenName) {
        expected = std::string(what.substr(e + 11));
        detail = what.substr(0, e);
    }
    if (const auto last = detail.find("; last read"); last != std::string_view::npos) {
        detail = detail.substr(0, last);
    }
    problem = std::string(detail);
    if (const auto dash = problem.find(" - "); dash != std::string::npos) {
        problem.replace(dash, 3, ": ");
    }
    io::toPlainSyntaxWords(problem, expected);
}

size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string pathOfPointer(const Json& root, const std::string& pointer) {
    // Walks the document so array indices print as [i] and keys as .key.
    std::string path;
    const Json* node = &root;
    size_t pos = 1;
    while (pos <= pointer.size() && !pointer.empty()) {
        const size_t next = std::min(pointer.find('/', pos), pointer.size());
        std::string token = pointer.substr(pos, next - pos);
        for (size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i) {
            token.replace(i, 2, token.compare(i, 2, "~1") == 0 ? "/" : "~");
        }
        if (node != nullptr && node->is_array()) {
            path += "[" + token + "]";
            const auto index = static_cast<size_t>(std::strtoul(token.c_str(), nullptr, 10));
            node = index < node->size() ? &(*node)[index] : nullptr;
        } else {
            path += (path.empty() ? "" : ".") + shownText(token);
            const bool found = node != nullptr && node->is_object() && node->contains(token);
            node = found ? &(*node)[token] : nullptr;
        }
        pos = next + 1;
    }
    return path;
}

} // namespace

Field Field::member(std::string_view key) const {
    // The path is for people: a key from the file is shown shortened and escaped.
    const std::string shown = shownText(key);
    return {childPointer(pointer, key), path.empty() ? shown : path + "." + shown};
}

Field Field::item(size_t index) const {
    return {childPointer(pointer, index), path + "[" + std::to_string(index) + "]"};
}

std::vector<std::string> registryKeys(std::string_view prefix) {
    std::vector<std::string> keys;
    for (const auto& info : allParameters()) {
        if (info.path.starts_with(prefix)) {
            keys.emplace_back(info.path.substr(prefix.size()));
        }
    }
    return keys;
}

std::string oneOf(std::span<const std::string> names) {
    std::string text = "one of ";
    for (size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : ", ") + names[i];
    }
    return text;
}

std::string didYouMean(std::string_view word, std::span<const std::string> names) {
    const std::string* best = nullptr;
    // Allow about one typo per three letters, and at least two.
    size_t bestDistance = std::max<size_t>(2, (word.size() + 2) / 3) + 1;
    for (const auto& name : names) {
        // The distance is at least the difference in length; skipping those keeps a huge word
        // from costing a full comparison with every name.
        const size_t lengthDifference =
            word.size() > name.size() ? word.size() - name.size() : name.size() - word.size();
        if (lengthDifference >= bestDistance) {
            continue;
        }
        const size_t d = editDistance(word, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = &name;
        }
    }
    return best == nullptr ? "" : "; did you mean '" + *best + "'?";
}

std::string describeValue(const Json& value) {
    switch (value.type()) {
    case Json::value_t::string:
        return "a text \"" + shownText(value.get_ref<const std::string&>()) + "\"";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "the number " + value.dump();
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::null:
        return "null";
    case Json::value_t::array:
        return "a list [...]";
    case Json::value_t::object:
        return "an object {...}";
    default:
        return "an unreadable value";
    }
}

DocumentReader::DocumentReader(std::string_view text, std::string_view fileName)
    : text_(text), fileName_(fileName) {
    if (const std::string_view encoding = wideEncodingOf(text); !encoding.empty()) {
        add(0, "", "the text is in " + std::string(encoding) + ", not UTF-8",
            "a file saved with UTF-8 encoding; save it again as UTF-8");
        return;
    }
    if (isBlank(text)) {
        add(0, "", "the file is empty", "a SovSim workshop or scenario file in JSON");
        return;
    }
    if (const size_t deep = offsetOfExcessNesting(text); deep != std::string_view::npos) {
        add(deep, "",
            "the data is nested more than " + std::to_string(kMaxNesting) + " levels deep",
            "a SovSim workshop or scenario file in JSON");
        return;
    }
    try {
        root_ = Json::parse(text);
        parsed_ = true;
    } catch (const Json::parse_error& e) {
        std::string problem;
        std::string expected;
        splitSyntaxMessage(e.what(), problem, expected);
        // e.byte counts the bytes read, the offending one included.
        size_t offset = startOfToken(text, e.byte > 0 ? e.byte - 1 : 0);
        if (text.find('\0') != std::string_view::npos) {
            problem = "this is not a text file (it contains binary data)";
            expected = "a SovSim workshop or scenario file in JSON";
        } else if (const size_t bad = offsetOfInvalidUtf8(text); bad != std::string_view::npos) {
            offset = bad;
            problem = "the text is not in UTF-8";
            expected = "a file saved with UTF-8 encoding";
        }
        add(offset, "", problem, expected);
    } catch (const Json::out_of_range&) {
        add(offsetOfOverflowingNumber(text), "", "this number is too large",
            "a number of at most about 1.8e308");
    } catch (const std::exception& e) {
        add(0, "", std::string("the file could not be read: ") + e.what(), "");
    }
    if (parsed_) {
        for (const auto& pointer : positions().duplicateKeys()) {
            Field at{pointer, pathOfPointer(root_, pointer)};
            errorAtKey(at, "this key appears more than once in the same object",
                       "each key at most once");
        }
    }
}

const JsonPositions& DocumentReader::positions() {
    if (!positions_) {
        positions_.emplace(text_);
    }
    return *positions_;
}

void DocumentReader::add(size_t offset, std::string fieldPath, std::string problem,
                         std::string expected) {
    ++errorCount_;
    // Keep a generous number so sorting into document order still shows the first ones.
    if (errors_.size() < kMaxReportedProblems * 10) {
        errors_.push_back(
            {{fileName_, 0, 0, std::move(fieldPath), std::move(problem), std::move(expected)},
             offset});
    }
}

void DocumentReader::error(const Field& at, std::string problem, std::string expected) {
    add(positions().valueOffset(at.pointer), at.path, std::move(problem), std::move(expected));
}

void DocumentReader::errorAtKey(const Field& at, std::string problem, std::string expected) {
    add(positions().keyOffset(at.pointer), at.path, std::move(problem), std::move(expected));
}

void DocumentReader::missing(const Field& object, std::string_view key, std::string expected) {
    add(positions().valueOffset(object.pointer), object.member(key).path,
        "this required field is missing", std::move(expected));
}

std::vector<FileError> DocumentReader::takeErrors() {
    std::vector<size_t> offsets;
    for (const Problem& p : errors_) {
        offsets.push_back(p.offset);
    }
    const std::vector<TextPosition> at = positionsOfOffsets(text_, offsets);
    std::vector<FileError> found;
    for (size_t i = 0; i < errors_.size(); ++i) {
        found.push_back(std::move(errors_[i].error));
        found.back().line = at[i].line;
        found.back().column = at[i].column;
    }
    const size_t total = errorCount_;
    errors_.clear();
    errorCount_ = 0;
    return listedProblems(std::move(found), fileName_, total);
}

std::map<std::string, FilePosition> DocumentReader::valuePositions() {
    std::vector<std::string> paths;
    std::vector<size_t> offsets;
    std::vector<std::pair<const Json*, Field>> pending{{&root_, Field{}}};
    while (!pending.empty()) {
        auto [value, at] = std::move(pending.back());
        pending.pop_back();
        offsets.push_back(positions().valueOffset(at.pointer));
        if (value->is_object()) {
            for (auto it = value->begin(); it != value->end(); ++it) {
                pending.emplace_back(&*it, at.member(it.key()));
            }
        } else if (value->is_array()) {
            for (size_t i = 0; i < value->size(); ++i) {
                pending.emplace_back(&(*value)[i], at.item(i));
            }
        }
        paths.push_back(std::move(at.path));
    }
    const std::vector<TextPosition> at = positionsOfOffsets(text_, offsets);
    std::map<std::string, FilePosition> out;
    for (size_t i = 0; i < paths.size(); ++i) {
        out.emplace(std::move(paths[i]), FilePosition{at[i].line, at[i].column});
    }
    return out;
}

bool DocumentReader::expectObject(const Json& value, const Field& at, std::string_view expected) {
    if (value.is_object()) {
        return true;
    }
    error(at, "found " + describeValue(value), std::string(expected));
    return false;
}

void DocumentReader::rejectUnknownKeys(const Json& object, const Field& at,
                                       std::span<const std::string> allowed) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            errorAtKey(at.member(key),
                       "unknown key '" + shownText(key) + "'" + didYouMean(key, allowed),
                       oneOf(allowed));
        }
    }
}

const Json* DocumentReader::member(const Json& object, const Field& at, std::string_view key,
                                   bool required, std::string_view expected) {
    const auto it = object.find(key);
    if (it != object.end()) {
        return &*it;
    }
    if (required) {
        missing(at, key, std::string(expected));
    }
    return nullptr;
}

std::optional<std::string> DocumentReader::readText(const Json& value, const Field& at,
                                                    bool allowEmpty) {
    const char* expected =
        allowEmpty ? "a text in double quotes" : "a non-empty text in double quotes";
    if (!value.is_string()) {
        error(at, "found " + describeValue(value), expected);
        return std::nullopt;
    }
    std::string text = value.get<std::string>();
    if (!allowEmpty && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        error(at, "the text is empty", expected);
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> DocumentReader::readName(const Json& value, const Field& at) {
    const char* expected = "a non-empty text in double quotes";
    if (!value.is_string()) {
        error(at, "found " + describeValue(value), expected);
        return std::nullopt;
    }
    const std::string_view name = trimSpaces(value.get_ref<const std::string&>());
    if (name.empty()) {
        error(at, "the text is empty", expected);
        return std::nullopt;
    }
    if (auto problem = nameProblem(name, kMaxNameCharacters)) {
        error(at, std::move(problem->problem), std::move(problem->expected));
        return std::nullopt;
    }
    return std::string(name);
}

std::optional<double> DocumentReader::readNumber(const Json& value, const Field& at, double min,
                                                 double max, bool wholeNumber,
                                                 const std::string& expected) {
    if (!value.is_number()) {
        error(at, "found " + describeValue(value), expected);
        return std::nullopt;
    }
    const double v = value.get<double>();
    if (!std::isfinite(v)) {
        error(at, "the number is too large", expected);
        return std::nullopt;
    }
    if (wholeNumber && v != std::floor(v)) {
        error(at, value.dump() + " is not a whole number", expected);
        return std::nullopt;
    }
    if (v < min || v > max) {
        error(at, value.dump() + " is out of range", expected);
        return std::nullopt;
    }
    return v;
}

std::optional<double> DocumentReader::readParameter(const Json& value, const Field& at,
                                                    const ParameterInfo& info) {
    const std::string expected = expectedText(info);
    if (info.kind == ParameterKind::Posture || info.kind == ParameterKind::Step) {
        if (!value.is_string()) {
            error(at, "found " + describeValue(value), expected);
            return std::nullopt;
        }
        double v = 0.0;
        const std::string text = value.get<std::string>();
        if (parseParameterValue(info, text, v)) {
            const char* what = info.kind == ParameterKind::Posture ? "a posture" : "a time step";
            error(at, "'" + shownText(text) + "' is not " + what, expected);
            return std::nullopt;
        }
        return v;
    }
    return readNumber(value, at, info.min, info.max, info.kind == ParameterKind::Integer, expected);
}

void DocumentReader::readParameters(const Json& object, const Field& at, std::string_view prefix,
                                    std::string_view what, Scenario& scenario) {
    for (const auto& [key, value] : object.items()) {
        const Field field = at.member(key);
        const ParameterInfo* info = findParameter(std::string(prefix) + key);
        if (info == nullptr) {
            const auto keys = registryKeys(prefix);
            const std::string expected = keys.size() <= kLongestKeyList
                                             ? oneOf(keys)
                                             : "one of the " + std::string(what) +
                                                   " keys listed by 'sovsim-cli list parameters'";
            errorAtKey(field,
                       "unknown " + std::string(what) + " '" + shownText(key) + "'" +
                           didYouMean(key, keys),
                       expected);
        } else if (const auto v = readParameter(value, field, *info)) {
            info->set(scenario, *v);
        }
    }
}

std::optional<std::string> DocumentReader::readHeader(std::span<const std::string> accepted) {
    const Field top;
    std::string formats;
    for (size_t i = 0; i < accepted.size(); ++i) {
        formats += (i == 0 ? "\"" : " or \"") + accepted[i] + "\"";
    }
    if (!root_.is_object()) {
        error(top, "the file holds " + describeValue(root_) + ", not a SovSim document",
              "an object {...} with \"format\": " + formats);
        return std::nullopt;
    }
    std::optional<std::string> format;
    if (const Json* f = member(root_, top, "format", true, formats)) {
        if (f->is_string() &&
            std::find(accepted.begin(), accepted.end(), f->get<std::string>()) != accepted.end()) {
            format = f->get<std::string>();
        } else if (f->is_string()) {
            error(top.member("format"),
                  "unknown format \"" + shownText(f->get_ref<const std::string&>()) + "\"",
                  formats);
        } else {
            error(top.member("format"), "found " + describeValue(*f), formats);
        }
    }
    const std::string supported = std::to_string(kFileVersion);
    if (const Json* v = member(root_, top, "version", true, supported)) {
        const Field at = top.member("version");
        // 1.0 is as good as 1, as for every other whole-number field.
        const auto version = readNumber(*v, at, -1e15, 1e15, true, "the whole number " + supported);
        if (!version) {
            return std::nullopt;
        }
        const std::string written = std::to_string(static_cast<long long>(*version));
        if (*version > kFileVersion) {
            error(at,
                  "the file was written by a newer SovSim (file version " + written +
                      "; this SovSim reads version " + supported + ")",
                  "version " + supported + "; update SovSim to open this file");
            return std::nullopt;
        }
        if (*version < kFileVersion) {
            error(at, "version " + written + " is not a SovSim file version", supported);
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    return format;
}

} // namespace sovsim::detail
