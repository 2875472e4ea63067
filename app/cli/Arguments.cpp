#include "Arguments.h"

#include "sovsim/PlainText.h"

namespace sovsim::cli {
namespace {

const OptionSpec* findOption(std::span<const OptionSpec> options, std::string_view name) {
    for (const auto& spec : options) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

std::string knownOptions(std::span<const OptionSpec> options) {
    if (options.empty()) {
        return "no options";
    }
    std::string text = "one of ";
    for (size_t i = 0; i < options.size(); ++i) {
        text += (i == 0 ? "" : ", ");
        text += options[i].name;
    }
    return text;
}

} // namespace

bool ParsedArguments::has(std::string_view name) const {
    for (const auto& [option, value] : options) {
        if (option == name) {
            return true;
        }
    }
    return false;
}

std::optional<std::string> ParsedArguments::value(std::string_view name) const {
    std::optional<std::string> found;
    for (const auto& [option, value] : options) {
        if (option == name) {
            found = value;
        }
    }
    return found;
}

std::vector<std::string> ParsedArguments::values(std::string_view name) const {
    std::vector<std::string> found;
    for (const auto& [option, value] : options) {
        if (option == name) {
            found.push_back(value);
        }
    }
    return found;
}

ParsedArguments parseArguments(std::span<const std::string> args,
                               std::span<const OptionSpec> options) {
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        // "-" alone names standard output or input, so it is a value, not an option.
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            parsed.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        const auto eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const OptionSpec* spec = findOption(options, name);
        if (spec == nullptr) {
            throw UsageError("unknown option '" + shownText(name) + "' (expected " +
                             knownOptions(options) + ")");
        }
        std::string value;
        if (spec->valueName.empty()) {
            if (eq != std::string::npos) {
                throw UsageError("option " + name + " takes no value");
            }
        } else if (eq != std::string::npos) {
            value = arg.substr(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            throw UsageError("option " + name + " needs a value (expected " + name + " " +
                             std::string(spec->valueName) + ")");
        }
        if (!spec->repeatable && parsed.has(name)) {
            throw UsageError("option " + name + " is given more than once (expected it once)");
        }
        parsed.options.emplace_back(name, std::move(value));
    }
    return parsed;
}

} // namespace sovsim::cli
