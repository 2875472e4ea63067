// The SovSim model: stocks and flows integrated per step (explicit Euler, integer step count).
// Every equation here is written out, with units, in docs/model.md; the comments name the
// section. Keep the two in step.

#include "sovsim/Model.h"

#include "Bargaining.h"
#include "PostureEffects.h"
#include "VintageFleet.h"
#include "sovsim/Parameters.h"

#include <algorithm>
#include <cmath>

namespace sovsim {
namespace {

using detail::pick;
using detail::PostureEffects;

constexpr double kHoursPerYear = 8760.0;
constexpr double kInferenceRampYears = 15.0; // inference share reaches its end value in 2040
constexpr double kInitialFleetAgeYears = 1.5;
constexpr double kTalentHeadroom = 1.25; // owned fleet may exceed staffed capacity by this factor
constexpr double kEpsilon = 1e-12;
constexpr double kHostedFallbackWeight = 0.5; // hosted capacity counts half as a fallback
constexpr double kMaxTrainingShare = 0.5;     // of the budget left after levers

double clamp01(double v) {
    return std::clamp(v, 0.0, 1.0);
}
double saturate(double x, double half) {
    return x <= 0.0 ? 0.0 : x / (x + half);
}

// Shock intensities active at a point in time, each in [0, 1] (overlapping shocks add, capped).
struct ShockLevels {
    double cutoff = 0.0;
    double priceHike = 0.0;
    double energy = 0.0;
    double demandSurge = 0.0;
    double chipLeapMultiplier = 1.0; // permanent once a leap has happened
    double efficiencyLeapMultiplier = 1.0;
};

ShockLevels shocksAt(const Scenario& s, double t) {
    ShockLevels l;
    for (const Shock& shock : s.shocks) {
        if (shock.type == ShockType::ChipLeap) {
            if (t >= shock.startYears()) {
                const double leap = shock.severity * s.assumptions.shockChipLeapMax;
                l.chipLeapMultiplier *= 1.0 + leap;
                l.efficiencyLeapMultiplier *= 1.0 + 0.5 * leap;
            }
            continue;
        }
        if (!shock.activeAt(t)) {
            continue;
        }
        switch (shock.type) {
        case ShockType::SupplierCutoff:
            l.cutoff += shock.severity;
            break;
        case ShockType::PriceHike:
            l.priceHike += shock.severity;
            break;
        case ShockType::EnergyCrisis:
            l.energy += shock.severity;
            break;
        case ShockType::DemandSurge:
            l.demandSurge += shock.severity;
            break;
        case ShockType::ChipLeap:
            break;
        }
    }
    l.cutoff = clamp01(l.cutoff);
    l.priceHike = clamp01(l.priceHike);
    l.energy = clamp01(l.energy);
    l.demandSurge = clamp01(l.demandSurge);
    return l;
}

// The stocks carried from step to step.
struct State {
    detail::VintageFleet owned;
    double hostedItKw = 0.0;          // IT power of foreign-owned capacity in the country, kW
    double hostedH100e = 0.0;         // foreign-owned compute in the country, H100e
    double guaranteedH100e = 0.0;     // hosted compute under capacity-payment guarantees, H100e
    double availablePowerGw = 0.0;    // grid power available to data centres, GW
    double talentK = 0.0;             // AI specialists, thousand
    double adoption = 0.0;            // share of the economy using AI
    double language = 0.0;            // local-language capability, 0..1
    double termsLeverage = 0.0;       // leverage embodied in current contract terms, 0..1
    double cumulativeCostUsdBn = 0.0; // public spending so far, USD bn
    double assuredH100eYears = 0.0;   // assured compute integrated over time, H100e-years
};

// Growth factor (1 + g)^t computed from the elapsed time, never accumulated.
double grow(double ratePerYr, double t) {
    return std::exp(t * std::log1p(ratePerYr));
}

class Run {
public:
    Run(const Scenario& scenario, Projection& out)
        : s_(scenario), a_(scenario.assumptions), c_(scenario.country), st_(scenario.strategy),
          out_(out) {}

    void execute() {
        initialise();
        const int steps = out_.stepCount();
        const double dt = s_.timeline.stepYears();
        // Contracts in force in 2025 carry the terms the 2025 position commands: a dry run of
        // the first step (with neutral terms) finds that position; its output is overwritten.
        const State start = x_;
        x_.termsLeverage = 0.5;
        step(0, 0.0, dt);
        const double leverage2025 = lastLeverage_;
        x_ = start;
        x_.termsLeverage = leverage2025;
        for (int k = 0; k < steps; ++k) {
            step(k, s_.timeline.yearsAt(k), dt);
        }
    }

private:
    double lever(Lever l) const { return st_.lever(l); }
    Posture posture(Layer l) const { return st_.posture(l); }
    void record(Metric m, int k, double v) { out_.series(m)[static_cast<size_t>(k)] = v; }

    void initialise() {
        x_ = State{};
        x_.owned.clear();
        const double kw0 = a_.powerPerH100eKw;
        x_.owned.add(0, c_.domesticComputeH100e, c_.domesticComputeH100e * kw0,
                     c_.domesticComputeH100e * a_.acceleratorPriceUsd,
                     a_.usefulLifeYears - kInitialFleetAgeYears);
        x_.availablePowerGw = std::max(c_.dcPowerAvailableGw, c_.existingDcMw / 1000.0);
        // Non-AI load: whatever existing capacity the 2025 AI fleet does not account for.
        baseLoadGw0_ = std::max(0.0, c_.existingDcMw / 1000.0 - x_.owned.itKw() * a_.pue / 1e6);
        x_.talentK = c_.aiTalentK;
        const double connected = c_.populationM > 0 ? c_.internetUsersM / c_.populationM : 0.0;
        x_.adoption =
            std::clamp(a_.adoptionStartShare * clamp01(connected), 1e-3, a_.adoptionMaxShare);
        x_.language = baseLanguage();
    }

    double baseLanguage() const {
        return saturate(c_.languageWebSharePct, a_.languageHalfSharePct);
    }

    int exportTier() const { return static_cast<int>(std::lround(c_.exportControlTier)); }

    void step(int k, double t, double dt);

    const Scenario& s_;
    const Assumptions& a_;
    const CountryProfile& c_;
    const Strategy& st_;
    Projection& out_;
    State x_;
    double baseLoadGw0_ = 0.0;
    double lastLeverage_ = 0.0;
};

void Run::step(int k, double t, double dt) {
    const ShockLevels shock = shocksAt(s_, t);

    // --- Technology and prices (model.md §0)
    const double ppIndex = grow(a_.pricePerformanceGrowthPerYr, t) * shock.chipLeapMultiplier;
    const double effIndex =
        grow(a_.energyEfficiencyGrowthPerYr, t) * shock.efficiencyLeapMultiplier;
    const double acceleratorUsd = a_.acceleratorPriceUsd / ppIndex;       // USD per H100e
    const double kwPerH100e = a_.powerPerH100eKw / effIndex;              // kW IT per new H100e
    const double referenceRental = a_.rentalPriceUsdPerGpuHour / ppIndex; // USD/H100e-h
    const double gdpUsdBn = c_.gdpUsdBn * grow(a_.gdpGrowthPerYr, t);
    const double budgetUsdBn = c_.publicAiBudgetUsdBnPerYr * gdpUsdBn / c_.gdpUsdBn;
    const double powerPrice =
        c_.industrialPriceUsdPerMwh * (1.0 + shock.energy * a_.shockEnergyPriceMax);

    // --- 1. Compute demand
    const double demand = a_.demandH100ePerUsdBnGdp * gdpUsdBn * x_.adoption *
                          grow(a_.computePerUseGrowthPerYr, t) *
                          (1.0 + shock.demandSurge * a_.shockDemandSurgeMax);
    const double inferenceShare =
        a_.inferenceShareStart +
        (a_.inferenceShareEnd - a_.inferenceShareStart) * std::min(1.0, t / kInferenceRampYears);
    const double criticalDemand = a_.criticalInferenceShare * inferenceShare * demand;

    // --- 8. Budget allocation (USD bn/yr)
    double leverShare = 0.0;
    for (const Lever l : kAllLevers) {
        leverShare += lever(l) * leverBudgetShare(a_, l);
    }
    const double leverSpend = budgetUsdBn * leverShare;
    double remaining = std::max(0.0, budgetUsdBn - leverSpend);
    // A from-scratch programme takes at most half of what is left, so it cannot starve compute.
    const double trainingSpend =
        posture(Layer::Models) == Posture::Control
            ? std::min(a_.modelTrainingUsdBnPerYr, kMaxTrainingShare * remaining)
            : 0.0;
    const double trainingFunded =
        a_.modelTrainingUsdBnPerYr > kEpsilon ? trainingSpend / a_.modelTrainingUsdBnPerYr : 1.0;
    remaining -= trainingSpend;
    const double energyPublicGwPerYr =
        posture(Layer::Energy) == Posture::Control
            ? PostureEffects::energyPublicBuildShare * c_.dcPowerBuildableGwPerYr
            : 0.0;
    const double energySpend = std::min(remaining, energyPublicGwPerYr * a_.energyBuildUsdBnPerGw);
    remaining -= energySpend;
    const double ownedBudget =
        remaining * pick(PostureEffects::ownedBudgetShare, posture(Layer::Compute));
    const double agreementBudget = remaining - ownedBudget;

    // --- 3. Energy: available power, load, curtailment
    const double buildRateGw = c_.dcPowerBuildableGwPerYr *
                               pick(PostureEffects::energyBuildMultiplier, posture(Layer::Energy)) *
                               (1.0 + 0.5 * lever(Lever::EnergyPlanning));
    const double availableGw =
        x_.availablePowerGw * (1.0 - shock.energy * a_.shockEnergyShortageMax);
    const double baseLoadGw = baseLoadGw0_ * grow(a_.conventionalDcGrowthPerYr, t);
    x_.owned.retire(t, dt);
    const double aiLoadGw = (x_.owned.itKw() + x_.hostedItKw) * a_.pue / 1e6;
    const double loadGw = baseLoadGw + aiLoadGw;
    const double headroomGw = availableGw - loadGw;
    const double curtailment = loadGw > kEpsilon ? std::min(1.0, availableGw / loadGw) : 1.0;

    // --- 6. Talent limits how much owned compute can be run
    const double staffedH100e = x_.talentK * a_.h100ePerTalentK * ppIndex;
    const double talentFactor =
        std::min(1.0, x_.talentK / std::max(kEpsilon, a_.talentNeedPerMPop * c_.populationM));

    // --- 2a. Owned compute: operations first, then purchases
    const double installedH100e = x_.owned.h100e();
    const double ownedPowerUsd = x_.owned.itKw() * a_.pue * curtailment * a_.dcLoadFactor *
                                 kHoursPerYear * powerPrice / 1000.0;
    const double ownedOpsUsdBn =
        (x_.owned.costUsd() * a_.ownedOperatingShare + ownedPowerUsd) / 1e9;
    const double capexBudgetUsdBn = std::max(0.0, ownedBudget - ownedOpsUsdBn);
    const Posture chips = posture(Layer::Chips);
    const double chipPremium =
        chips == Posture::Control ? 1.0 + 2.0 * (1.0 - c_.chipIndustry) : 1.0;
    const double facilityUsd = a_.dcBuildCostUsdMPerMw * 1000.0 * kwPerH100e * a_.pue;
    const double unitCostUsd =
        (acceleratorUsd * chipPremium + facilityUsd) * (1.0 + a_.ownedCostPremium);
    const double byBudget = capexBudgetUsdBn * 1e9 / unitCostUsd;
    double bySupply = 0.0;
    if (chips == Posture::Control) {
        bySupply = c_.chipIndustry * a_.domesticChipCapacityH100ePerYr *
                   std::min(1.0, t / a_.fabRampYears) * grow(a_.pricePerformanceGrowthPerYr, t);
    } else {
        const int tier = exportTier();
        const double cap =
            tier <= 1 ? 1e12 : (tier == 2 ? a_.tier2CapH100ePerYr : a_.tier3CapH100ePerYr);
        bySupply = cap * (1.0 - shock.cutoff * pick(PostureEffects::chipCutoffExposure, chips));
    }
    const double byPower = std::max(0.0, headroomGw) * 1e6 / (kwPerH100e * a_.pue) / dt;
    const double byTalent = std::max(0.0, kTalentHeadroom * staffedH100e - installedH100e) / dt;
    const double purchases = std::max(0.0, std::min({byBudget, bySupply, byPower, byTalent}));
    const double capexUsdBn = purchases * unitCostUsd / 1e9;
    const int cohort = 1 + std::min(detail::VintageFleet::kMaxCohorts - 2, static_cast<int>(t));
    x_.owned.add(cohort, purchases * dt, purchases * dt * kwPerH100e, purchases * dt * unitCostUsd,
                 std::floor(t) + a_.usefulLifeYears);
    // Channels serve demand in order: owned (sunk cost), usable hosted, contracted, spot.
    // Capacity beyond demand stays idle and is not counted as access.
    const double ownedRunning =
        std::min(std::min(installedH100e, staffedH100e) * curtailment, demand);

    // --- 4. Terms from the leverage embodied in contracts (set last step)
    const double terms = x_.termsLeverage;
    const double lock = lever(Lever::ComputeAgreements) * terms;
    const double contractPrice =
        referenceRental *
        (a_.contractCostShare + (1.0 - terms) * (a_.contractValueShare - a_.contractCostShare)) *
        (1.0 + shock.priceHike * a_.shockPriceHikeMax * (1.0 - lock)) *
        (1.0 + 0.5 * shock.demandSurge);
    const double nonInterruption = std::min(1.0, a_.nonInterruptionGain * terms *
                                                     (0.5 + 0.5 * lever(Lever::ComputeAgreements)));
    const double localisation = clamp01(
        a_.localisationMin +
        (a_.localisationMax - a_.localisationMin) * terms * lever(Lever::ComputeAgreements) +
        pick(PostureEffects::localisationBonus, posture(Layer::Compute)));

    // --- 2b. Contracted sovereign access
    const double guaranteeUsdBn =
        x_.guaranteedH100e * a_.capacityPaymentShare * referenceRental * kHoursPerYear / 1e9;
    const double contractBudgetUsdBn = std::max(0.0, agreementBudget - guaranteeUsdBn);
    const double hostedLocal =
        std::min(localisation * x_.hostedH100e * curtailment, demand - ownedRunning);
    const double contractTarget = std::min(
        lever(Lever::ComputeAgreements) * a_.contractTargetShare * demand * (0.5 + 0.5 * terms) *
            pick(PostureEffects::agreementScale, posture(Layer::Compute)),
        demand - ownedRunning - hostedLocal);
    const double contracted =
        std::min(contractTarget, contractBudgetUsdBn * 1e9 / (contractPrice * kHoursPerYear));
    const double contractUsdBn = contracted * contractPrice * kHoursPerYear / 1e9;
    const double contractedDelivered =
        contracted * (nonInterruption + (1.0 - nonInterruption) * (1.0 - shock.cutoff));

    // --- 2c. Foreign-owned capacity hosted in the country
    const double priceScore = std::min(1.0, 2.0 * a_.referencePowerPriceUsdPerMwh /
                                                (a_.referencePowerPriceUsdPerMwh + powerPrice));
    const double powerScore = std::sqrt(c_.firmLowCarbonShare) * priceScore;
    const double headroomScore = saturate(std::max(0.0, headroomGw), a_.powerHalfGw);
    const double marketScore = saturate(c_.internetUsersM, a_.marketHalfUsersM);
    const int tier = exportTier();
    const double tierFactor =
        tier <= 1 ? 1.0 : (tier == 2 ? 0.5 + 0.5 * c_.geopoliticalAlignment : 0.0);
    const double attractiveness =
        powerScore * std::sqrt(headroomScore) * (0.4 + 0.6 * marketScore) *
        pick(PostureEffects::hostingPull, posture(Layer::Compute)) * tierFactor;
    const double desiredGwPerYr = attractiveness * a_.hostingAppetiteGwPerYr * (1.0 - shock.cutoff);
    const double guaranteeShare = clamp01((a_.takeOrPayLeverage - terms) / a_.takeOrPayLeverage);
    const double newHostedH100ePerGw = 1e6 / (a_.pue * kwPerH100e);
    const double obligationUsdPerH100e = a_.capacityPaymentShare * referenceRental * kHoursPerYear;
    // Only a country that negotiates (agreements lever > 0) puts public guarantees on the table.
    const double spareUsdBn = lever(Lever::ComputeAgreements) > 0.0
                                  ? std::max(0.0, contractBudgetUsdBn - contractUsdBn)
                                  : 0.0;
    double dealFactor = 1.0;
    if (guaranteeShare > 0.0 && desiredGwPerYr > 0.0) {
        const double requiredUsdBn =
            guaranteeShare * desiredGwPerYr * newHostedH100ePerGw * obligationUsdPerH100e / 1e9;
        dealFactor = std::min(1.0, spareUsdBn / requiredUsdBn);
    }
    const double ownedNewGw = purchases * dt * kwPerH100e * a_.pue / 1e6;
    const double hostedGwPerYr =
        std::min(desiredGwPerYr * dealFactor, std::max(0.0, headroomGw - ownedNewGw) / dt);
    const double hostedNewH100e = hostedGwPerYr * newHostedH100ePerGw * dt;
    // Operators refresh hardware at the end of its life: power stays, H100e per kW improves.
    const double retiredShare = std::min(1.0, dt / a_.usefulLifeYears);
    const double retiredKw = x_.hostedItKw * retiredShare;

    // --- Spot cloud: what is left of demand, interruptible and price-sensitive
    const double spotPriceMultiplier =
        (1.0 + shock.priceHike * a_.shockPriceHikeMax) * (1.0 + 0.5 * shock.demandSurge);
    const double residual =
        std::max(0.0, demand - ownedRunning - hostedLocal - contractedDelivered);
    const double spot = residual * (1.0 - shock.cutoff) / std::sqrt(spotPriceMultiplier);

    // --- Totals and critical inference coverage
    const double total = ownedRunning + contractedDelivered + hostedLocal + spot;
    const double assured = ownedRunning + hostedLocal + nonInterruption * contracted;
    const double sovereignDelivered = ownedRunning + hostedLocal + contractedDelivered;
    // Public services have first call on sovereign channels; on the spot market they get only
    // a pro-rata share.
    const double coverage =
        criticalDemand > kEpsilon
            ? clamp01(sovereignDelivered / criticalDemand + spot / std::max(demand, kEpsilon))
            : 1.0;
    const double sufficiency = demand > kEpsilon ? clamp01(total / demand) : 1.0;

    const double hostedGw = x_.hostedItKw * a_.pue / 1e6;

    // --- 4. Bargaining leverage (Nash), from the current position
    detail::BargainingInputs bi;
    // Hosted capacity is a weaker fallback than owned: its operator is the other party.
    bi.domesticFallback =
        demand > kEpsilon ? clamp01((ownedRunning + kHostedFallbackWeight * hostedLocal) / demand)
                          : 1.0;
    bi.switchability = (a_.interoperabilityBase +
                        (1.0 - a_.interoperabilityBase) * lever(Lever::Interoperability)) *
                       (1.0 - a_.supplierConcentration);
    bi.bargainingPower = clamp01(a_.bargainingPowerBase +
                                 a_.bargainingPowerAggregation * lever(Lever::DemandAggregation));
    bi.marketPull = a_.marketWeight * marketScore;
    bi.regulationPull = a_.regulationWeight * c_.regulatoryWeight;
    // The power a supplier would forfeit by walking away: spare headroom, what the country can
    // add within a year, and what the supplier's own hosted capacity already draws (sunk).
    const double powerOnOfferGw = std::max(0.0, headroomGw) + buildRateGw + hostedGw;
    bi.powerPull = a_.powerWeight * powerScore * saturate(powerOnOfferGw, a_.powerHalfGw);
    bi.dataPull = a_.dataWeight * c_.dataQuality *
                  pick(PostureEffects::dataBargainingValue, posture(Layer::Data));
    bi.capitalPull = a_.capitalWeight * saturate(budgetUsdBn, a_.capitalHalfUsdBn);
    bi.supplierTightness = clamp01(a_.supplierTightness * (1.0 + 0.5 * shock.demandSurge));
    const detail::BargainingOutcome deal = detail::solveBargaining(bi);
    lastLeverage_ = deal.leverage;

    // --- 7. Adoption and value
    const double adoptionRate =
        a_.adoptionRatePerYr * (1.0 + 0.8 * lever(Lever::SectorDiffusion)) *
        pick(PostureEffects::adoptionMultiplier, posture(Layer::Applications)) *
        std::sqrt(sufficiency) * (0.5 + 0.5 * talentFactor);
    const double valuePct = a_.aiValueMaxGdpPct * x_.adoption * sufficiency;

    // --- 5. Data, models, language
    const double quality =
        clamp01(c_.dataQuality * pick(PostureEffects::dataQualityMultiplier, posture(Layer::Data)));
    const double computeOk = 0.5 + 0.5 * sufficiency;
    const double fineTune =
        clamp01(lever(Lever::SmallModels) * quality * computeOk *
                pick(PostureEffects::fineTuneMultiplier, posture(Layer::Models)));
    const double fromScratch = posture(Layer::Models) == Posture::Control
                                   ? quality * talentFactor * computeOk * trainingFunded
                                   : 0.0;
    const double languageTarget = 1.0 - (1.0 - baseLanguage()) *
                                            (1.0 - a_.fineTuneGain * fineTune) *
                                            (1.0 - a_.scratchGain * fromScratch);

    // --- 6. Talent flows (thousand/yr)
    const double training = a_.talentGrowthPerYr *
                            pick(PostureEffects::talentTrainingMultiplier, posture(Layer::Talent)) *
                            (1.0 + lever(Lever::TalentCapacity));
    const double attrition =
        a_.talentAttritionPerYr * (1.0 - 0.5 * lever(Lever::TalentCapacity)) *
        pick(PostureEffects::talentAttritionMultiplier, posture(Layer::Talent));
    const double skillsTransfer = a_.skillsTransferKPerGw * hostedGw * terms;

    // --- 8. Costs
    const double spendingUsdBn = leverSpend + trainingSpend + energySpend + ownedOpsUsdBn +
                                 capexUsdBn + contractUsdBn + guaranteeUsdBn;
    x_.cumulativeCostUsdBn += spendingUsdBn * dt;
    x_.assuredH100eYears += assured * dt;
    const double costPerAssured =
        x_.cumulativeCostUsdBn * 1e9 / std::max(1.0, x_.assuredH100eYears);

    // --- Agency: geometric mean, so no single dimension can be traded away entirely
    const double assuredShare = total > kEpsilon ? clamp01(assured / total) : 0.0;
    const double agency =
        std::pow((0.05 + 0.95 * deal.leverage) * (0.05 + 0.95 * coverage) *
                     (0.05 + 0.95 * assuredShare) * (0.05 + 0.95 * clamp01(x_.language)),
                 0.25);

    // --- Record this step (stocks at the start of the step, flows during it)
    const double generationTwh = c_.generationTwh * grow(c_.generationGrowthPerYr, t);
    const double energyTwh = loadGw * curtailment * 8.76 * a_.dcLoadFactor;
    record(Metric::ComputeAccessTotal, k, total);
    record(Metric::ComputeAssured, k, assured);
    record(Metric::ComputeOwned, k, ownedRunning);
    record(Metric::ComputeContracted, k, contractedDelivered);
    record(Metric::ComputeHosted, k, hostedLocal);
    record(Metric::ComputeSpot, k, spot);
    record(Metric::HostedCapacity, k, x_.hostedH100e * curtailment);
    record(Metric::ComputeDemand, k, demand);
    record(Metric::CriticalInferenceCoverage, k, coverage);
    record(Metric::DcLoad, k, loadGw);
    record(Metric::DcEnergy, k, energyTwh);
    record(Metric::DcShareOfGeneration, k, clamp01(energyTwh / generationTwh));
    record(Metric::EnergyHeadroom, k, headroomGw);
    record(Metric::BargainingLeverage, k, deal.leverage);
    record(Metric::ContractPrice, k, contractPrice);
    record(Metric::NonInterruptionShare, k, nonInterruption);
    record(Metric::PublicSpending, k, spendingUsdBn);
    record(Metric::PublicCostCumulative, k, x_.cumulativeCostUsdBn);
    record(Metric::CostPerAssured, k, costPerAssured);
    record(Metric::OwnedReplacementValue, k,
           installedH100e * (acceleratorUsd * chipPremium + facilityUsd) / 1e9);
    record(Metric::AdoptionShare, k, x_.adoption);
    record(Metric::AiValueGdpPct, k, valuePct);
    record(Metric::LocalLanguageCapability, k, clamp01(x_.language));
    record(Metric::Talent, k, x_.talentK);
    record(Metric::AgencyIndex, k, agency);

    // --- Integrate stocks to the next step
    // Grid planners stop allotting power to data centres at a share of national generation.
    const double powerCeilingGw =
        a_.dcMaxShareOfGeneration * generationTwh / (8.76 * a_.dcLoadFactor);
    x_.availablePowerGw +=
        std::min(buildRateGw * dt, std::max(0.0, powerCeilingGw - x_.availablePowerGw));
    x_.hostedItKw += hostedNewH100e * kwPerH100e;
    x_.hostedH100e += hostedNewH100e;
    x_.guaranteedH100e +=
        guaranteeShare * hostedNewH100e * (1.0 - retiredShare) - x_.guaranteedH100e * retiredShare;
    // Refresh: retired hardware is replaced with current, more efficient hardware.
    x_.hostedH100e += -x_.hostedH100e * retiredShare + retiredKw / kwPerH100e;
    x_.talentK =
        std::max(0.0, x_.talentK + (x_.talentK * (training - attrition) + skillsTransfer) * dt);
    x_.adoption += adoptionRate * x_.adoption * (1.0 - x_.adoption / a_.adoptionMaxShare) * dt;
    x_.adoption = std::clamp(x_.adoption, 0.0, a_.adoptionMaxShare);
    x_.language += (languageTarget - x_.language) * std::min(1.0, dt / a_.languageAdjustYears);
    x_.termsLeverage +=
        (deal.leverage - x_.termsLeverage) * std::min(1.0, dt / a_.renegotiationYears);
}

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
