#pragma once
// Global assumptions shared by every country: technology, prices, market structure and the
// model's behavioural coefficients. Each field is a settable parameter (`assumptions.<key>`);
// its unit, range, default and source are in the parameter registry and docs/model.md.

#include "sovsim/Stack.h"

namespace sovsim {

struct Assumptions {
    // Hardware, prices and facilities
    double pricePerformanceGrowthPerYr = 0.30; // H100e per dollar, growth per year
    double energyEfficiencyGrowthPerYr = 0.20; // H100e per kW, growth per year
    double acceleratorPriceUsd = 30000.0;      // price of one H100e in 2025, USD
    double rentalPriceUsdPerGpuHour =
        2.0;                            // multi-year contract reference price 2025, USD/H100e-hour
    double powerPerH100eKw = 1.28;      // IT power per H100e in 2025, kW
    double pue = 1.3;                   // facility power / IT power
    double usefulLifeYears = 6.0;       // service life of accelerators, years
    double dcBuildCostUsdMPerMw = 11.7; // facility cost, USD million per MW of IT load
    double ownedCostPremium = 0.3;      // extra cost of small sovereign builds vs hyperscale
    double ownedOperatingShare = 0.15;  // yearly operations cost, fraction of purchase cost
    double referencePowerPriceUsdPerMwh =
        100.0;                               // price a global investor compares against, USD/MWh
    double dcLoadFactor = 0.7;               // average draw / capacity of data centres
    double conventionalDcGrowthPerYr = 0.06; // growth of non-AI data-centre load, fraction/yr
    double dcMaxShareOfGeneration = 0.3;     // most of national generation data centres may use
    double dcBuildYears = 1.5; // time to permit, build and connect a data centre into headroom
    // Demand and adoption
    double gdpGrowthPerYr = 0.025; // real GDP growth, fraction/yr
    double demandH100ePerUsdBnGdp =
        300.0; // compute demand at full adoption, H100e per USD bn GDP (2025)
    double computePerUseGrowthPerYr = 0.25; // compute each use needs, growth per year
    double inferenceShareStart = 0.5;       // inference share of demand in 2025
    double inferenceShareEnd = 0.8;         // inference share of demand from 2040
    double criticalInferenceShare = 0.08;   // share of inference public services cannot lose
    double adoptionStartShare = 0.15;       // adoption among connected users in 2025
    double adoptionRatePerYr = 0.30;        // S-curve rate of adoption with no levers
    double adoptionMaxShare = 0.9;          // saturation of adoption
    double aiValueMaxGdpPct = 7.0;          // value of full adoption, % of GDP
    // Chips and export controls
    double tier2CapH100ePerYr = 16634.0; // export-control cap for tier-2 countries, H100e/yr
    double tier3CapH100ePerYr = 1699.0;  // licence-free small orders for tier 3, H100e/yr
    double domesticChipCapacityH100ePerYr =
        200000.0;                        // domestic chip output at chip_industry = 1, H100e/yr
    double fabRampYears = 5.0;           // years for a Control chips programme to reach output
    double supplierConcentration = 0.75; // share of AI compute held by the dominant supplier bloc
    // Bargaining
    double supplierTightness = 0.6; // supplier's outside option: value of selling elsewhere, 0..1
    double bargainingPowerBase = 0.35; // country's Nash bargaining power with fragmented buyers
    double bargainingPowerAggregation = 0.3; // added bargaining power at full demand aggregation
    double interoperabilityBase = 0.3;       // switchability without the interoperability lever
    double marketHalfUsdBn = 1000.0;         // online economy at which market pull is half, USD bn
    double marketWeight = 0.5;               // maximum value of market access to a supplier
    double regulationWeight = 0.4;           // maximum value of rule-setting weight to a supplier
    double powerWeight = 0.5;                // maximum value of cheap firm power to a supplier
    double powerHalfGw = 0.5;                // headroom at which power pull is half its maximum, GW
    double dataWeight = 0.25;                // maximum value of national data to a supplier
    double capitalWeight = 0.3;              // maximum value of co-investment capital to a supplier
    double capitalHalfUsdBn = 5.0;  // budget at which capital pull is half its maximum, USD bn/yr
    double chipWeight = 0.3;        // maximum value of a chip industry to a supplier
    double chipOutsideOption = 0.3; // share of a walk-away a leading chip industry makes credible
    double fallbackHalfH100e = 50000.0; // sovereign fleet (2025 H100e) at which fallback is half
    double renegotiationYears = 2.0;    // time for contract terms to follow leverage, years
    double contractCostShare = 0.7;     // supplier's cost as share of reference price
    double contractValueShare = 1.4;    // country's value of an assured hour / reference price
    double contractTargetShare = 0.15;  // share of demand contracted at full agreements lever
    double contractTermYears = 4.0;     // average term of a compute contract, years
    double contractSigningYears = 0.5;  // time to sign new contracted volume, years
    double nonInterruptionGain = 1.2;   // non-interruption share per unit of leverage
    double protectionMax = 0.8;         // hosted protection at full leverage and agreements
    double takeOrPayLeverage = 0.6;     // below this leverage suppliers demand capacity payments
    double capacityPaymentShare =
        0.3; // capacity payment, share of the hosted capacity's rental value
    double guaranteeBudgetShare = 0.5;    // agreements budget reserved for guarantees at most
    double localHostingShare = 0.4;       // share of a country's cloud demand served in the country
    double hubCaptureShare = 0.3;         // share of regional demand a fully attractive hub serves
    double hostingBuildYears = 2.0;       // time for foreign investors to build toward their target
    double marketPricePremium = 1.6;      // on-demand market price / contract reference price
    double marketScarcity = 0.4;          // market shortfall per unit of supplier tightness
    double publicMarketEligibility = 0.5; // critical workloads allowed on ordinary cloud
    double skillsTransferKPerGw = 2.0;    // talent trained per GW of AI load, thousand/yr
    // Talent, models, language
    double talentGrowthPerYr = 0.06;    // training of AI specialists, fraction of stock per year
    double talentAttritionPerYr = 0.04; // attrition and emigration, fraction of stock per year
    double talentNeedPerMPop =
        0.5; // specialists per million people for unconstrained adoption, thousand
    double h100ePerTalentK = 5000.0;   // H100e a thousand specialists can run in 2025
    double languageHalfSharePct = 1.0; // web share at which base language capability is 0.5, %
    double fineTuneGain = 0.6;         // capability gain from fine-tuning open-weight models
    double scratchGain = 0.4;          // capability gain from training national models from scratch
    double languageAdjustYears = 3.0;  // time for capability to reach its target, years
    double modelTrainingUsdBnPerYr =
        0.5; // cost of a from-scratch national model programme, USD bn/yr
    // Budget uses at full lever intensity, share of the public AI budget
    double leverCostAgreements = 0.01;
    double leverCostDiffusion = 0.05;
    double leverCostAggregation = 0.02;
    double leverCostInteroperability = 0.02;
    double leverCostSmallModels = 0.04;
    double leverCostTalent = 0.08;
    double leverCostEnergyPlanning = 0.04;
    double energyBuildUsdBnPerGw =
        1.5; // public cost of dedicated generation under Control energy, USD bn/GW
    double energyPublicBudgetShare = 0.15; // budget spent on generation under Control energy
    // Shock strengths at severity 1
    double shockPriceHikeMax = 1.0;      // price rise on unprotected terms
    double shockEnergyPriceMax = 2.0;    // electricity price rise
    double shockEnergyShortageMax = 0.3; // share of data-centre power withdrawn
    double shockChipLeapMax = 1.0;       // jump in price-performance
    double shockDemandSurgeMax = 1.0;    // rise in compute demand

    bool operator==(const Assumptions&) const = default;
};

// Share of the public AI budget a lever uses at full intensity (Assumptions::leverCost*).
double leverBudgetShare(const Assumptions& a, Lever lever);

} // namespace sovsim
