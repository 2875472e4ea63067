#include "ScenarioBuilders.h"

#include <gtest/gtest.h>

namespace sovsim::test {

Scenario presetScenario(std::string_view countryId, std::string_view strategyId) {
    const auto& catalog = PresetCatalog::builtIn();
    const auto* country = catalog.findCountry(countryId);
    const auto* strategy = catalog.findStrategy(strategyId);
    Scenario s;
    if (country == nullptr || strategy == nullptr) {
        ADD_FAILURE() << "unknown preset: country '" << countryId << "' or strategy '" << strategyId
                      << "'";
        return s;
    }
    s.name = std::string(countryId) + " / " + std::string(strategyId);
    s.countryPreset = country->id;
    s.country = country->profile;
    s.strategyPreset = strategy->id;
    s.strategy = strategy->strategy;
    return s;
}

Scenario plainScenario() {
    Scenario s;
    s.name = "plain";
    return s;
}

Shock makeShock(ShockType type, YearMonth start, int durationMonths, double severity) {
    Shock shock;
    shock.type = type;
    shock.start = start;
    shock.durationMonths = durationMonths;
    shock.severity = severity;
    return shock;
}

int stepAt(const Projection& p, int year, int month) {
    return p.timeline().indexAtOrBefore(year, month);
}

double meanOver(const Projection& p, Metric m, int firstStep, int lastStep) {
    double sum = 0.0;
    for (int i = firstStep; i <= lastStep; ++i) {
        sum += p.at(m, i);
    }
    return sum / (lastStep - firstStep + 1);
}

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

void mix(std::uint64_t& h, const void* data, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < size; ++i) {
        h ^= bytes[i];
        h *= kFnvPrime;
    }
}

} // namespace

std::uint64_t hashOf(const Projection& p) {
    std::uint64_t h = kFnvOffset;
    const int header[3] = {p.timeline().endYear, static_cast<int>(p.timeline().step),
                           p.stepCount()};
    mix(h, header, sizeof header);
    for (const auto& info : allMetrics()) {
        const auto values = p.series(info.metric);
        mix(h, values.data(), values.size_bytes());
    }
    return h;
}

} // namespace sovsim::test
