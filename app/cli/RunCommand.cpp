// sovsim-cli run: every metric of every scenario as tidy CSV.

#include "Arguments.h"
#include "Commands.h"
#include "CsvWriter.h"
#include "ScenarioInputs.h"
#include "sovsim/Model.h"
#include "sovsim/OutputFile.h"

#include <optional>
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

    // Rows are written as each scenario is projected, so memory does not grow with the output.
    // A file is written to a temporary file that replaces OUT only when every row is in it.
    std::optional<OutputWriter> file;
    if (csvPath != "-") {
        file.emplace(csvPath);
        if (!file->ok()) {
            console.err << csvPath << ": " << file->error() << "\n";
            return kExitBadInput;
        }
    }
    CsvWriter csv([&](std::string_view piece) {
        if (file) {
            return file->write(piece);
        }
        console.out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        return console.out.good();
    });
    Projection projection; // reused: one scenario at a time
    for (const auto& input : inputs.scenarios) {
        project(input.scenario, projection);
        if (!csv.addProjection(input.scenario.name, projection)) {
            break;
        }
    }
    const bool written = csv.finish();
    spdlog::debug("{} scenario(s), {} rows", inputs.scenarios.size(), csv.rowCount());
    if (csv.missingCount() > 0) {
        // A model fault, not bad input: the CSV stays usable with empty fields, but say so.
        spdlog::warn("{} value(s) were not finite and are left empty in the CSV",
                     csv.missingCount());
    }
    if (file) {
        if (const std::string problem = written ? file->commit() : file->error();
            !problem.empty()) {
            console.err << csvPath << ": " << problem << "\n";
            return kExitBadInput;
        }
    } else if (!written) {
        console.err << "cannot write the CSV to standard output\n";
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
