// sovsim-cli validate: checks files without running them.

#include "Arguments.h"
#include "Commands.h"
#include "ScenarioInputs.h"

#include <ostream>
#include <vector>

namespace sovsim::cli {
namespace {

int validateFiles(std::span<const std::string> args, Console& console) {
    const ParsedArguments parsed = parseArguments(args, {});
    if (parsed.positional.empty()) {
        throw UsageError("missing FILE (expected one or more scenario or workshop files)");
    }
    bool allValid = true;
    for (const auto& file : parsed.positional) {
        std::vector<InputScenario> scenarios;
        std::vector<std::string> errors;
        loadFileInto(file, ScenarioSettings{}, scenarios, errors);
        if (!errors.empty()) {
            allValid = false;
            for (const auto& error : errors) {
                console.err << error << "\n";
            }
            continue;
        }
        const size_t n = scenarios.size();
        console.out << file << ": ok (" << n << (n == 1 ? " scenario)" : " scenarios)") << "\n";
    }
    return allValid ? kExitOk : kExitBadInput;
}

} // namespace

const Command kValidateCommand{
    "validate",
    "validate FILE...",
    "Check scenario and workshop files and report every problem.",
    "Prints 'FILE: ok (N scenarios)' for each valid file. Problems go to standard error as\n"
    "'FILE:LINE:COLUMN: field.path: problem (expected ...)'; the model's own checks (ranges,\n"
    "shocks inside the timeline) are included. Exits with 2 if any file has a problem.\n",
    &validateFiles,
};

} // namespace sovsim::cli
