#pragma once
// The registry of every settable input: country resources, strategy postures and levers, global
// assumptions and the timeline. One table drives `sovsim-cli list parameters`, `--set`, the
// scenario file reader and the GUI sliders, so a parameter is declared exactly once.

#include "sovsim/Scenario.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sovsim {

// Groups match the workshop's slider panels.
enum class ParameterGroup {
    Energy,
    CapitalMarket,
    DataLanguage,
    Talent,
    Compute,
    Geopolitics,
    Posture,
    Lever,
    Assumption,
    Timeline
};
std::string_view displayNameOf(ParameterGroup group);

enum class ParameterKind {
    Number,  // any double in [min, max]
    Integer, // whole numbers in [min, max]
    Posture, // control | steer | depend, stored as 0 | 1 | 2
    Step     // month | quarter | week, stored as 0 | 1 | 2
};

struct ParameterInfo {
    std::string_view path;  // "country.gdp_usd_bn"; the file key is the part after the dot
    std::string_view label; // short English label, e.g. "GDP"
    std::string_view unit;  // "USD bn", "share 0-1", "" for postures
    double min = 0.0;
    double max = 1.0;
    double defaultValue = 0.0; // value in a default-constructed Scenario
    ParameterGroup group = ParameterGroup::Assumption;
    ParameterKind kind = ParameterKind::Number;
    std::string_view description; // plain words for tooltips and docs
    std::string_view source;      // source of the default, or "assumption"
    double (*get)(const Scenario&) = nullptr;
    void (*set)(Scenario&, double) = nullptr;

    std::string_view key() const; // path without its "country."/"assumptions."/... prefix
    bool inRange(double v) const { return v >= min && v <= max; }
};

std::span<const ParameterInfo> allParameters();
const ParameterInfo* findParameter(std::string_view path);

// Parses `text` for the parameter (numbers, or names for postures and steps) and checks the
// range. Returns an error message ("expected a number in [0, 1]") or nothing on success.
std::optional<std::string> parseParameterValue(const ParameterInfo& info, std::string_view text,
                                               double& out);
// Sets `path` to `text` on the scenario; returns an error message on failure, leaving the
// scenario unchanged.
std::optional<std::string> setParameter(Scenario& scenario, std::string_view path,
                                        std::string_view text);
// Human-readable value: "0.3", "control", "month".
std::string formatParameterValue(const ParameterInfo& info, double value);
// "[0, 1]" or "control|steer|depend": what a valid value looks like.
std::string expectedText(const ParameterInfo& info);

} // namespace sovsim
