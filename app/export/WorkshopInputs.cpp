#include "WorkshopInputs.h"

#include "ScenarioInputs.h"
#include "mainwindow/Language.h"
#include "sovsim/PlainText.h"
#include "sovsim/ScenarioFile.h"

#include <filesystem>
#include <ostream>

namespace sovsim::cli {

std::optional<Workshop> loadWorkshopInputs(const ParsedArguments& args, Console& console) {
    if (args.positional.empty()) {
        throw UsageError("missing FILE (expected one or more scenario or workshop files)");
    }
    Inputs inputs;
    if (!loadInputsOrReport(args.positional, settingsFrom(args), console, inputs)) {
        return std::nullopt;
    }
    Workshop workshop;
    if (args.positional.size() == 1) {
        // The loader above already reported any problem, so this second read only fetches the
        // name (a scenario file has none: use the scenario's).
        const LoadResult file = loadFile(args.positional.front());
        workshop.name = file.isWorkshop             ? file.workshop.name
                        : !inputs.scenarios.empty() ? inputs.scenarios.front().scenario.name
                                                    : workshop.name;
    } else {
        std::string names;
        for (const auto& file : args.positional) {
            names += (names.empty() ? "" : ", ") + std::filesystem::path(file).stem().string();
        }
        workshop.name = names;
    }
    for (const auto& input : inputs.scenarios) {
        workshop.scenarios.push_back(input.scenario);
    }
    return workshop;
}

std::string languageFrom(const ParsedArguments& args) {
    const std::string code = args.value("--language").value_or("en");
    if (!ui::Language::available().contains(QString::fromStdString(code))) {
        throw UsageError("--language '" + shownText(code) + "': expected " +
                         ui::Language::available().join(QStringLiteral(" or ")).toStdString());
    }
    return code;
}

} // namespace sovsim::cli
