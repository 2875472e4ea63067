#include "ScenarioInputs.h"

#include "sovsim/Model.h"
#include "sovsim/OutputFile.h"
#include "sovsim/Parameters.h"
#include "sovsim/PlainText.h"
#include "sovsim/ScenarioFile.h"

#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <spdlog/spdlog.h>

namespace sovsim::cli {
namespace {

// A problem found in a loaded scenario after the settings were applied, where it is in the file.
// --set and the model's validation name the parameter first ("shocks[0].start: ..."); the
// scenario's place in the file goes in front of it to make one field path, and the position is
// that field's, or its nearest enclosing field's when only the command line set it.
FileError problemIn(const LoadResult& loaded, const InputScenario& input,
                    const std::string& problem) {
    std::string field;
    std::string what = problem;
    if (const auto colon = problem.find(": ");
        colon != std::string::npos && colon > 0 && problem.find(' ') > colon) {
        field = problem.substr(0, colon);
        what = problem.substr(colon + 2);
    }
    const std::string path = input.location.empty() ? field
                             : field.empty()        ? input.location
                                                    : input.location + "." + field;
    const FilePosition at = loaded.positionOf(path);
    return {input.file, at.line, at.column, path, what, ""};
}

// As many lines of `problems` as the reader lists for one file.
void report(const std::string& file, std::vector<FileError> problems,
            std::vector<std::string>& errors) {
    const size_t total = problems.size();
    for (const auto& problem : listedProblems(std::move(problems), file, total)) {
        errors.push_back(problem.toString());
    }
}

std::string stemOf(const std::string& file) {
    const std::string stem = std::filesystem::path(file).stem().string();
    return stem.empty() ? file : stem;
}

void checkAssignment(const std::string& option, const std::string& path, const std::string& value) {
    Scenario probe;
    if (const auto problem = setParameter(probe, path, value)) {
        throw UsageError(option + ": " + *problem);
    }
}

} // namespace

ScenarioSettings settingsFrom(const ParsedArguments& args) {
    ScenarioSettings settings;
    for (const auto& assignment : args.values("--set")) {
        const auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0) {
            throw UsageError("--set '" + shownText(assignment) +
                             "': expected PATH=VALUE, for example --set assumptions.pue=1.2 "
                             "(see 'sovsim-cli list parameters')");
        }
        std::string path = assignment.substr(0, eq);
        std::string value = assignment.substr(eq + 1);
        checkAssignment("--set " + shownText(assignment), path, value);
        settings.assignments.emplace_back(std::move(path), std::move(value));
    }
    if (const auto year = args.value("--to")) {
        checkAssignment("--to " + shownText(*year), "timeline.end_year", *year);
        settings.assignments.emplace_back("timeline.end_year", *year);
    }
    if (const auto step = args.value("--step")) {
        checkAssignment("--step " + shownText(*step), "timeline.step", *step);
        settings.assignments.emplace_back("timeline.step", *step);
    }
    return settings;
}

void loadFileInto(const std::string& file, const ScenarioSettings& settings,
                  std::vector<InputScenario>& out, std::vector<std::string>& errors) {
    const LoadResult loaded = loadFile(file);
    if (!loaded.ok()) {
        for (const auto& error : loaded.errors) {
            errors.push_back(error.toString());
        }
        return;
    }
    std::vector<InputScenario> scenarios;
    std::vector<FileError> problems;
    const auto& list = loaded.workshop.scenarios;
    for (size_t i = 0; i < list.size(); ++i) {
        InputScenario input{file, "", list[i], {}};
        if (loaded.isWorkshop) {
            input.location = "scenarios[" + std::to_string(i) + "]";
        }
        input.namePosition =
            loaded.positionOf(input.location.empty() ? "name" : input.location + ".name");
        for (const auto& [path, value] : settings.assignments) {
            if (const auto problem = setParameter(input.scenario, path, value)) {
                problems.push_back(problemIn(loaded, input, path + ": " + *problem));
            }
        }
        for (const auto& problem : validate(input.scenario)) {
            // Usually a shock that a shorter --to pushed outside the timeline.
            problems.push_back(problemIn(loaded, input, problem));
            if (!settings.empty()) {
                problems.back().problem += " (after applying --to/--step/--set)";
            }
        }
        scenarios.push_back(std::move(input));
    }
    if (!problems.empty()) {
        report(file, std::move(problems), errors);
        return;
    }
    spdlog::debug("{}: {} scenario(s)", file, scenarios.size());
    out.insert(out.end(), std::make_move_iterator(scenarios.begin()),
               std::make_move_iterator(scenarios.end()));
}

Inputs loadInputs(std::span<const std::string> files, const ScenarioSettings& settings) {
    Inputs inputs;
    for (const auto& file : files) {
        loadFileInto(file, settings, inputs.scenarios, inputs.errors);
    }

    std::map<std::string, std::set<std::string>> filesByName;
    for (const auto& input : inputs.scenarios) {
        filesByName[input.scenario.name].insert(input.file);
    }
    for (auto& input : inputs.scenarios) {
        if (filesByName[input.scenario.name].size() > 1) {
            input.scenario.name = stemOf(input.file) + ": " + input.scenario.name;
        }
    }

    std::map<std::string, const InputScenario*> firstByName;
    std::vector<std::pair<std::string, std::vector<FileError>>> clashesByFile;
    for (const auto& input : inputs.scenarios) {
        const auto [it, inserted] = firstByName.emplace(input.scenario.name, &input);
        if (inserted) {
            continue;
        }
        const InputScenario& first = *it->second;
        const std::string where = first.file + (first.location.empty() ? "" : " " + first.location);
        if (clashesByFile.empty() || clashesByFile.back().first != input.file) {
            clashesByFile.emplace_back(input.file, std::vector<FileError>{});
        }
        clashesByFile.back().second.push_back(
            {input.file, input.namePosition.line, input.namePosition.column,
             input.location.empty() ? "name" : input.location + ".name",
             "scenario name '" + shownText(input.scenario.name) + "' is already used by " + where,
             "a name that is unique in this run"});
    }
    for (auto& [file, clashes] : clashesByFile) {
        report(file, std::move(clashes), inputs.errors);
    }
    return inputs;
}

bool loadInputsOrReport(std::span<const std::string> files, const ScenarioSettings& settings,
                        Console& console, Inputs& out) {
    out = loadInputs(files, settings);
    for (const auto& error : out.errors) {
        console.err << error << "\n";
    }
    return out.ok();
}

bool outputOverwritesAnInput(const std::string& output, std::span<const std::string> inputs,
                             Console& console) {
    const auto input = inputOverwrittenBy(output, inputs);
    if (!input) {
        return false;
    }
    // Name the input as it was given when it is spelled differently (a link, "./w.json").
    console.err << output << ": is also an input file"
                << (*input == output ? std::string() : " (" + *input + ")")
                << "; choose another output\n";
    return true;
}

} // namespace sovsim::cli
