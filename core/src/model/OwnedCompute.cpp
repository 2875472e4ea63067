#include "model/OwnedCompute.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {
namespace {

constexpr double kTalentHeadroom = 1.25;  // owned fleet may exceed staffed capacity by this factor
constexpr double kUncappedImports = 1e12; // tier 1: no export-control cap, H100e/yr

double supplyLimit(const Scenario& s, double t, const Technology& tech, const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    const Posture chips = s.strategy.posture(Layer::Chips);
    if (chips == Posture::Control) {
        // Domestic chips: immune to foreign cut-offs, slow to ramp up.
        return c.chipIndustry * a.domesticChipCapacityH100ePerYr *
               std::min(1.0, t / a.fabRampYears) * tech.trendPricePerformance;
    }
    const int tier = exportTier(c);
    const double cap =
        tier <= 1 ? kUncappedImports : (tier == 2 ? a.tier2CapH100ePerYr : a.tier3CapH100ePerYr);
    return cap * (1.0 - shock.cutoff * pick(PostureEffects::chipCutoffExposure, chips));
}

} // namespace

OwnedCompute ownedCompute(const Scenario& s, const StepClock& clock, const FleetTotals& fleet,
                          const Technology& tech, const BudgetSplit& budget, const Energy& energy,
                          const Talent& talent, const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    OwnedCompute x;
    x.fleet = fleet;
    x.normalCapacityH100e = std::min(x.fleet.h100e, talent.staffedH100e);
    x.capacityH100e = x.normalCapacityH100e * energy.curtailment;
    const double powerUsdPerYr = x.fleet.itKw * a.pue * energy.curtailment * a.dcLoadFactor *
                                 kHoursPerYear * tech.powerPrice / 1000.0;
    x.operationsUsdBn = (x.fleet.costUsd * a.ownedOperatingShare + powerUsdPerYr) / 1e9;
    x.chipPremium = s.strategy.posture(Layer::Chips) == Posture::Control
                        ? 1.0 + 2.0 * (1.0 - c.chipIndustry)
                        : 1.0;
    x.facilityUsd = a.dcBuildCostUsdMPerMw * 1000.0 * tech.kwPerH100e * a.pue;
    x.unitCostUsd =
        (tech.acceleratorUsd * x.chipPremium + x.facilityUsd) * (1.0 + a.ownedCostPremium);
    // The owned budget is planned over the life of what it buys: each H100e bought must also be
    // run (operations and power) for its useful life, so purchases never depend on what the
    // current fleet happens to cost.
    const double powerPerH100eUsd =
        tech.kwPerH100e * a.pue * a.dcLoadFactor * kHoursPerYear * tech.powerPrice / 1000.0;
    const double lifetimeCostUsd =
        x.unitCostUsd +
        a.usefulLifeYears * (a.ownedOperatingShare * x.unitCostUsd + powerPerH100eUsd);
    const double byBudget = budget.ownedUsdBn * 1e9 / lifetimeCostUsd;
    const double bySupply = supplyLimit(s, clock.t, tech, shock);
    const double byPower = energy.connectGwPerYr * 1e6 / (tech.kwPerH100e * a.pue);
    const double byTalent = std::max(0.0, kTalentHeadroom * talent.staffedH100e - x.fleet.h100e) *
                            closingRate(clock.dt, a.dcBuildYears);
    x.purchasesPerYr = std::max(0.0, std::min({byBudget, bySupply, byPower, byTalent}));
    x.capexUsdBn = x.purchasesPerYr * x.unitCostUsd / 1e9;
    x.connectGwPerYr = x.purchasesPerYr * tech.kwPerH100e * a.pue / 1e6;
    x.replacementUsdBn =
        x.fleet.h100e * (tech.acceleratorUsd * x.chipPremium + x.facilityUsd) / 1e9;
    return x;
}

void buyOwned(VintageFleet& fleet, const Scenario& s, const StepClock& clock, const OwnedCompute& x,
              const Technology& tech) {
    const double bought = x.purchasesPerYr * clock.dt;
    const int yearIndex = clock.calendarYear - kStartYear;
    fleet.add(VintageFleet::slotOfYear(yearIndex), bought, bought * tech.kwPerH100e,
              bought * x.unitCostUsd, yearIndex + s.assumptions.usefulLifeYears);
    fleet.forgetRetired(clock.t + clock.dt);
}

} // namespace sovsim::detail
