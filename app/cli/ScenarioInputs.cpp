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

// "FILE: scenarios[1].country.gdp_usd_bn: problem". The model's validation names the
// parameter path first ("country.gdp_usd_bn: ..."), so the scenario's place in the file goes in
// front of it to make one field path.
std::string locate(const InputScenario& input, const std::string& problem) {
    std::string text = input.file + ": ";
    if (!input.location.empty()) {
        const auto colon = problem.find(": ");
        const bool startsWithPath =
            colon != std::string::npos && problem.find(' ') > colon && colon > 0;
        text += input.location + (startsWithPath ? "." : ": ");
    }
    return text + problem;
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
    std::vector<std::string> problems;
    const auto& list = loaded.workshop.scenarios;
    for (size_t i = 0; i < list.size(); ++i) {
        InputScenario input{file, "", list[i]};
        if (loaded.isWorkshop) {
            input.location = "scenarios[" + std::to_string(i) + "]";
        }
        for (const auto& [path, value] : settings.assignments) {
            if (const auto problem = setParameter(input.scenario, path, value)) {
                problems.push_back(locate(input, path + ": " + *problem));
            }
        }
        for (const auto& problem : validate(input.scenario)) {
            // Usually a shock that a shorter --to pushed outside the timeline.
            problems.push_back(locate(input, problem) +
                               (settings.empty() ? "" : " (after applying --to/--step/--set)"));
        }
        scenarios.push_back(std::move(input));
    }
    if (!problems.empty()) {
        errors.insert(errors.end(), problems.begin(), problems.end());
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
    for (const auto& input : inputs.scenarios) {
        const auto [it, inserted] = firstByName.emplace(input.scenario.name, &input);
        if (!inserted) {
            const InputScenario& first = *it->second;
            const std::string where =
                first.file + (first.location.empty() ? "" : " " + first.location);
            inputs.errors.push_back(locate(
                input, "name: scenario name '" + input.scenario.name + "' is already used by " +
                           where + " (expected a name that is unique in this run)"));
        }
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
