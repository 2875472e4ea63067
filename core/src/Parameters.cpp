#include "sovsim/Parameters.h"

#include "sovsim/PlainText.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sovsim {
namespace {

using G = ParameterGroup;
using K = ParameterKind;

// Accessors are generated from member pointers so each parameter is declared once, with its
// metadata, and cannot drift from the struct field it edits.
template <double CountryProfile::*M> double getCountry(const Scenario& s) {
    return s.country.*M;
}
template <double CountryProfile::*M> void setCountry(Scenario& s, double v) {
    s.country.*M = v;
}
template <double Assumptions::*M> double getAssumption(const Scenario& s) {
    return s.assumptions.*M;
}
template <double Assumptions::*M> void setAssumption(Scenario& s, double v) {
    s.assumptions.*M = v;
}
template <Layer L> double getPosture(const Scenario& s) {
    return static_cast<double>(s.strategy.posture(L));
}
template <Layer L> void setPosture(Scenario& s, double v) {
    s.strategy.setPosture(L, static_cast<Posture>(static_cast<int>(std::lround(v))));
}
template <Lever L> double getLever(const Scenario& s) {
    return s.strategy.lever(L);
}
template <Lever L> void setLever(Scenario& s, double v) {
    s.strategy.setLever(L, v);
}
double getEndYear(const Scenario& s) {
    return s.timeline.endYear;
}
void setEndYear(Scenario& s, double v) {
    s.timeline.endYear = static_cast<int>(std::lround(v));
}
double getStep(const Scenario& s) {
    return static_cast<double>(s.timeline.step);
}
void setStep(Scenario& s, double v) {
    s.timeline.step = static_cast<Step>(static_cast<int>(std::lround(v)));
}

template <double CountryProfile::*M>
ParameterInfo country(std::string_view path, std::string_view label, std::string_view unit,
                      double min, double max, G group, std::string_view description,
                      std::string_view source, K kind = K::Number) {
    return {
        path,        label,  unit,           min,           max, CountryProfile{}.*M, group, kind,
        description, source, &getCountry<M>, &setCountry<M>};
}

template <double Assumptions::*M>
ParameterInfo assumption(std::string_view path, std::string_view label, std::string_view unit,
                         double min, double max, std::string_view description,
                         std::string_view source) {
    return {path,
            label,
            unit,
            min,
            max,
            Assumptions{}.*M,
            G::Assumption,
            K::Number,
            description,
            source,
            &getAssumption<M>,
            &setAssumption<M>};
}

template <Layer L> ParameterInfo posture(std::string_view path, std::string_view label) {
    return {path,
            label,
            "",
            0.0,
            2.0,
            static_cast<double>(Strategy{}.posture(L)),
            G::Posture,
            K::Posture,
            "Control: own it; Steer: shape it through rules and procurement; Depend: buy it.",
            "strategy choice",
            &getPosture<L>,
            &setPosture<L>};
}

template <Lever L>
ParameterInfo lever(std::string_view path, std::string_view label, std::string_view description) {
    return {path,
            label,
            "intensity 0-1",
            0.0,
            1.0,
            Strategy{}.lever(L),
            G::Lever,
            K::Number,
            description,
            "strategy choice",
            &getLever<L>,
            &setLever<L>};
}

constexpr std::string_view kAssumption = "assumption";

std::vector<ParameterInfo> buildRegistry() {
    using C = CountryProfile;
    using A = Assumptions;
    std::vector<ParameterInfo> r;
    // --- Country: energy
    r.push_back(country<&C::generationTwh>(
        "country.generation_twh", "Electricity generation", "TWh/yr", 1, 15000, G::Energy,
        "Electricity the country generates in a year.", "country preset"));
    r.push_back(country<&C::generationGrowthPerYr>(
        "country.generation_growth_per_yr", "Generation growth", "fraction/yr", 0, 0.1, G::Energy,
        "How fast national electricity generation grows each year.", kAssumption));
    r.push_back(country<&C::firmLowCarbonShare>(
        "country.firm_low_carbon_share", "Firm low-carbon share", "share 0-1", 0, 1, G::Energy,
        "Share of generation from firm low-carbon sources (nuclear, hydro, geothermal) that can "
        "run data centres around the clock.",
        "country preset"));
    r.push_back(country<&C::dcPowerAvailableGw>(
        "country.dc_power_available_gw", "Power available to data centres", "GW", 0, 100, G::Energy,
        "Grid power data centres can draw today, including what existing data centres use.",
        "country preset"));
    r.push_back(country<&C::dcPowerBuildableGwPerYr>(
        "country.dc_power_buildable_gw_per_yr", "Power buildable for data centres", "GW/yr", 0, 20,
        G::Energy, "Grid power for data centres the country can add each year.", "country preset"));
    r.push_back(country<&C::industrialPriceUsdPerMwh>(
        "country.industrial_price_usd_per_mwh", "Industrial electricity price", "USD/MWh", 10, 500,
        G::Energy, "What a large industrial user pays for electricity.", "country preset"));
    // --- Country: capital and market
    r.push_back(country<&C::populationM>("country.population_m", "Population", "million", 0.1, 2000,
                                         G::CapitalMarket, "People living in the country.",
                                         "country preset"));
    r.push_back(country<&C::gdpUsdBn>("country.gdp_usd_bn", "GDP", "USD bn", 1, 40000,
                                      G::CapitalMarket, "Size of the economy at current prices.",
                                      "country preset"));
    r.push_back(country<&C::publicAiBudgetUsdBnPerYr>(
        "country.public_ai_budget_usd_bn_per_yr", "Public AI budget", "USD bn/yr", 0, 200,
        G::CapitalMarket,
        "Public money available each year for compute, agreements and AI programmes.",
        "country preset"));
    r.push_back(country<&C::internetUsersM>(
        "country.internet_users_m", "Digital market (internet users)", "million", 0, 1500,
        G::CapitalMarket, "Size of the digital market a supplier gains access to.",
        "country preset"));
    r.push_back(country<&C::regionalMarketUsdBn>(
        "country.regional_market_usd_bn", "Regional market a hub could serve", "USD bn", 0, 50000,
        G::CapitalMarket,
        "GDP of the neighbouring countries a data-centre hub here could serve (0 = none).",
        "country preset"));
    r.push_back(country<&C::regulatoryWeight>(
        "country.regulatory_weight", "Regulatory weight", "index 0-1", 0, 1, G::CapitalMarket,
        "Weight of the rule-setting bloc the country belongs to (1 = sets rules for a market the "
        "size of the EU).",
        "country preset"));
    // --- Country: data and language
    r.push_back(country<&C::languageWebSharePct>(
        "country.language_web_share_pct", "Language share of web data", "% of pages", 0, 60,
        G::DataLanguage, "Share of web training data written in the country's languages.",
        "country preset"));
    r.push_back(country<&C::dataQuality>(
        "country.data_quality", "National data quality", "index 0-1", 0, 1, G::DataLanguage,
        "Quality, openness and machine-readability of national data.", "country preset"));
    // --- Country: talent
    r.push_back(country<&C::aiTalentK>("country.ai_talent_k", "AI talent", "thousand people", 0.1,
                                       2000, G::Talent, "AI specialists working in the country.",
                                       "country preset"));
    // --- Country: compute
    r.push_back(country<&C::domesticComputeH100e>(
        "country.domestic_compute_h100e", "Domestic compute", "H100e", 0, 5e6, G::Compute,
        "AI compute owned at home in 2025, in H100-equivalents.", "country preset"));
    r.push_back(country<&C::existingDcMw>(
        "country.existing_dc_mw", "Data-centre capacity", "MW", 0, 60000, G::Compute,
        "Data-centre capacity in operation in 2025.", "country preset"));
    r.push_back(country<&C::chipIndustry>(
        "country.chip_industry", "Chip industry", "index 0-1", 0, 1, G::Compute,
        "Ability to make advanced AI chips at home (1 = leading-edge foundries).",
        "country preset"));
    // --- Country: geopolitics
    r.push_back(country<&C::exportControlTier>(
        "country.export_control_tier", "Export-control tier", "tier 1-3", 1, 3, G::Geopolitics,
        "Tier under AI chip export controls: 1 unrestricted, 2 capped, 3 embargoed.",
        "country preset", K::Integer));
    r.push_back(country<&C::geopoliticalAlignment>(
        "country.geopolitical_alignment", "Geopolitical alignment", "index 0-1", 0, 1,
        G::Geopolitics, "Alignment with the bloc of the main chip and cloud suppliers.",
        "country preset"));
    // --- Strategy
    r.push_back(posture<Layer::Energy>("strategy.postures.energy", "Energy posture"));
    r.push_back(posture<Layer::Chips>("strategy.postures.chips", "Chips & hardware posture"));
    r.push_back(posture<Layer::Compute>("strategy.postures.compute", "Compute posture"));
    r.push_back(posture<Layer::Data>("strategy.postures.data", "Data posture"));
    r.push_back(posture<Layer::Models>("strategy.postures.models", "Models posture"));
    r.push_back(
        posture<Layer::Applications>("strategy.postures.applications", "Applications posture"));
    r.push_back(posture<Layer::Talent>("strategy.postures.talent", "Talent posture"));
    r.push_back(lever<Lever::ComputeAgreements>(
        "strategy.levers.compute_agreements", "Sovereign compute agreements",
        "Multi-year contracts with price locks, non-interruption clauses and emergency "
        "priority."));
    r.push_back(lever<Lever::SectorDiffusion>(
        "strategy.levers.sector_diffusion", "Diffusion across sectors",
        "Sector sandboxes (health, agriculture, manufacturing) that spread adoption."));
    r.push_back(lever<Lever::DemandAggregation>(
        "strategy.levers.demand_aggregation", "Aggregated national demand",
        "A national compute-demand forecast and joint procurement: one large customer."));
    r.push_back(lever<Lever::Interoperability>(
        "strategy.levers.interoperability", "Interoperability",
        "Open standards and modular architecture that keep switching costs low."));
    r.push_back(lever<Lever::SmallModels>(
        "strategy.levers.small_models", "Small & open-weight models",
        "Fine-tuning open-weight models for national language, law and culture."));
    r.push_back(lever<Lever::TalentCapacity>(
        "strategy.levers.talent_capacity", "Talent & state capacity",
        "Mass reskilling and competitive careers for technical civil servants."));
    r.push_back(lever<Lever::EnergyPlanning>(
        "strategy.levers.energy_planning", "Energy & compute planning",
        "AI energy zones beside firm generation, efficiency standards, household protection."));
    // --- Assumptions: hardware, prices, facilities
    r.push_back(assumption<&A::pricePerformanceGrowthPerYr>(
        "assumptions.price_performance_growth_per_yr", "Chip price-performance growth",
        "fraction/yr", 0, 1, "How much more compute a dollar buys each year.",
        "Epoch AI, Trends in GPU price-performance (2022): FLOP/s per dollar doubles about every "
        "2.5 years (~0.32/yr); rounded down"));
    r.push_back(assumption<&A::energyEfficiencyGrowthPerYr>(
        "assumptions.energy_efficiency_growth_per_yr", "Chip energy-efficiency growth",
        "fraction/yr", 0, 1, "How much more compute a kilowatt runs each year.",
        "assumption: below the H100 (700 W) to B200 (1,000 W) step of about 2.5x throughput in "
        "two years (NVIDIA figures via RunPod, The Daily Scout)"));
    r.push_back(assumption<&A::acceleratorPriceUsd>(
        "assumptions.accelerator_price_usd", "Accelerator price (2025)", "USD per H100e", 1000,
        200000, "Purchase price of one H100-equivalent in 2025.",
        "Hardware: H100 (Hugging Face), MSRP ~30,000 USD (2022)"));
    r.push_back(assumption<&A::rentalPriceUsdPerGpuHour>(
        "assumptions.rental_price_usd_per_gpu_hour", "Contract rental price (2025)",
        "USD/H100e-hour", 0.1, 20, "Reference price of a reserved H100e-hour on a 1-year contract.",
        "GPU pricing trends 2026 (CompuX, citing SemiAnalysis): 1-year H100 contract index 1.70 "
        "(Oct 2025) to 2.35 USD/GPU-h (Mar 2026)"));
    r.push_back(assumption<&A::powerPerH100eKw>(
        "assumptions.power_per_h100e_kw", "Power per accelerator (2025)", "kW per H100e", 0.1, 5,
        "IT power one H100-equivalent draws, server share included.",
        "derived: DGX H100 maximum 10.2 kW / 8 GPUs (AI Supercluster, 2023)"));
    r.push_back(assumption<&A::pue>(
        "assumptions.pue", "PUE", "ratio", 1, 3, "Facility power divided by IT power.",
        "Uptime Institute (CloudNews, 2024): new large facilities 1.3 or better; industry "
        "average 1.56"));
    r.push_back(assumption<&A::usefulLifeYears>(
        "assumptions.useful_life_years", "Useful life of accelerators", "years", 1, 15,
        "Years an accelerator stays in service.",
        "Microsoft and Alphabet depreciate servers over 6 years (2022-23); Amazon 5 for some "
        "(2025)"));
    r.push_back(assumption<&A::dcBuildCostUsdMPerMw>(
        "assumptions.dc_build_cost_usd_m_per_mw", "Data-centre build cost", "USD M per MW", 1, 50,
        "Cost of building a data centre per MW of IT load, excluding IT equipment.",
        "Cushman & Wakefield, Data Center Development Cost Guide 2025: 11.7 (9.3-15.0)"));
    r.push_back(assumption<&A::ownedCostPremium>(
        "assumptions.owned_cost_premium", "Sovereign build premium", "fraction", 0, 3,
        "Extra cost of small public builds over hyperscale purchasing.", kAssumption));
    r.push_back(assumption<&A::ownedOperatingShare>(
        "assumptions.owned_operating_share", "Operations cost", "fraction of price per yr", 0, 1,
        "Yearly staff, support and maintenance cost of owned compute.",
        "assumption, below the ~20%/yr support on DGX H100 list price (AI Supercluster, 2023)"));
    r.push_back(assumption<&A::referencePowerPriceUsdPerMwh>(
        "assumptions.reference_power_price_usd_per_mwh", "Reference power price", "USD/MWh", 10,
        500, "Electricity price a global investor compares a country against.", kAssumption));
    r.push_back(assumption<&A::dcLoadFactor>(
        "assumptions.dc_load_factor", "Data-centre load factor", "share 0-1", 0.1, 1,
        "Average power draw of a data centre divided by its capacity.", kAssumption));
    r.push_back(assumption<&A::conventionalDcGrowthPerYr>(
        "assumptions.conventional_dc_growth_per_yr", "Non-AI data-centre growth", "fraction/yr", 0,
        0.5, "Growth of data-centre load not driven by AI accelerators.",
        "assumption, below IEA's ~12%/yr historic data-centre electricity growth that includes "
        "AI (IEA Energy and AI, 2025)"));
    r.push_back(assumption<&A::dcMaxShareOfGeneration>(
        "assumptions.dc_max_share_of_generation", "Data-centre ceiling", "share 0-1", 0.01, 1,
        "Largest share of national generation grid planners let data centres take.",
        "assumption, above the highest national share today: data centres used 21% of Ireland's "
        "metered electricity in 2023 (Central Statistics Office)"));
    r.push_back(assumption<&A::dcBuildYears>(
        "assumptions.dc_build_years", "Data-centre build time", "years", 0.1, 10,
        "Time constant for permitting, building and connecting data centres into spare power.",
        "JLL 2026 Global Data Center Outlook (via Construction Owners): shell construction 18-24 "
        "months once power is available"));
    // --- Assumptions: demand and adoption
    r.push_back(assumption<&A::gdpGrowthPerYr>("assumptions.gdp_growth_per_yr", "GDP growth",
                                               "fraction/yr", -0.05, 0.15,
                                               "Real growth of every country's GDP.", kAssumption));
    r.push_back(assumption<&A::demandH100ePerUsdBnGdp>(
        "assumptions.demand_h100e_per_usd_bn_gdp", "Compute demand intensity",
        "H100e per USD bn GDP", 1, 10000,
        "Compute a fully adopting economy uses per USD bn of GDP in 2025.",
        "assumption: about a third of the global AI compute stock per unit of world GDP (about "
        "10 M H100e in 2025 against a USD 110 trn world economy at about 10% adoption would give "
        "about 900); most of that stock trains frontier models whose use reaches a country as "
        "model access, not as compute it runs"));
    r.push_back(assumption<&A::computePerUseGrowthPerYr>(
        "assumptions.compute_per_use_growth_per_yr", "Compute per use growth", "fraction/yr", 0, 2,
        "Growth of the compute each AI use needs (bigger models, more queries).",
        "assumption, with adoption consistent with IEA's ~30%/yr growth of accelerated servers "
        "(2026)"));
    r.push_back(assumption<&A::inferenceShareStart>(
        "assumptions.inference_share_start", "Inference share 2025", "share 0-1", 0, 1,
        "Share of compute demand used for inference in 2025.",
        "assumption; IEA 2026 update: energy use shifting from training to inference"));
    r.push_back(assumption<&A::inferenceShareEnd>(
        "assumptions.inference_share_end", "Inference share 2040", "share 0-1", 0, 1,
        "Share of compute demand used for inference from 2040 on.", kAssumption));
    r.push_back(assumption<&A::criticalInferenceShare>(
        "assumptions.critical_inference_share", "Critical inference share", "share 0-1", 0, 1,
        "Share of inference that public services cannot do without.",
        "assumption: government, health, security and critical infrastructure need about 8% of the "
        "inference an economy runs to keep working in a crisis"));
    r.push_back(assumption<&A::adoptionStartShare>(
        "assumptions.adoption_start_share", "Adoption 2025", "share 0-1", 0.001, 1,
        "Share of connected users and firms using AI in 2025.", kAssumption));
    r.push_back(assumption<&A::adoptionRatePerYr>(
        "assumptions.adoption_rate_per_yr", "Adoption speed", "1/yr", 0, 3,
        "Speed of the adoption S-curve with no levers.", kAssumption));
    r.push_back(assumption<&A::adoptionMaxShare>(
        "assumptions.adoption_max_share", "Adoption ceiling", "share 0-1", 0.01, 1,
        "Share of the economy that can adopt AI.", kAssumption));
    r.push_back(assumption<&A::aiValueMaxGdpPct>(
        "assumptions.ai_value_max_gdp_pct", "Value of full adoption", "% of GDP", 0, 50,
        "Economic value of full adoption with enough compute.",
        "assumption, the order of Goldman Sachs' (2023) ~7% of global GDP estimate"));
    // --- Assumptions: chips and export controls
    r.push_back(assumption<&A::tier2CapH100ePerYr>(
        "assumptions.tier2_cap_h100e_per_yr", "Tier-2 import cap", "H100e/yr", 0, 1e7,
        "Chips a tier-2 country may import each year.",
        "AI Diffusion Rule (Jan 2025, rescinded May 2025): 49,901 H100e for 2025-2027 (CO/AI)"));
    r.push_back(assumption<&A::tier3CapH100ePerYr>(
        "assumptions.tier3_cap_h100e_per_yr", "Tier-3 import cap", "H100e/yr", 0, 1e7,
        "Chips a tier-3 country may import each year.",
        "AI Diffusion Rule licence-free small orders: 1,699 H100e per customer per year (CO/AI)"));
    r.push_back(assumption<&A::domesticChipCapacityH100ePerYr>(
        "assumptions.domestic_chip_capacity_h100e_per_yr", "Domestic chip output at full industry",
        "H100e/yr", 0, 1e8,
        "Chips a Control chips programme yields per year in a country with a leading chip "
        "industry.",
        kAssumption));
    r.push_back(assumption<&A::fabRampYears>("assumptions.fab_ramp_years", "Fab ramp-up", "years",
                                             0.5, 20,
                                             "Years a domestic chip programme needs to reach "
                                             "full output.",
                                             kAssumption));
    r.push_back(assumption<&A::supplierConcentration>(
        "assumptions.supplier_concentration", "Supplier concentration", "share 0-1", 0, 1,
        "Share of AI compute held by the dominant supplier bloc.",
        "Oxford AIGI (2025): the US holds ~75% of global AI compute"));
    // --- Assumptions: bargaining
    r.push_back(assumption<&A::supplierTightness>(
        "assumptions.supplier_tightness", "Supplier outside option", "share 0-1", 0, 1,
        "How easily suppliers can sell the same capacity elsewhere.", kAssumption));
    r.push_back(assumption<&A::bargainingPowerBase>(
        "assumptions.bargaining_power_base", "Bargaining power (fragmented)", "share 0-1", 0, 1,
        "Country's Nash bargaining power when its buyers negotiate separately.", kAssumption));
    r.push_back(assumption<&A::bargainingPowerAggregation>(
        "assumptions.bargaining_power_aggregation", "Bargaining power from aggregation",
        "share 0-1", 0, 1, "Bargaining power added by fully aggregated national demand.",
        kAssumption));
    r.push_back(assumption<&A::interoperabilityBase>(
        "assumptions.interoperability_base", "Switchability without standards", "share 0-1", 0, 1,
        "Share of workloads that could move to another supplier without the interoperability "
        "lever.",
        kAssumption));
    r.push_back(assumption<&A::marketHalfUsdBn>(
        "assumptions.market_half_usd_bn", "Market half-pull size", "USD bn", 1, 50000,
        "Online economy (GDP times the share of people online) at which market pull is half its "
        "maximum.",
        kAssumption));
    r.push_back(assumption<&A::marketWeight>("assumptions.market_weight", "Market pull",
                                             "share 0-1", 0, 1,
                                             "Largest share of a deal's value that market "
                                             "access can represent to a supplier.",
                                             kAssumption));
    r.push_back(assumption<&A::regulationWeight>(
        "assumptions.regulation_weight", "Regulatory pull", "share 0-1", 0, 1,
        "Largest share of a deal's value that rule-setting weight represents to a supplier.",
        kAssumption));
    r.push_back(assumption<&A::powerWeight>(
        "assumptions.power_weight", "Power pull", "share 0-1", 0, 1,
        "Largest share of a deal's value that cheap firm power represents to a supplier.",
        kAssumption));
    r.push_back(assumption<&A::powerHalfGw>("assumptions.power_half_gw", "Power half-pull", "GW",
                                            0.01, 50,
                                            "Power headroom at which power pull is half its "
                                            "maximum.",
                                            kAssumption));
    r.push_back(assumption<&A::dataWeight>(
        "assumptions.data_weight", "Data pull", "share 0-1", 0, 1,
        "Largest share of a deal's value that national data represents to a supplier.",
        kAssumption));
    r.push_back(assumption<&A::capitalWeight>(
        "assumptions.capital_weight", "Capital pull", "share 0-1", 0, 1,
        "Largest share of a deal's value that public co-investment represents to a supplier.",
        kAssumption));
    r.push_back(assumption<&A::capitalHalfUsdBn>(
        "assumptions.capital_half_usd_bn", "Capital half-pull", "USD bn/yr", 0.01, 100,
        "Public AI budget at which capital pull is half its maximum.", kAssumption));
    r.push_back(assumption<&A::chipWeight>(
        "assumptions.chip_weight", "Chip-industry pull", "share 0-1", 0, 1,
        "Largest share of a deal's value that a leading chip industry represents to a supplier.",
        "assumption; chokepoints have been used as leverage: Japan's 2019 export licences on "
        "photoresist and hydrogen fluoride to Korea (Yomiuri, 2019)"));
    r.push_back(assumption<&A::chipOutsideOption>(
        "assumptions.chip_outside_option", "Chip-industry outside option", "share 0-1", 0, 1,
        "Share of a walk-away a leading chip industry makes credible on its own.", kAssumption));
    r.push_back(assumption<&A::fallbackHalfH100e>(
        "assumptions.fallback_half_h100e", "Fallback half-weight fleet", "H100e (2025)", 100, 1e7,
        "Sovereign fleet, in H100e at 2025 prices, at which the walk-away option carries half "
        "its weight.",
        "assumption, of the order of national AI supercomputers: ABCI 3.0 has 6,128 H200 "
        "(AIST, 2025), Taiwan's NCHC plan >10,000 Blackwell GPUs (2025)"));
    r.push_back(assumption<&A::renegotiationYears>(
        "assumptions.renegotiation_years", "Renegotiation time", "years", 0.1, 20,
        "Time for contract terms to catch up with a change in leverage.", kAssumption));
    r.push_back(assumption<&A::contractCostShare>(
        "assumptions.contract_cost_share", "Supplier cost share", "ratio to reference price", 0.1,
        2, "Supplier's cost of a reserved hour relative to the reference price.", kAssumption));
    r.push_back(assumption<&A::contractValueShare>(
        "assumptions.contract_value_share", "Value of an assured hour", "ratio to reference price",
        0.5, 5,
        "What an assured compute hour is worth to the country relative to the reference price.",
        kAssumption));
    r.push_back(assumption<&A::contractTargetShare>(
        "assumptions.contract_target_share", "Contracted share of demand", "share 0-1", 0, 1,
        "Share of demand (public services, research, priority sectors) covered by agreements at "
        "full lever intensity and full leverage.",
        "assumption: public services, research and priority sectors, about twice the critical "
        "inference share"));
    r.push_back(assumption<&A::contractTermYears>(
        "assumptions.contract_term_years", "Contract term", "years", 0.5, 20,
        "Average term of a compute contract: volume runs out over this time unless renewed.",
        "CoreWeave S-1: average contract term about 4 years (Aware Lab, 2025)"));
    r.push_back(assumption<&A::contractSigningYears>(
        "assumptions.contract_signing_years", "Contract signing time", "years", 0.05, 5,
        "Time constant for signing new contracted volume.", kAssumption));
    r.push_back(assumption<&A::nonInterruptionGain>(
        "assumptions.non_interruption_gain", "Non-interruption per leverage", "ratio", 0, 3,
        "Non-interruption share obtained per unit of leverage.", kAssumption));
    r.push_back(assumption<&A::protectionMax>(
        "assumptions.protection_max", "Hosted protection at full leverage", "share 0-1", 0, 1,
        "Share of hosted capacity put under local control and emergency priority at full "
        "leverage and full agreements.",
        "assumption; sovereign-cloud structures (S3NS, Bleu) protect against foreign legal reach, "
        "residency pledges do not (market mechanics, section 2)"));
    r.push_back(assumption<&A::takeOrPayLeverage>(
        "assumptions.take_or_pay_leverage", "Guarantee threshold", "share 0-1", 0.01, 1,
        "Leverage below which hosting suppliers demand capacity-payment guarantees.",
        "assumption; Kenya's 2026 geothermal data-centre deal stalled on such guarantees "
        "(Bloomberg via The News, 2026)"));
    r.push_back(assumption<&A::capacityPaymentShare>(
        "assumptions.capacity_payment_share", "Capacity payment", "share 0-1", 0, 1,
        "Guaranteed payment as a share of the hosted capacity's rental value.", kAssumption));
    r.push_back(assumption<&A::guaranteeBudgetShare>(
        "assumptions.guarantee_budget_share", "Guarantee reserve", "share 0-1", 0, 1,
        "Largest share of the agreements budget a negotiating country reserves for capacity "
        "guarantees.",
        kAssumption));
    r.push_back(assumption<&A::localHostingShare>(
        "assumptions.local_hosting_share", "Cloud demand served in-country", "share 0-1", 0, 1,
        "Share of a country's cloud demand served from data centres in the country, before "
        "residency rules.",
        "Brazil's data center push quickens (Particle, 2025): 60% of Brazil's cloud capacity is "
        "hosted abroad"));
    r.push_back(assumption<&A::hubCaptureShare>(
        "assumptions.hub_capture_share", "Regional hub capture", "share 0-1", 0, 1,
        "Share of the regional market a fully attractive hub serves.",
        "assumption; hubs serve mainly foreign clients: Ireland, Singapore, Johor (market "
        "mechanics, section 1a)"));
    r.push_back(assumption<&A::hostingBuildYears>(
        "assumptions.hosting_build_years", "Hosting build time", "years", 0.1, 10,
        "Time constant for foreign investors to build toward the capacity they can sell.",
        "build.inc (2026, weak): construction 18-36 months; JLL: 18-24 months"));
    r.push_back(assumption<&A::marketPricePremium>(
        "assumptions.market_price_premium", "Market price premium", "ratio", 1, 5,
        "On-demand market price relative to the contract reference price.",
        "reserved capacity typically 30-60% below on-demand (Disintermediate, 2026, weak); AWS "
        "1-year reserved p5 about 47% below on-demand"));
    r.push_back(assumption<&A::marketScarcity>(
        "assumptions.market_scarcity", "Market scarcity", "share 0-1", 0, 1,
        "Share of demand the cloud market cannot serve per unit of supplier tightness.",
        "assumption; on-demand GPU capacity is not guaranteed and short-term reservations are "
        "often limited (AWS EC2 user guide, 2025)"));
    r.push_back(assumption<&A::publicMarketEligibility>(
        "assumptions.public_market_eligibility", "Critical workloads on ordinary cloud",
        "share 0-1", 0, 1,
        "Share of critical public workloads procurement and residency rules allow on ordinary "
        "commercial cloud.",
        kAssumption));
    r.push_back(assumption<&A::skillsTransferKPerGw>(
        "assumptions.skills_transfer_k_per_gw", "Skills transfer", "thousand people/yr per GW", 0,
        50,
        "Specialists trained per year per GW of AI load (hosted load counts at the terms "
        "leverage).",
        kAssumption));
    // --- Assumptions: talent, models, language
    r.push_back(assumption<&A::talentGrowthPerYr>(
        "assumptions.talent_growth_per_yr", "Talent training rate", "fraction/yr", 0, 1,
        "New specialists trained per year as a share of the stock.", kAssumption));
    r.push_back(assumption<&A::talentAttritionPerYr>(
        "assumptions.talent_attrition_per_yr", "Talent attrition", "fraction/yr", 0, 1,
        "Specialists lost per year to emigration and other sectors.", kAssumption));
    r.push_back(assumption<&A::talentNeedPerMPop>(
        "assumptions.talent_need_per_m_pop", "Talent needed", "thousand per million people", 0.01,
        10,
        "Specialists per million people at which talent no longer slows adoption or national "
        "model training.",
        kAssumption));
    r.push_back(assumption<&A::h100ePerTalentK>(
        "assumptions.h100e_per_talent_k", "Compute run per thousand specialists", "H100e", 10, 1e6,
        "H100e a thousand specialists can operate in 2025.", kAssumption));
    r.push_back(assumption<&A::languageHalfSharePct>(
        "assumptions.language_half_share_pct", "Language half-capability share", "% of pages", 0.01,
        50, "Web data share at which foreign models serve a language half well.", kAssumption));
    r.push_back(assumption<&A::fineTuneGain>(
        "assumptions.fine_tune_gain", "Fine-tuning gain", "share 0-1", 0, 1,
        "Largest capability gain from fine-tuning open-weight models on national data.",
        kAssumption));
    r.push_back(assumption<&A::scratchGain>(
        "assumptions.scratch_gain", "From-scratch gain", "share 0-1", 0, 1,
        "Largest capability gain from training national models from scratch.", kAssumption));
    r.push_back(assumption<&A::languageAdjustYears>(
        "assumptions.language_adjust_years", "Model capability lag", "years", 0.1, 20,
        "Time for language capability to reach its target.", kAssumption));
    r.push_back(assumption<&A::modelTrainingUsdBnPerYr>(
        "assumptions.model_training_usd_bn_per_yr", "From-scratch model programme", "USD bn/yr", 0,
        50, "Yearly cost of training national models from scratch (Control posture).",
        kAssumption));
    // --- Assumptions: budget uses of levers
    r.push_back(assumption<&A::leverCostAgreements>(
        "assumptions.lever_cost_agreements", "Cost: agreements", "share of budget", 0, 1,
        "Negotiation and administration at full intensity (contract payments are separate).",
        kAssumption));
    r.push_back(assumption<&A::leverCostDiffusion>(
        "assumptions.lever_cost_diffusion", "Cost: diffusion", "share of budget", 0, 1,
        "Sector sandboxes at full intensity.", kAssumption));
    r.push_back(assumption<&A::leverCostAggregation>(
        "assumptions.lever_cost_aggregation", "Cost: aggregation", "share of budget", 0, 1,
        "Demand forecasting and joint procurement at full intensity.", kAssumption));
    r.push_back(assumption<&A::leverCostInteroperability>(
        "assumptions.lever_cost_interoperability", "Cost: interoperability", "share of budget", 0,
        1, "Standards work and modular procurement at full intensity.", kAssumption));
    r.push_back(assumption<&A::leverCostSmallModels>(
        "assumptions.lever_cost_small_models", "Cost: small models", "share of budget", 0, 1,
        "Fine-tuning programmes at full intensity.", kAssumption));
    r.push_back(assumption<&A::leverCostTalent>(
        "assumptions.lever_cost_talent", "Cost: talent", "share of budget", 0, 1,
        "Reskilling and civil-service careers at full intensity.", kAssumption));
    r.push_back(assumption<&A::leverCostEnergyPlanning>(
        "assumptions.lever_cost_energy_planning", "Cost: energy planning", "share of budget", 0, 1,
        "AI energy zones and grid planning at full intensity.", kAssumption));
    r.push_back(assumption<&A::energyBuildUsdBnPerGw>(
        "assumptions.energy_build_usd_bn_per_gw", "Public generation cost", "USD bn per GW", 0.1,
        20, "Public cost of generation built for data centres under a Control energy posture.",
        kAssumption));
    r.push_back(assumption<&A::energyPublicBudgetShare>(
        "assumptions.energy_public_budget_share", "Public generation budget", "share 0-1", 0, 1,
        "Share of the budget left after levers and models that a Control energy posture spends "
        "on generation for data centres.",
        kAssumption));
    // --- Assumptions: shock strengths
    r.push_back(assumption<&A::shockPriceHikeMax>(
        "assumptions.shock_price_hike_max", "Price hike at full severity", "fraction", 0, 10,
        "Price rise on unprotected terms when a price-hike shock has severity 1.", kAssumption));
    r.push_back(assumption<&A::shockEnergyPriceMax>(
        "assumptions.shock_energy_price_max", "Energy price spike at full severity", "fraction", 0,
        10, "Electricity price rise when an energy shock has severity 1.", kAssumption));
    r.push_back(assumption<&A::shockEnergyShortageMax>(
        "assumptions.shock_energy_shortage_max", "Power withdrawn at full severity", "share 0-1", 0,
        1, "Share of data-centre power withdrawn when an energy shock has severity 1.",
        kAssumption));
    r.push_back(assumption<&A::shockChipLeapMax>(
        "assumptions.shock_chip_leap_max", "Chip leap at full severity", "fraction", 0, 10,
        "Jump in price-performance when a chip-leap shock has severity 1.", kAssumption));
    r.push_back(assumption<&A::shockDemandSurgeMax>(
        "assumptions.shock_demand_surge_max", "Demand surge at full severity", "fraction", 0, 10,
        "Rise in compute demand when a demand surge has severity 1.", kAssumption));
    // --- Timeline
    r.push_back({"timeline.end_year", "Last year", "year", kMinEndYear, kMaxEndYear,
                 static_cast<double>(Timeline{}.endYear), G::Timeline, K::Integer,
                 "Last calendar year of the projection.", "default", &getEndYear, &setEndYear});
    r.push_back({"timeline.step", "Time step", "", 0, 2, static_cast<double>(Timeline{}.step),
                 G::Timeline, K::Step, "Length of one simulation step.", "default", &getStep,
                 &setStep});
    return r;
}

const std::vector<ParameterInfo>& registry() {
    static const std::vector<ParameterInfo> r = buildRegistry();
    return r;
}

std::string formatNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

} // namespace

std::string_view displayNameOf(ParameterGroup group) {
    switch (group) {
    case G::Energy:
        return "Energy";
    case G::CapitalMarket:
        return "Capital & market";
    case G::DataLanguage:
        return "Data & language";
    case G::Talent:
        return "Talent";
    case G::Compute:
        return "Compute";
    case G::Geopolitics:
        return "Geopolitics";
    case G::Posture:
        return "Postures";
    case G::Lever:
        return "Levers";
    case G::Assumption:
        return "Assumptions";
    case G::Timeline:
        return "Timeline";
    }
    return "";
}

std::string_view ParameterInfo::key() const {
    const auto dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

std::span<const ParameterInfo> allParameters() {
    return registry();
}

const ParameterInfo* findParameter(std::string_view path) {
    for (const auto& p : registry()) {
        if (p.path == path) {
            return &p;
        }
    }
    return nullptr;
}

std::string expectedText(const ParameterInfo& info) {
    switch (info.kind) {
    case K::Posture:
        return "one of control, steer, depend";
    case K::Step:
        return "one of month, quarter, week";
    case K::Integer:
        return "a whole number in [" + formatNumber(info.min) + ", " + formatNumber(info.max) + "]";
    case K::Number:
        break;
    }
    return "a number in [" + formatNumber(info.min) + ", " + formatNumber(info.max) + "]";
}

std::string formatParameterValue(const ParameterInfo& info, double value) {
    const int i = static_cast<int>(std::lround(value));
    if (info.kind == K::Posture && i >= 0 && i < kPostureCount) {
        return std::string(keyOf(static_cast<Posture>(i)));
    }
    if (info.kind == K::Step && i >= 0 && i < 3) {
        return std::string(keyOf(static_cast<Step>(i)));
    }
    return formatNumber(value);
}

std::optional<std::string> parseParameterValue(const ParameterInfo& info, std::string_view text,
                                               double& out) {
    if (info.kind == K::Posture) {
        if (const auto p = postureFromKey(text)) {
            out = static_cast<double>(*p);
            return std::nullopt;
        }
        return "'" + shownText(text) + "' is not a posture (expected " + expectedText(info) + ")";
    }
    if (info.kind == K::Step) {
        if (const auto s = stepFromKey(text)) {
            out = static_cast<double>(*s);
            return std::nullopt;
        }
        return "'" + shownText(text) + "' is not a time step (expected " + expectedText(info) + ")";
    }
    double v = 0.0;
    // "+500" is how people write a positive number; from_chars does not take the sign.
    const bool plus = text.size() > 1 && text[0] == '+' && text[1] != '-' && text[1] != '+';
    const auto* first = text.data() + (plus ? 1 : 0);
    const auto* last = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc{} || ptr != last || text.empty() || !std::isfinite(v)) {
        return "'" + shownText(text) + "' is not a number (expected " + expectedText(info) + ")";
    }
    if (info.kind == K::Integer && v != std::floor(v)) {
        return formatNumber(v) + " is not a whole number (expected " + expectedText(info) + ")";
    }
    if (!info.inRange(v)) {
        return formatNumber(v) + " is out of range (expected " + expectedText(info) + ")";
    }
    out = v;
    return std::nullopt;
}

std::optional<std::string> setParameter(Scenario& scenario, std::string_view path,
                                        std::string_view text) {
    const auto* info = findParameter(path);
    if (info == nullptr) {
        return "unknown parameter '" + shownText(path) + "' (see 'sovsim-cli list parameters')";
    }
    double v = 0.0;
    if (auto err = parseParameterValue(*info, text, v)) {
        return err;
    }
    info->set(scenario, v);
    return std::nullopt;
}

} // namespace sovsim
