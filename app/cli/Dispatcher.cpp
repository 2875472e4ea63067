#include "Dispatcher.h"

#include "Arguments.h"
#include "sovsim/Model.h"
#include "sovsim/PlainText.h"

#include <algorithm>
#include <ostream>
#include <spdlog/spdlog.h>

namespace sovsim::cli {
namespace {

constexpr std::string_view kProgram = "sovsim-cli";

const Command* findCommand(std::span<const Command* const> commands, std::string_view name) {
    const auto it = std::find_if(commands.begin(), commands.end(),
                                 [&](const Command* c) { return c->name == name; });
    return it == commands.end() ? nullptr : *it;
}

std::string commandNames(std::span<const Command* const> commands) {
    std::string names;
    for (const Command* command : commands) {
        names += std::string(names.empty() ? "" : ", ") + std::string(command->name);
    }
    return names + ", help";
}

void printOverview(std::ostream& out, std::span<const Command* const> commands) {
    out << versionText() << ": national AI sovereignty scenarios from the command line.\n\n"
        << "Usage: " << kProgram << " [--verbose] COMMAND [ARGUMENTS...]\n\nCommands:\n";
    for (const Command* command : commands) {
        out << "  " << command->synopsis << "\n      " << command->summary << "\n";
    }
    out << "  help [COMMAND]\n      Show this overview or the options of one command.\n\n"
        << "Options:\n"
        << "  -h, --help     show this overview (after a command: that command's options)\n"
        << "  --version      show the SovSim and model versions\n"
        << "  --verbose      log diagnostics on standard error\n\n"
        << "Exit codes: 0 success, 1 internal error, 2 bad input (unknown command or option, bad\n"
        << "value, unreadable or invalid file; the message names FILE:LINE:COLUMN and the field).\n"
        << "Run '" << kProgram << " help COMMAND' for the options of a command.\n";
}

void printCommandHelp(std::ostream& out, const Command& command) {
    out << "Usage: " << kProgram << " " << command.synopsis << "\n\n"
        << command.summary << "\n\n"
        << command.help;
}

int usageError(Console& console, std::string_view context, std::string_view message) {
    console.err << kProgram << (context.empty() ? "" : " ") << context << ": " << message << "\n"
                << "Run '" << kProgram << " help" << (context.empty() ? "" : " ") << context
                << "' for usage.\n";
    return kExitBadInput;
}

bool asksForHelp(std::span<const std::string> args) {
    for (const auto& arg : args) {
        if (arg == "--") {
            return false;
        }
        if (arg == "--help" || arg == "-h") {
            return true;
        }
    }
    return false;
}

} // namespace

std::string versionText() {
    return std::string(kProgram) + " " + SOVSIM_VERSION + " (model " + std::string(kModelVersion) +
           ")";
}

int runCli(std::span<const std::string> args, std::span<const Command* const> commands,
           Console& console) {
    size_t first = 0;
    for (; first < args.size(); ++first) {
        const std::string& arg = args[first];
        if (arg == "--help" || arg == "-h") {
            printOverview(console.out, commands);
            return kExitOk;
        }
        if (arg == "--version") {
            console.out << versionText() << "\n";
            return kExitOk;
        }
        if (arg == "--verbose") {
            spdlog::set_level(spdlog::level::debug);
            continue;
        }
        break;
    }
    if (first == args.size()) {
        printOverview(console.err, commands);
        return kExitBadInput;
    }
    const std::string& name = args[first];
    const auto rest = args.subspan(first + 1);

    if (name == "help") {
        if (rest.empty()) {
            printOverview(console.out, commands);
            return kExitOk;
        }
        if (const Command* command = findCommand(commands, rest.front()); command != nullptr) {
            printCommandHelp(console.out, *command);
            return kExitOk;
        }
        return usageError(console, "help",
                          "unknown command '" + shownText(rest.front()) + "' (expected one of " +
                              commandNames(commands) + ")");
    }

    const Command* command = findCommand(commands, name);
    if (command == nullptr) {
        const std::string what = name.starts_with("-") ? "option" : "command";
        return usageError(console, "",
                          "unknown " + what + " '" + shownText(name) +
                              "' (expected a command: " + commandNames(commands) + ")");
    }
    if (asksForHelp(rest)) {
        printCommandHelp(console.out, *command);
        return kExitOk;
    }
    spdlog::debug("running '{}' with {} argument(s)", command->name, rest.size());
    try {
        return command->handler(rest, console);
    } catch (const UsageError& error) {
        return usageError(console, command->name, error.what());
    }
}

} // namespace sovsim::cli
