#pragma once
// The scenarios a command works on: loaded from scenario and workshop files, with the
// command-line settings (--to, --step, --set) applied to every one of them and checked by the
// model's own validation. Shared by "run" and "summary" so both read files the same way.

#include "Arguments.h"
#include "Command.h"
#include "sovsim/Scenario.h"
#include "sovsim/ScenarioFile.h"

#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace sovsim::cli {

// Options that change every scenario of a run.
inline constexpr std::array<OptionSpec, 3> kScenarioOptions{{
    {"--to", "YEAR", false},
    {"--step", "month|quarter|week", false},
    {"--set", "PATH=VALUE", true},
}};

// Parameter assignments (path, value text) in the order they are applied: every --set as given,
// then --to as timeline.end_year and --step as timeline.step, so the shorthands win.
struct ScenarioSettings {
    std::vector<std::pair<std::string, std::string>> assignments;
    bool empty() const { return assignments.empty(); }
};

// Reads the scenario options and checks each against the parameter registry, so a bad path or
// value is reported once, before any file is read. Throws UsageError.
ScenarioSettings settingsFrom(const ParsedArguments& args);

struct InputScenario {
    std::string file;          // as given on the command line
    std::string location;      // "scenarios[1]" inside a workshop; empty in a scenario file
    Scenario scenario;         // settings applied
    FilePosition namePosition; // where its name is in the file
};

// Loads one file and applies the settings. Problems (file errors, including scenario names used
// twice in a workshop, then whatever the model's validation finds) are appended to `errors` as
// "FILE:LINE:COLUMN: field.path: problem" lines, at most 20 a file as the reader lists its own;
// the file's scenarios are appended to `out` only when there are none.
void loadFileInto(const std::string& file, const ScenarioSettings& settings,
                  std::vector<InputScenario>& out, std::vector<std::string>& errors);

struct Inputs {
    std::vector<InputScenario> scenarios;
    std::vector<std::string> errors;
    bool ok() const { return errors.empty(); }
};

// Loads every file. Scenario names must be unique in a run because they key the output: a name
// used in more than one file is prefixed with each file's stem ("japan-a: Japan"); names that
// still clash (the same file twice, or twice in one workshop) are an error.
Inputs loadInputs(std::span<const std::string> files, const ScenarioSettings& settings);

// loadInputs, printing every problem on the console's error stream; true when there were none.
bool loadInputsOrReport(std::span<const std::string> files, const ScenarioSettings& settings,
                        Console& console, Inputs& out);

// True when writing `output` would overwrite one of `inputs`: the same existing regular file
// however it is spelled ("w.json", "./w.json", a link). Prints "OUT: is also an input file;
// choose another output" on the console's error stream. Commands check this before reading
// anything, so the input is never replaced (exit code 2).
bool outputOverwritesAnInput(const std::string& output, std::span<const std::string> inputs,
                             Console& console);

} // namespace sovsim::cli
