// sovsim-cli list: what can be set, what comes out, and what ships with SovSim.

#include "Arguments.h"
#include "Commands.h"
#include "TextTable.h"
#include "sovsim/Metric.h"
#include "sovsim/Parameters.h"
#include "sovsim/PlainText.h"
#include "sovsim/Presets.h"

#include <ostream>

namespace sovsim::cli {
namespace {

std::string joinedKeys(ParameterKind kind) {
    std::string text;
    if (kind == ParameterKind::Posture) {
        for (const Posture posture : kAllPostures) {
            text += (text.empty() ? "" : "|") + std::string(keyOf(posture));
        }
    } else {
        for (const Step step : {Step::Month, Step::Quarter, Step::Week}) {
            text += (text.empty() ? "" : "|") + std::string(keyOf(step));
        }
    }
    return text;
}

std::string rangeOf(const ParameterInfo& info) {
    if (info.kind == ParameterKind::Posture || info.kind == ParameterKind::Step) {
        return joinedKeys(info.kind);
    }
    return formatParameterValue(info, info.min) + " to " + formatParameterValue(info, info.max);
}

std::string listParameters() {
    TextTable table({{"PATH"}, {"UNIT"}, {"RANGE"}, {"DEFAULT"}, {"SOURCE"}});
    for (const auto& info : allParameters()) {
        table.addRow({std::string(info.path), std::string(info.unit), rangeOf(info),
                      formatParameterValue(info, info.defaultValue), std::string(info.source)});
    }
    return table.render();
}

std::string listMetrics() {
    TextTable table({{"NAME"}, {"UNIT"}, {"DESCRIPTION"}});
    for (const auto& info : allMetrics()) {
        table.addRow(
            {std::string(info.name), std::string(info.unit), std::string(info.description)});
    }
    return table.render();
}

std::string listPresets() {
    const PresetCatalog& catalog = PresetCatalog::builtIn();
    TextTable table({{"ID"}, {"NAME"}, {"KIND"}});
    for (const auto& country : catalog.countries()) {
        table.addRow({country.id, country.name, "country"});
    }
    for (const auto& strategy : catalog.strategies()) {
        table.addRow({strategy.id, strategy.name, "strategy"});
    }
    return table.render();
}

int list(std::span<const std::string> args, Console& console) {
    const ParsedArguments parsed = parseArguments(args, {});
    constexpr std::string_view kExpected = "expected parameters, metrics or presets";
    if (parsed.positional.size() != 1) {
        throw UsageError(parsed.positional.empty()
                             ? "missing what to list (" + std::string(kExpected) + ")"
                             : "list takes one argument (" + std::string(kExpected) + ")");
    }
    const std::string& what = parsed.positional.front();
    if (what == "parameters") {
        console.out << listParameters();
    } else if (what == "metrics") {
        console.out << listMetrics();
    } else if (what == "presets") {
        console.out << listPresets();
    } else {
        throw UsageError("cannot list '" + shownText(what) + "' (" + std::string(kExpected) + ")");
    }
    return kExitOk;
}

} // namespace

const Command kListCommand{
    "list",
    "list parameters|metrics|presets",
    "List settable parameters, output metrics or the shipped presets.",
    "  parameters   every PATH for --set and scenario files, with unit, range, default and\n"
    "               the source of the default\n"
    "  metrics      every metric in the CSV output, with unit and meaning\n"
    "  presets      the shipped country profiles and strategies, by the id files use\n",
    &list,
};

} // namespace sovsim::cli
