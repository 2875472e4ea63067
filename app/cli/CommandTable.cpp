#include "CommandTable.h"

#include "Commands.h"
#ifdef SOVSIM_WITH_EXPORT_COMMANDS
#include "ExportCommands.h"
#endif

#include <array>

namespace sovsim::cli {

// To add a command: define a `const Command` in its own file (see RunCommand.cpp) and add a row
// here. A command that needs Qt, such as the chart `export` and `report`, lives in its own
// target; app/cli/CMakeLists.txt links that target into sovsim-cli and its rows go here.
std::span<const Command* const> commandTable() {
    static const auto kTable = std::to_array<const Command*>({
        &kRunCommand,
        &kSummaryCommand,
        &kValidateCommand,
        &kListCommand,
#ifdef SOVSIM_WITH_EXPORT_COMMANDS
        &kExportCommand,
        &kReportCommand,
#endif
    });
    return kTable;
}

} // namespace sovsim::cli
