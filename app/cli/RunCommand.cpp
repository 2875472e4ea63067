// sovsim-cli run: every metric of every scenario as tidy CSV.

#include "Arguments.h"
#include "Commands.h"
#include "CsvWriter.h"
#include "ScenarioInputs.h"
#include "sovsim/Model.h"
#include "sovsim/ScenarioFile.h"

#include <ostream>
#include <spdlog/spdlog.h>
#include <vector>

namespace sovsim::cli {
namespace {

int run(std::span<const std::string> args, Console& console) {
    std::vector<OptionSpec> options{{"--csv", "OUT|-", false}};
    options.insert(options.end(), kScenarioOptions.begin(), kScenarioOptions.end());
    const ParsedArguments parsed = parseArguments(args, options);
    if (parsed.positional.empty()) {
        throw UsageError("missing FILE (expected one or more scenario or workshop files)");
    }
    const std::string csvPath = parsed.value("--csv").value_or("-");
    if (csvPath.empty()) {
        throw UsageError("--csv needs a file name, or '-' for standard output");
    }
    const ScenarioSettings settings = settingsFrom(parsed);
    if (csvPath != "-" && outputOverwritesAnInput(csvPath, parsed.positional, console)) {
        return kExitBadInput;
    }

    Inputs inputs;
    if (!loadInputsOrReport(parsed.positional, settings, console, inputs)) {
        return kExitBadInput;
    }

    // Every projection is finished before anything is written, so a failure never leaves
    // half a CSV behind.
    CsvWriter csv;
    for (const auto& input : inputs.scenarios) {
        csv.addProjection(input.scenario.name, project(input.scenario));
    }
    spdlog::debug("{} scenario(s), {} rows", inputs.scenarios.size(), csv.rowCount());
    if (csv.missingCount() > 0) {
        // A model fault, not bad input: the CSV stays usable with empty fields, but say so.
        spdlog::warn("{} value(s) were not finite and are left empty in the CSV",
                     csv.missingCount());
    }

    if (csvPath == "-") {
        console.out << csv.text();
        return kExitOk;
    }
    if (const std::string problem = writeFileAtomically(csvPath, csv.text()); !problem.empty()) {
        console.err << csvPath << ": " << problem << "\n";
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace

const Command kRunCommand{
    "run",
    "run FILE... [--csv OUT|-] [--to YEAR] [--step month|quarter|week] [--set PATH=VALUE ...]",
    "Project scenario and workshop files and write every metric as tidy CSV.",
    "The CSV has the header 'scenario,date,metric,value': one row per scenario, step and\n"
    "metric, dated by the first day of the step (YYYY-MM-DD). Every scenario in every FILE is\n"
    "run. A scenario name used in more than one file is prefixed with its file name\n"
    "('japan-a: Japan'); names that still clash are an error.\n\n"
    "Options:\n"
    "  --csv OUT|-          write the CSV to OUT (replaced only when the run succeeds) or to\n"
    "                       standard output with '-' (the default). A device or a pipe is\n"
    "                       written straight through; OUT must not be one of the FILEs\n"
    "  --to YEAR            last year of the timeline (2026-2050), for every scenario\n"
    "  --step STEP          time step: month, quarter or week, for every scenario\n"
    "  --set PATH=VALUE     set a parameter in every scenario; repeatable. Examples:\n"
    "                         --set country.gdp_usd_bn=900 --set strategy.postures.chips=control\n"
    "                         --set strategy.levers.interoperability=0.5 --set "
    "assumptions.pue=1.2\n"
    "                       'sovsim-cli list parameters' shows every PATH and its range.\n"
    "                       --to and --step are applied after every --set.\n",
    &run,
};

} // namespace sovsim::cli
