// sovsim-cli: projects SovSim scenarios without a window. Results go to standard output (or a
// file), every message and diagnostic to standard error, so the CSV output can be piped.

#include "CommandTable.h"
#include "Dispatcher.h"

#include <exception>
#include <iostream>
#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

namespace {

void setUpLogging() {
    auto logger = spdlog::stderr_color_st("sovsim-cli");
    logger->set_pattern("sovsim-cli: %l: %v");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::warn);
    spdlog::cfg::load_env_levels(); // SPDLOG_LEVEL=debug, like --verbose
}

} // namespace

int main(int argc, char** argv) {
    using namespace sovsim::cli;
    try {
        setUpLogging();
        const std::vector<std::string> args(argv + 1, argv + argc);
        Console console{std::cout, std::cerr};
        const int code = runCli(args, commandTable(), console);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "sovsim-cli: could not write to standard output\n";
            return kExitBadInput;
        }
        return code;
    } catch (const std::exception& error) {
        std::cerr << "sovsim-cli: internal error: " << error.what() << "\n";
    } catch (...) {
        std::cerr << "sovsim-cli: internal error\n";
    }
    return kExitInternalError;
}
