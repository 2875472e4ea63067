// sovsim-cli summary: the key metrics of each scenario at a few milestone years, as a table a
// workshop can read off a projected terminal.

#include "Arguments.h"
#include "Commands.h"
#include "HumanNumbers.h"
#include "ScenarioInputs.h"
#include "TextTable.h"
#include "sovsim/Model.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <vector>

namespace sovsim::cli {
namespace {

// The questions a workshop asks first: how much compute, how safe, what it costs in power and
// money, and how much say the country keeps.
constexpr std::array kKeyMetrics{
    Metric::ComputeAccessTotal,
    Metric::ComputeAssured,
    Metric::CriticalInferenceCoverage,
    Metric::DcLoad,
    Metric::DcShareOfGeneration,
    Metric::BargainingLeverage,
    Metric::ContractPrice,
    Metric::PublicCostCumulative,
    Metric::PublicCostPerH100e,
    Metric::CostPerAssured,
    Metric::LocalLanguageCapability,
    Metric::AgencyIndex,
};

constexpr std::array kMilestoneYears{2030, 2035, 2040};

// The milestones inside the longest timeline, plus its last year when that lies beyond them
// (or when the timeline ends before the first milestone).
std::vector<int> columnYears(int lastYear) {
    std::vector<int> years;
    for (const int year : kMilestoneYears) {
        if (year <= lastYear) {
            years.push_back(year);
        }
    }
    if (years.empty() || years.back() < lastYear) {
        years.push_back(lastYear);
    }
    return years;
}

std::string formatted(const MetricInfo& info, double value) {
    return info.isShare ? humanisePercent(value) : humanise(value);
}

std::string countryText(const Scenario& scenario) {
    const auto* preset = PresetCatalog::builtIn().findCountry(scenario.countryPreset);
    if (preset == nullptr) {
        return "custom country";
    }
    return preset->name + (preset->profile == scenario.country ? "" : " (adjusted)");
}

std::string strategyText(const Scenario& scenario) {
    const auto* preset = PresetCatalog::builtIn().findStrategy(scenario.strategyPreset);
    if (preset == nullptr) {
        return "custom strategy";
    }
    return preset->name + (preset->strategy == scenario.strategy ? "" : " (adjusted)");
}

std::string shockText(const Shock& shock) {
    std::string text = std::string(displayNameOf(shock.type)) + " from " + shock.start.toString();
    if (shock.type != ShockType::ChipLeap) {
        text += " for " + std::to_string(shock.durationMonths) + " months";
    }
    return text + ", severity " + humanise(shock.severity);
}

std::string describe(const Scenario& scenario) {
    std::string text = countryText(scenario) + "; " + strategyText(scenario) + "; ";
    if (scenario.shocks.empty()) {
        text += "no shocks";
    }
    for (size_t i = 0; i < scenario.shocks.size(); ++i) {
        text += (i == 0 ? "" : ", ") + shockText(scenario.shocks[i]);
    }
    return text + "; to " + std::to_string(scenario.timeline.endYear);
}

int summary(std::span<const std::string> args, Console& console) {
    const ParsedArguments parsed = parseArguments(args, kScenarioOptions);
    if (parsed.positional.empty()) {
        throw UsageError("missing FILE (expected a scenario or workshop file)");
    }
    const ScenarioSettings settings = settingsFrom(parsed);
    Inputs inputs;
    if (!loadInputsOrReport(parsed.positional, settings, console, inputs)) {
        return kExitBadInput;
    }

    std::vector<Projection> projections;
    int lastYear = kMinEndYear;
    for (const auto& input : inputs.scenarios) {
        projections.push_back(project(input.scenario));
        lastYear = std::max(lastYear, input.scenario.timeline.endYear);
    }
    const std::vector<int> years = columnYears(lastYear);

    TextTable scenarios({{""}, {""}});
    for (const auto& input : inputs.scenarios) {
        scenarios.addRow({"  " + input.scenario.name, describe(input.scenario)});
    }
    console.out << "Scenarios:\n" << scenarios.render() << "\n";

    std::vector<TextTable::Column> columns{{"Value at the start of each year"}};
    for (const int year : years) {
        columns.push_back({std::to_string(year), TextTable::Align::Right});
    }
    TextTable table(columns);
    for (const Metric metric : kKeyMetrics) {
        if (metric != kKeyMetrics.front()) {
            table.addGap();
        }
        const MetricInfo& info = infoOf(metric);
        table.addRow({std::string(info.label) + ", " +
                      (info.isShare ? std::string("%") : std::string(info.unit))});
        for (size_t s = 0; s < inputs.scenarios.size(); ++s) {
            std::vector<std::string> row{"  " + inputs.scenarios[s].scenario.name};
            for (const int year : years) {
                const bool inside = year <= inputs.scenarios[s].scenario.timeline.endYear;
                row.push_back(inside ? formatted(info, projections[s].atYear(metric, year)) : "-");
            }
            table.addRow(std::move(row));
        }
    }
    console.out << table.render();
    return kExitOk;
}

} // namespace

const Command kSummaryCommand{
    "summary",
    "summary FILE... [--to YEAR] [--step month|quarter|week] [--set PATH=VALUE ...]",
    "Print the key metrics of each scenario in 2030, 2035 and 2040 as a readable table.",
    "Shows compute access (total and assured), critical inference coverage, data-centre load\n"
    "and share of generation, bargaining leverage, contract price, cumulative public cost,\n"
    "cost per assured compute, local-language capability and the agency index, at the start\n"
    "of 2030, 2035 and 2040 (only the years inside the timeline, plus its last year). Numbers\n"
    "are rounded for reading (12.3k = 12,300; 1.2M = 1,200,000); use 'run' for exact values.\n\n"
    "Options:\n"
    "  --to YEAR            last year of the timeline (2026-2050), for every scenario\n"
    "  --step STEP          time step: month, quarter or week, for every scenario\n"
    "  --set PATH=VALUE     set a parameter in every scenario; repeatable\n"
    "                       ('sovsim-cli list parameters' shows every PATH)\n",
    &summary,
};

} // namespace sovsim::cli
