#pragma once
// Reading and writing scenario and workshop files (JSON, documented in docs/scenario-format.md).
// Conversion is kept apart from I/O: parse/serialise work on text, load/save touch the disk.
// Every problem is reported with file, line, column and field path; nothing here throws.

#include "sovsim/Scenario.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sovsim {

inline constexpr std::string_view kScenarioFormat = "sovsim-scenario";
inline constexpr std::string_view kWorkshopFormat = "sovsim-workshop";
inline constexpr int kFileVersion = 1;

// Limits no real workshop meets (docs/scenario-format.md, "Limits"). They keep the memory and
// time of reading, running and exporting a file bounded, however the file was made.
inline constexpr size_t kMaxFileBytes = 64U * 1024U * 1024U;
inline constexpr size_t kMaxNameCharacters = 200; // a workshop's or a scenario's name
inline constexpr size_t kMaxScenarios = 64;       // scenarios in one workshop
inline constexpr size_t kMaxShocks = 100;         // shocks in one scenario
// At most this many problems are listed for one file; more would bury the first ones.
inline constexpr size_t kMaxReportedProblems = 20;

struct FileError {
    std::string file;      // as given by the caller
    int line = 0;          // 1-based; 0 when unknown
    int column = 0;        // 1-based; 0 when unknown
    std::string fieldPath; // "scenarios[1].country.gdp_usd_bn"; empty for syntax errors
    std::string problem;   // "value 0 is out of range"
    std::string expected;  // "a number in [1, 40000]"
    // "FILE:LINE:COLUMN: field.path: problem (expected ...)"
    std::string toString() const;
};

// Problems with one file as they are listed: in document order (by line and column), at most
// kMaxReportedProblems of them, then "N more problems not shown; fix the ones above first".
// `total` counts every problem when `problems` holds only some of them.
std::vector<FileError> listedProblems(std::vector<FileError> problems, const std::string& file,
                                      size_t total);

// A place in a file: line and column from 1; 0 when unknown.
struct FilePosition {
    int line = 0;
    int column = 0;
};

struct LoadResult {
    Workshop workshop; // a scenario file loads as a workshop with one scenario
    bool isWorkshop = false;
    std::vector<FileError> errors; // empty on success
    // Where each value of a file that loaded is, by field path ("scenarios[1].shocks[0].start"),
    // so that a problem found later (a shock that --to puts after the end) is shown where it is.
    std::map<std::string, FilePosition> positions;
    bool ok() const { return errors.empty(); }
    // The position of `fieldPath`, or of the nearest field holding it when the file does not
    // have it ("scenarios[1].country" for "scenarios[1].country.gdp_usd_bn"); {0, 0} if none.
    FilePosition positionOf(std::string_view fieldPath) const;
};

class PresetCatalog;

// Parses a scenario or workshop document. `fileName` is only used in messages.
LoadResult parseDocument(std::string_view text, std::string_view fileName);
// The same against another catalog than PresetCatalog::builtIn() (used while building it, and
// by tests).
LoadResult parseDocument(std::string_view text, std::string_view fileName,
                         const PresetCatalog& catalog);
LoadResult loadFile(const std::string& path);

// Pretty JSON in a stable layout. Country values and assumptions are written only where they
// differ from the preset (or the defaults), so files stay short; postures and levers in full.
std::string serialise(const Scenario& scenario);
std::string serialise(const Workshop& workshop);
std::string serialise(const Scenario& scenario, const PresetCatalog& catalog);
std::string serialise(const Workshop& workshop, const PresetCatalog& catalog);

// Writes to a temporary file beside `path` and renames it over `path`, so a failure never leaves
// a partial or damaged file. Only a regular file (or nothing) is replaced: a character device, a
// FIFO, a socket or /dev/stdout is written straight through (see OutputFile.h), a folder or a
// block device is refused. A link is followed: the file it points to is replaced, the link
// stays. Returns an error message, or an empty string on success. (OutputWriter in OutputFile.h
// does the same for an output written piece by piece.)
std::string writeFileAtomically(const std::string& path, std::string_view contents);

} // namespace sovsim
