#pragma once
// Reading and writing workshop files for the window. Conversion is the core's (parseDocument,
// serialise); this adds the Qt side: file names with any characters, atomic saves through
// QSaveFile, and error texts a workshop user can act on.

#include "sovsim/ScenarioFile.h"

#include <QString>
#include <QStringList>

namespace sovsim::ui {

// Reads and parses a scenario or workshop file. A file that cannot be read is reported as one
// FileError naming the file and the system's reason.
sovsim::LoadResult readWorkshopFile(const QString& path);

// Writes the workshop atomically: the old file stays intact unless the new one was completely
// written. With `asScenarioFile` a one-scenario workshop is written in the scenario format.
// Returns an empty string on success, otherwise the system's reason.
QString writeWorkshopFile(const QString& path, const sovsim::Workshop& workshop,
                          bool asScenarioFile = false);

// One error in words: "Line 12, column 5, in scenarios[1].country.gdp_usd_bn: value 0 is out of
// range. Expected: a number in [1, 40000]."
QString describeFileError(const sovsim::FileError& error);

// The reporter the window uses for file problems. Tests install a recording one so nothing
// modal ever blocks them.
class ErrorReporter {
public:
    virtual ~ErrorReporter() = default;
    // A file could not be opened; the current workshop has been kept.
    virtual void reportLoadFailure(const QString& path,
                                   const std::vector<sovsim::FileError>& errors) = 0;
    // A file could not be saved; the previous file on disk is unchanged.
    virtual void reportSaveFailure(const QString& path, const QString& reason) = 0;
};

} // namespace sovsim::ui
