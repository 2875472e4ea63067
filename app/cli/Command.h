#pragma once
// A subcommand of sovsim-cli ("run", "list", ...) as one row of the command table, so adding a
// command is one new file and one new row (see CommandTable.cpp). Handlers only see standard
// types, which lets a command built in another target (for example one that needs Qt) plug in.

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

namespace sovsim::cli {

// The exit codes every command keeps to; scripts and tests rely on them.
enum ExitCode : int {
    kExitOk = 0,
    kExitInternalError = 1, // a bug or an unexpected failure inside sovsim-cli
    kExitBadInput = 2,      // unknown command or option, bad value, unreadable or invalid file
};

// Where a command writes: results to `out`, messages to `err`.
struct Console {
    std::ostream& out;
    std::ostream& err;
};

using CommandHandler = int (*)(std::span<const std::string> args, Console& console);

struct Command {
    std::string_view name;     // "run"
    std::string_view synopsis; // "run FILE... [--csv OUT|-] [--to YEAR] ..."
    std::string_view summary;  // one line for the command overview
    std::string_view help;     // the options and what the command does, for `help COMMAND`
    CommandHandler handler = nullptr;
};

} // namespace sovsim::cli
