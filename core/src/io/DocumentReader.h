#pragma once
// The shared machinery for reading SovSim's JSON files (scenarios, workshops, presets): it parses
// the text, then lets the readers check each field while it collects every problem with its
// line, column and field path. Readers keep going after a problem, so one pass reports all of
// them and a workshop participant fixes a file in one go.

#include "JsonPositions.h"
#include "sovsim/Parameters.h"
#include "sovsim/ScenarioFile.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sovsim::detail {

using Json = nlohmann::json;

// A place in a document: the JSON pointer finds the value and its position in the text, the
// field path is what users read ("scenarios[1].country.overrides.gdp_usd_bn").
struct Field {
    std::string pointer;
    std::string path;

    Field member(std::string_view key) const;
    Field item(size_t index) const;
};

// File keys of the registry parameters under `prefix`: "gdp_usd_bn" for "country.".
std::vector<std::string> registryKeys(std::string_view prefix);

// "one of a, b, c"
std::string oneOf(std::span<const std::string> names);
// "; did you mean 'japan'?" when `word` is a likely typo of one of `names`, else "".
std::string didYouMean(std::string_view word, std::span<const std::string> names);

class DocumentReader {
public:
    // Parses `text`; a syntax error (or an empty or binary file) is recorded at once.
    DocumentReader(std::string_view text, std::string_view fileName);

    // The parsed document, or nullptr when the text is not JSON.
    const Json* root() const { return parsed_ ? &root_ : nullptr; }
    const std::string& fileName() const { return fileName_; }

    // Records a problem at the value of `at` (or at its key, for unknown or duplicate keys).
    void error(const Field& at, std::string problem, std::string expected);
    void errorAtKey(const Field& at, std::string problem, std::string expected);
    // A required member is missing: reported at the object that should hold it.
    void missing(const Field& object, std::string_view key, std::string expected);
    bool hasErrors() const { return errorCount_ > 0; }
    // Every problem in document order, at most kMaxReportedProblems plus a note of how many more.
    std::vector<FileError> takeErrors();
    // Where every value of the document is, by field path, for problems found after reading.
    std::map<std::string, FilePosition> valuePositions();

    // Checks that `value` is an object; reports it otherwise.
    bool expectObject(const Json& value, const Field& at, std::string_view expected);
    // Reports every member of `object` whose key is not in `allowed`.
    void rejectUnknownKeys(const Json& object, const Field& at,
                           std::span<const std::string> allowed);
    // The member `key` of `object`; reports it missing when `required`.
    const Json* member(const Json& object, const Field& at, std::string_view key, bool required,
                       std::string_view expected);

    std::optional<std::string> readText(const Json& value, const Field& at, bool allowEmpty);
    // A name shown in legends, tables, titles and CSV: a non-empty text, trimmed of leading and
    // trailing spaces, without control characters, at most kMaxNameCharacters long.
    std::optional<std::string> readName(const Json& value, const Field& at);
    std::optional<double> readNumber(const Json& value, const Field& at, double min, double max,
                                     bool wholeNumber, const std::string& expected);
    // A value of a registry parameter: numbers in range, or names for postures and steps.
    std::optional<double> readParameter(const Json& value, const Field& at,
                                        const ParameterInfo& info);

    // Reads the members of `object` as registry parameters under `prefix` ("country.") into
    // `scenario`; `what` names a key in messages ("country value", "lever").
    void readParameters(const Json& object, const Field& at, std::string_view prefix,
                        std::string_view what, Scenario& scenario);

    // Checks "format" and "version"; returns the format when it is one of `accepted` and the
    // version is supported. Problems are reported; the caller stops reading on nullopt.
    std::optional<std::string> readHeader(std::span<const std::string> accepted);

private:
    // A problem and the byte offset it is at (npos when unknown). Lines and columns are worked
    // out once, for the problems that are listed, in one pass over the text.
    struct Problem {
        FileError error;
        size_t offset = std::string_view::npos;
    };
    void add(size_t offset, std::string fieldPath, std::string problem, std::string expected);
    const JsonPositions& positions();

    std::string_view text_;
    std::string fileName_;
    Json root_;
    bool parsed_ = false;
    std::optional<JsonPositions> positions_; // built on the first problem or duplicate check
    std::vector<Problem> errors_;
    size_t errorCount_ = 0;
};

// "a string \"500\"", "the number 12", "an array": what was found instead of what was expected.
std::string describeValue(const Json& value);

} // namespace sovsim::detail
