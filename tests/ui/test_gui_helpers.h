#pragma once
// Shared helpers for the workshop window tests: the default workshop loaded into a document or a
// window, a reporter that records file errors instead of showing dialogs, and the scenario of a
// given country.

#include "model/WorkshopDocument.h"
#include "model/WorkshopFiles.h"

#include <QString>
#include <string>
#include <vector>

namespace sovsim::ui::test {

// Index of the first scenario whose country preset is `countryId`, or -1.
inline int scenarioOf(const WorkshopDocument& document, const std::string& countryId) {
    for (int i = 0; i < document.scenarioCount(); ++i) {
        if (document.scenario(i).countryPreset == countryId) {
            return i;
        }
    }
    return -1;
}

class RecordingReporter : public ErrorReporter {
public:
    void reportLoadFailure(const QString& path,
                           const std::vector<sovsim::FileError>& errors) override {
        loadPaths.push_back(path);
        loadErrors = errors;
    }
    void reportSaveFailure(const QString& path, const QString& reason) override {
        savePaths.push_back(path);
        saveReasons.push_back(reason);
    }
    std::vector<QString> loadPaths;
    std::vector<sovsim::FileError> loadErrors;
    std::vector<QString> savePaths;
    std::vector<QString> saveReasons;
};

} // namespace sovsim::ui::test
