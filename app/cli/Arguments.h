#pragma once
// Command-line options of one subcommand: "--csv OUT", "--csv=OUT", repeatable "--set P=V",
// "--" to end options. "--help" is handled by the dispatcher before a command runs. Parsing is
// strict: an unknown or incomplete option is a usage error (exit code 2), never silently ignored,
// so a typo cannot change a result unnoticed.

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sovsim::cli {

// Bad command-line input. The dispatcher prints it with the command name and exits with 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string_view name;      // "--csv"
    std::string_view valueName; // "OUT"; empty for a flag without a value
    bool repeatable = false;
};

struct ParsedArguments {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options; // in the order given

    bool has(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const;
    std::vector<std::string> values(std::string_view name) const;
};

// Throws UsageError for unknown options, missing values and non-repeatable options given twice.
ParsedArguments parseArguments(std::span<const std::string> args,
                               std::span<const OptionSpec> options);

} // namespace sovsim::cli
