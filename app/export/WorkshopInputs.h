#pragma once
// The workshop the Qt commands chart: every scenario of every FILE, with --to/--step/--set
// applied exactly as `run` and `summary` apply them (same loader, same messages).

#include "Arguments.h"
#include "Command.h"
#include "sovsim/Scenario.h"

#include <optional>
#include <span>
#include <string>

namespace sovsim::cli {

// Loads the files named by `args.positional`. On bad input prints every problem to
// console.err and returns nullopt. The workshop is named after the single workshop file given,
// or after the file names.
std::optional<Workshop> loadWorkshopInputs(const ParsedArguments& args, Console& console);

// The --language option of the Qt commands ("en" by default, or "zh_TW"): chart titles, axis
// names and captions in the workshop's language. Throws UsageError for other codes.
inline constexpr OptionSpec kLanguageOption{"--language", "en|zh_TW", false};
std::string languageFrom(const ParsedArguments& args);

} // namespace sovsim::cli
