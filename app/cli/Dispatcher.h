#pragma once
// The front door of sovsim-cli: global options (--help, --version, --verbose), `help COMMAND`,
// and handing the remaining arguments to the command named first. Usage errors thrown by a
// command become a message on stderr and exit code 2 here, so commands stay short.

#include "Command.h"

#include <span>
#include <string>

namespace sovsim::cli {

// `args` excludes the program name. Returns the process exit code; exceptions other than
// UsageError propagate to main, which reports them as internal errors (exit code 1).
int runCli(std::span<const std::string> args, std::span<const Command* const> commands,
           Console& console);

// "sovsim-cli 0.1.0 (model 1.0)"
std::string versionText();

} // namespace sovsim::cli
