#include "model/Energy.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {
namespace {

constexpr double kTwhPerGwYear = 8.76;

} // namespace

double powerCeilingGw(const Scenario& s, double generationTwh) {
    const Assumptions& a = s.assumptions;
    return a.dcMaxShareOfGeneration * generationTwh / (kTwhPerGwYear * a.dcLoadFactor);
}

double initialAvailablePowerGw(const Scenario& s) {
    const CountryProfile& c = s.country;
    return std::min(powerCeilingGw(s, c.generationTwh),
                    std::max(c.dcPowerAvailableGw, c.existingDcMw / 1000.0));
}

double initialBaseLoadGw(const Scenario& s, double ownedItKw0) {
    return std::max(0.0, s.country.existingDcMw / 1000.0 - ownedItKw0 * s.assumptions.pue / 1e6);
}

Energy energy(const Scenario& s, const StepClock& clock, double availableGw, double baseLoadGw0,
              double aiItKw, const Technology& tech, const BudgetSplit& budget,
              const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    Energy e;
    e.buildGwPerYr = c.dcPowerBuildableGwPerYr *
                         pick(PostureEffects::energyBuild, s.strategy.posture(Layer::Energy)) *
                         (1.0 + 0.5 * s.strategy.lever(Lever::EnergyPlanning)) +
                     budget.publicBuildGwPerYr;
    e.ceilingGw = powerCeilingGw(s, tech.generationTwh);
    e.effectiveGw = availableGw * (1.0 - shock.energy * a.shockEnergyShortageMax);
    e.baseLoadGw = baseLoadGw0 * tech.conventionalGrowth;
    e.loadGw = e.baseLoadGw + aiItKw * a.pue / 1e6;
    e.headroomGw = e.effectiveGw - e.loadGw;
    // When load exceeds the power available, everything in the country runs at this fraction:
    // households are protected, data centres are curtailed.
    e.curtailment = e.loadGw > kEpsilon ? std::min(1.0, e.effectiveGw / e.loadGw) : 1.0;
    e.energyTwh = std::min(e.loadGw, e.effectiveGw) * kTwhPerGwYear * a.dcLoadFactor;
    e.shareOfGeneration =
        tech.generationTwh > kEpsilon ? clamp01(e.energyTwh / tech.generationTwh) : 0.0;
    // Permitting, construction and connection take time: new data centres can take up the
    // headroom at the rate 1 / build years.
    e.connectGwPerYr = std::max(0.0, e.headroomGw) * closingRate(clock.dt, a.dcBuildYears);
    return e;
}

double nextAvailablePowerGw(const Scenario& s, double availableGw, double buildGwPerYr, double dt,
                            double nextGenerationTwh) {
    // Grid planners stop allotting power to data centres at a share of national generation.
    return std::min(powerCeilingGw(s, nextGenerationTwh), availableGw + buildGwPerYr * dt);
}

} // namespace sovsim::detail
