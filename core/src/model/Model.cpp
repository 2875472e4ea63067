// The SovSim model (docs/model.md): one step evaluates every mechanism in the order of the
// documentation's "Order of a step" at the step's start and records the metrics, evaluates them
// again at the step's midpoint (explicit midpoint method), and advances the stocks with the
// exact solution of each stock's equation for the midpoint flows. Each mechanism lives in its
// own unit named after its section.

#include "sovsim/Model.h"

#include "model/Access.h"
#include "model/Bargaining.h"
#include "model/Costs.h"
#include "model/Language.h"
#include "model/OwnedCompute.h"
#include "sovsim/Parameters.h"

namespace sovsim {
namespace {

using namespace detail;

// The stocks carried from step to step.
struct State {
    VintageFleet owned;               // public fleet
    HostedFleet hosted;               // foreign-operated fleet in the country
    double availablePowerGw = 0.0;    // P_av
    double talentK = 0.0;             // T
    double language = 0.0;            // Lg
    double termsLeverage = 0.0;       // l_T
    double contractedH100e = 0.0;     // Q
    double cumulativeCostUsdBn = 0.0; // public spending before this step
};

// Everything one step computes, in evaluation order.
struct StepOutcome {
    ShockLevels shock;
    Technology tech;
    Demand demand;
    BudgetSplit budget;
    Terms terms;
    Energy energy;
    Talent talent;
    OwnedCompute owned;
    HostedCapacity hosted;
    Contracts contracts;
    MarketCloud market;
    Access access;
    BargainingOutcome deal;
    double languageTarget = 0.0;
    Costs costs;
    double agency = 0.0;
};

class Run {
public:
    Run(const Scenario& scenario, Projection& out) : s_(scenario), out_(out) {}

    void execute() {
        initialise();
        const int steps = out_.stepCount();
        for (int k = 0; k < steps; ++k) {
            const StepClock clock = clockAt(k);
            const StepOutcome start = evaluate(clock);
            record(k, start);
            // Flows over the step are evaluated at its midpoint in time, from the stocks at its
            // start: prices, budgets and supply limits change within a step, and start-of-step
            // values would make results depend on the step length.
            StepClock middle = clock;
            middle.t += 0.5 * clock.dt;
            const StepOutcome mid = evaluate(middle);
            advance(clock, mid);
        }
    }

private:
    StepClock clockAt(int k) const {
        const Timeline& tl = s_.timeline;
        StepClock c;
        c.k = k;
        c.t = tl.yearsAt(k);
        c.dt = tl.stepYearsAt(k);
        c.date = tl.dateAt(k);
        c.calendarYear = c.date.year;
        return c;
    }

    void initialise() {
        const Assumptions& a = s_.assumptions;
        const CountryProfile& c = s_.country;
        x_ = State{};
        x_.owned.clear();
        // The 2025 fleet: one cohort, assumed 1.5 years old, at 2025 power and prices.
        x_.owned.add(0, c.domesticComputeH100e, c.domesticComputeH100e * a.powerPerH100eKw,
                     c.domesticComputeH100e * a.acceleratorPriceUsd,
                     std::max(0.0, a.usefulLifeYears - kInitialFleetAgeYears));
        x_.availablePowerGw = initialAvailablePowerGw(s_);
        baseLoadGw0_ = initialBaseLoadGw(s_, x_.owned.at(0.0).itKw);
        x_.talentK = c.aiTalentK;
        x_.language = baseLanguageCapability(s_);
        // Terms in force in 2025 are those the 2025 position commands. That position has no
        // hosted capacity yet, so its leverage does not depend on the terms; contracts in force
        // are the volume those terms and the 2025 budget afford.
        const StepClock first = clockAt(0);
        x_.termsLeverage = evaluate(first).deal.leverage;
        x_.contractedH100e = evaluate(first).contracts.affordableH100e;
    }

    StepOutcome evaluate(const StepClock& clock) const {
        StepOutcome o;
        o.shock = shocksOn(s_, clock.date);                         // §9
        o.tech = technology(s_, clock.t, o.shock);                  // §0
        o.demand = demand(s_, clock.t, o.tech, o.shock);            // §1, §7
        o.budget = splitBudget(s_, o.tech);                         // §8a
        o.terms = termsFrom(s_, x_.termsLeverage, o.tech, o.shock); // §4b
        const FleetTotals ownedNow = x_.owned.at(clock.t);
        const HostedFleet& hostedNow = x_.hosted;
        o.energy = energy(s_, clock, x_.availablePowerGw, baseLoadGw0_, // §3
                          ownedNow.itKw + hostedNow.itKw, o.tech, o.budget, o.shock);
        o.talent = talent(s_, x_.talentK, x_.termsLeverage, ownedNow.itKw, // §6
                          hostedNow.itKw, o.tech);
        o.owned = ownedCompute(s_, clock, x_.owned, o.tech, o.budget, o.energy, // §2a
                               o.talent, o.shock);
        o.hosted = hostedCapacity(s_, x_.hosted, o.tech, o.demand, // §2c
                                  o.budget, o.energy, o.terms, o.owned.connectGwPerYr, o.shock);
        o.contracts = contracts(s_, x_.contractedH100e, o.demand, o.budget, // §2b
                                o.hosted, o.terms, o.owned.capacityH100e, x_.termsLeverage);
        const double residual = marketResidualH100e(o.demand, o.owned, o.contracts, o.hosted);
        o.market = marketCloud(s_, o.tech, residual, o.shock);              // §2d
        o.access = access(s_, o.demand, o.owned.capacityH100e, o.contracts, // §2e
                          o.hosted, o.terms, o.market, o.shock);
        const double sovereign = o.owned.capacityH100e + o.terms.protection * o.hosted.serveH100e;
        o.deal = solveBargaining( // §4
            bargainingInputs(s_, sovereign, o.tech, o.energy, o.shock));
        o.languageTarget = // §5
            languageTarget(s_, o.budget, o.talent, o.access.sufficiency);
        o.costs = costs(o.budget, o.owned, o.contracts, o.hosted, o.market, // §8b
                        o.access);
        const double assuredShare =
            o.demand.h100e > kEpsilon ? o.access.assuredH100e / o.demand.h100e : 1.0;
        o.agency = agencyIndex(o.deal.leverage, o.access.coverage, assuredShare, x_.language);
        return o;
    }

    void record(int k, const StepOutcome& o) {
        const auto put = [this, k](Metric m, double v) {
            out_.series(m)[static_cast<size_t>(k)] = v;
        };
        const Access& ac = o.access;
        put(Metric::ComputeAccessTotal, ac.totalH100e);
        put(Metric::ComputeAssured, ac.assuredH100e);
        put(Metric::ComputeOwned, ac.ownedH100e);
        put(Metric::ComputeContracted, ac.contractedH100e);
        put(Metric::ComputeHosted, ac.hostedH100e);
        put(Metric::HostedCapacity, o.hosted.capacityH100e);
        put(Metric::ComputeMarket, ac.marketH100e);
        put(Metric::ComputeDemand, o.demand.h100e);
        put(Metric::CriticalInferenceCoverage, ac.coverage);
        put(Metric::DcLoad, o.energy.loadGw);
        put(Metric::DcEnergy, o.energy.energyTwh);
        put(Metric::DcShareOfGeneration, o.energy.shareOfGeneration);
        put(Metric::EnergyHeadroom, o.energy.headroomGw);
        put(Metric::BargainingLeverage, o.deal.leverage);
        put(Metric::ContractPrice, o.terms.contractPrice);
        put(Metric::NonInterruptionShare, o.terms.nonInterruption);
        put(Metric::HostedProtectionShare, o.terms.protection);
        put(Metric::PublicSpending, o.costs.publicUsdBn);
        put(Metric::MarketSpending, o.costs.marketUsdBn);
        put(Metric::PublicCostCumulative, x_.cumulativeCostUsdBn);
        put(Metric::PublicCostPerH100e, o.costs.publicPerH100eUsd);
        put(Metric::CostPerAssured, o.costs.perAssuredH100eUsd);
        put(Metric::OwnedReplacementValue, o.owned.replacementUsdBn);
        put(Metric::AdoptionShare, o.demand.adoption);
        put(Metric::AiValueGdpPct,
            s_.assumptions.aiValueMaxGdpPct * o.demand.adoption * ac.sufficiency);
        put(Metric::LocalLanguageCapability, clamp01(x_.language));
        put(Metric::Talent, x_.talentK);
        put(Metric::AgencyIndex, o.agency);
    }

    // Stocks at the start of the next step: each advanced with its inputs frozen at this step.
    void advance(const StepClock& clock, const StepOutcome& o) {
        const double dt = clock.dt;
        // Contracts are paid on the volume in force, which moves within the step.
        const ContractPath contracted = contractPath(s_, o.contracts, o.terms, dt);
        const double contractUsdBn =
            contracted.averageH100e * o.terms.contractPrice * kHoursPerYear / 1e9;
        x_.cumulativeCostUsdBn +=
            (o.costs.publicUsdBn - o.contracts.spendingUsdBn + contractUsdBn) * dt;
        buyOwned(x_.owned, s_, clock, o.owned, o.tech);
        x_.hosted = nextHostedFleet(x_.hosted, s_, o.hosted, o.tech, clock.dt);
        x_.availablePowerGw = nextAvailablePowerGw(
            s_, x_.availablePowerGw, o.energy.buildGwPerYr, dt,
            s_.country.generationTwh * grow(s_.country.generationGrowthPerYr, clock.t + dt));
        x_.talentK = nextTalentK(x_.talentK, o.talent, dt);
        x_.language = nextLanguage(s_, x_.language, o.languageTarget, dt);
        x_.contractedH100e = contracted.endH100e;
        x_.termsLeverage +=
            (o.deal.leverage - x_.termsLeverage) * gapClosed(dt, s_.assumptions.renegotiationYears);
    }

    static constexpr double kInitialFleetAgeYears = 1.5;

    const Scenario& s_;
    Projection& out_;
    State x_;
    double baseLoadGw0_ = 0.0;
};

} // namespace

void project(const Scenario& scenario, Projection& out) {
    if (out.stepCount() != scenario.timeline.stepCount() ||
        !(out.timeline() == scenario.timeline)) {
        out.reset(scenario.timeline);
    }
    Run(scenario, out).execute();
}

Projection project(const Scenario& scenario) {
    Projection out(scenario.timeline);
    project(scenario, out);
    return out;
}

std::vector<std::string> validate(const Scenario& scenario) {
    std::vector<std::string> problems;
    for (const ParameterInfo& p : allParameters()) {
        const double v = p.get(scenario);
        if (!std::isfinite(v) || !p.inRange(v)) {
            problems.push_back(std::string(p.path) + ": " + formatParameterValue(p, v) +
                               " is out of range (expected " + expectedText(p) + ")");
        }
    }
    const YearMonth last{scenario.timeline.endYear, 12};
    for (size_t i = 0; i < scenario.shocks.size(); ++i) {
        const Shock& shock = scenario.shocks[i];
        const std::string where = "shocks[" + std::to_string(i) + "]";
        if (shock.start.month < 1 || shock.start.month > 12 || shock.start.year < kStartYear ||
            shock.start.yearsSince2025() > last.yearsSince2025()) {
            problems.push_back(where + ".start: " + shock.start.toString() +
                               " is outside the timeline (expected 2025-01 to " + last.toString() +
                               ")");
        }
        if (shock.durationMonths < 1 || shock.durationMonths > 600) {
            problems.push_back(where + ".duration_months: " + std::to_string(shock.durationMonths) +
                               " is out of range (expected a whole number in [1, 600])");
        }
        if (!(shock.severity >= 0.0 && shock.severity <= 1.0)) {
            problems.push_back(where + ".severity: out of range (expected a number in [0, 1])");
        }
    }
    return problems;
}

} // namespace sovsim
