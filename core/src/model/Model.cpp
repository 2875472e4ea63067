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
    HostedFleet hostedDomestic;       // foreign-operated fleet serving the country
    HostedFleet hostedRegional;       // foreign-operated fleet serving the region
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
    Run(const Scenario& scenario, Projection& out) : s_(scenario), rates_(scenario), out_(out) {}

    void execute() {
        initialise();
        const int steps = out_.stepCount();
        for (int k = 0; k < steps; ++k) {
            const StepClock clock = clockAt(k);
            const StepDecay& decay = decayFor(clock.dt);
            const TimeFactors atStart = factorsAt(clock);
            // Shocks are tested on the step's start date and hold for the whole step.
            const ShockLevels shock = shocksOn(s_, clock.date);
            evaluate(clock, atStart, shock, start_);
            record(k, start_);
            // Flows over the step are evaluated at its midpoint in time, from the stocks at its
            // start: prices, budgets and supply limits change within a step, and start-of-step
            // values would make results depend on the step length.
            StepClock middle = clock;
            middle.t += 0.5 * clock.dt;
            evaluate(middle, atStart * decay.half, shock, middle_, false);
            advance(clock, middle_, atStart * decay.whole, decay);
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
        c.yearFraction = tl.yearFractionAt(k);
        return c;
    }

    void initialise() {
        for (const auto& info : allMetrics()) {
            series_[static_cast<size_t>(info.metric)] = out_.series(info.metric).data();
        }
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
        const TimeFactors atStart = factorsAt(first);
        const ShockLevels shock = shocksOn(s_, first.date);
        evaluate(first, atStart, shock, start_);
        x_.termsLeverage = start_.deal.leverage;
        evaluate(first, atStart, shock, start_);
        x_.contractedH100e = start_.contracts.affordableH100e;
    }

    // The exogenous paths at t, as the product of their values at the whole years and at the
    // fraction of a year in t (exp(a + b) = exp(a) exp(b)): a run then needs a few dozen exps,
    // not several per step. Both parts are remembered; nothing accumulates from step to step.
    TimeFactors factorsAt(const StepClock& clock) {
        const int year = std::clamp(clock.calendarYear - kStartYear, 0, kYearSlots - 1);
        // The fraction of the year from the calendar, so equal dates in different years give
        // the same bits.
        const double fraction = clock.yearFraction;
        if (!yearKnown_[static_cast<size_t>(year)]) {
            yearFactors_[static_cast<size_t>(year)] = timeFactors(rates_, year);
            yearKnown_[static_cast<size_t>(year)] = true;
        }
        const TimeFactors& whole = yearFactors_[static_cast<size_t>(year)];
        for (int i = 0; i < fractionCount_; ++i) {
            if (fractions_[static_cast<size_t>(i)] == fraction) {
                return whole * fractionFactors_[static_cast<size_t>(i)];
            }
        }
        const TimeFactors part = timeFactors(rates_, fraction);
        if (fractionCount_ < kFractionSlots) {
            fractions_[static_cast<size_t>(fractionCount_)] = fraction;
            fractionFactors_[static_cast<size_t>(fractionCount_++)] = part;
        }
        return whole * part;
    }

    // The step's decay factors, computed once per step length (months and quarters have one
    // length; week steps have seven, from the lengths of months). No allocation.
    const StepDecay& decayFor(double dt) {
        for (int i = 0; i < decayCount_; ++i) {
            if (decays_[static_cast<size_t>(i)].dt == dt) {
                return decays_[static_cast<size_t>(i)];
            }
        }
        const size_t slot =
            decayCount_ < kDecaySlots ? static_cast<size_t>(decayCount_++) : kDecaySlots - 1;
        decays_[slot] = stepDecay(s_, rates_, dt);
        return decays_[slot];
    }

    // Writes into `o` (one of two outcomes the run keeps) rather than returning a fresh one:
    // every field is assigned, and a run does not clear two kilobytes twice a step.
    void evaluate(const StepClock& clock, const TimeFactors& factors, const ShockLevels& shock,
                  StepOutcome& o, bool forRecord = true) const {
        o.shock = shock;                                                  // §9
        o.tech = technology(s_, rates_, factors, o.shock);                // §0
        o.demand = demand(s_, rates_, factors, clock.t, o.tech, o.shock); // §1, §7
        o.budget = splitBudget(s_, rates_, o.tech);                       // §8a
        o.terms = termsFrom(s_, x_.termsLeverage, o.tech, o.shock);       // §4b
        const FleetTotals ownedNow = x_.owned.at(clock.t);
        const double hostedItKw = x_.hostedDomestic.itKw + x_.hostedRegional.itKw;
        o.energy = energy(s_, clock, x_.availablePowerGw, baseLoadGw0_, // §3
                          ownedNow.itKw + hostedItKw, o.tech, o.budget, o.shock);
        o.talent = talent(s_, x_.talentK, x_.termsLeverage, ownedNow.itKw, // §6
                          hostedItKw, o.tech);
        o.owned = ownedCompute(s_, clock, ownedNow, o.tech, o.budget, o.energy, // §2a
                               o.talent, o.shock);
        o.hosted =
            hostedCapacity(s_, x_.hostedDomestic, x_.hostedRegional, o.tech, // §2c
                           o.demand, o.budget, o.energy, o.terms, o.owned.connectGwPerYr, o.shock);
        o.contracts = contracts(s_, x_.contractedH100e, o.demand, o.budget, // §2b
                                o.hosted, o.terms, o.owned.capacityH100e, x_.termsLeverage);
        const double residual = marketResidualH100e(o.demand, o.owned, o.contracts, o.hosted);
        o.market = marketCloud(s_, o.tech, residual, o.shock);              // §2d
        o.access = access(s_, o.demand, o.owned.capacityH100e, o.contracts, // §2e
                          o.hosted, o.terms, o.market, o.shock, forRecord);
        const double sovereign = o.owned.capacityH100e + o.terms.protection * o.hosted.serveH100e;
        o.deal = solveBargaining( // §4
            bargainingInputs(s_, rates_, sovereign, o.tech, o.energy, o.shock));
        o.languageTarget = // §5
            languageTarget(s_, o.budget, o.talent, o.access.sufficiency);
        o.costs = costs(o.budget, o.owned, o.contracts, o.hosted, o.market, // §8b
                        o.access);
        if (!forRecord) {
            return; // the midpoint needs no agency index
        }
        const double assuredShare =
            o.demand.h100e > kEpsilon ? o.access.assuredH100e / o.demand.h100e : 1.0;
        o.agency = agencyIndex(o.deal.leverage, o.access.coverage, assuredShare, x_.language);
    }

    void record(int k, const StepOutcome& o) {
        const auto put = [this, k](Metric m, double v) { series_[static_cast<size_t>(m)][k] = v; };
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
    void advance(const StepClock& clock, const StepOutcome& o, const TimeFactors& atEnd,
                 const StepDecay& decay) {
        const double dt = clock.dt;
        // Contracts are paid on the volume in force, which moves within the step.
        const ContractPath contracted = contractPath(s_, o.contracts, o.terms, decay);
        const double contractUsdBn =
            contracted.averageH100e * o.terms.contractPrice * kHoursPerYear / 1e9;
        x_.cumulativeCostUsdBn +=
            (o.costs.publicUsdBn - o.contracts.spendingUsdBn + contractUsdBn) * dt;
        buyOwned(x_.owned, s_, clock, o.owned, o.tech);
        x_.hostedDomestic = nextHostedFleet(x_.hostedDomestic, s_, o.hosted.domesticBuild,
                                            o.hosted.buildShare, o.tech, decay);
        x_.hostedRegional = nextHostedFleet(x_.hostedRegional, s_, o.hosted.regionalBuild,
                                            o.hosted.buildShare, o.tech, decay);
        x_.availablePowerGw = nextAvailablePowerGw(s_, x_.availablePowerGw, o.energy.buildGwPerYr,
                                                   dt, s_.country.generationTwh * atEnd.generation);
        x_.talentK = nextTalentK(x_.talentK, o.talent, decay);
        x_.language = nextLanguage(x_.language, o.languageTarget, decay);
        x_.contractedH100e = contracted.endH100e;
        x_.termsLeverage += (o.deal.leverage - x_.termsLeverage) * decay.termsClosed;
    }

    static constexpr double kInitialFleetAgeYears = 1.5;

    const Scenario& s_;
    const RunConstants rates_;
    Projection& out_;
    static constexpr int kYearSlots = kMaxEndYear - kStartYear + 2;
    std::array<TimeFactors, kYearSlots> yearFactors_{};
    std::array<bool, kYearSlots> yearKnown_{};
    static constexpr int kFractionSlots = 64; // week steps: up to 48 fractions a year, and more
    std::array<double, kFractionSlots> fractions_{};
    std::array<TimeFactors, kFractionSlots> fractionFactors_{};
    int fractionCount_ = 0;
    static constexpr int kDecaySlots = 8;
    std::array<StepDecay, kDecaySlots> decays_{}; // one per step length met so far
    int decayCount_ = 0;
    std::array<double*, kMetricCount> series_{}; // where each metric's values go
    State x_;
    StepOutcome start_;  // the step's start: what is recorded
    StepOutcome middle_; // the step's midpoint: what advances the stocks
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
