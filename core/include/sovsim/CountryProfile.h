#pragma once
// What a country brings to the table in 2025: the resource sliders of the workshop.
// Units are in the member names; ranges, defaults and sources live in the parameter registry
// (ParameterRegistry.cpp) and in docs/model.md.

#include <string>

namespace sovsim {

struct CountryProfile {
    // Energy
    double generationTwh = 200.0;         // national electricity generation, TWh/yr
    double generationGrowthPerYr = 0.015; // growth of generation, fraction/yr
    double firmLowCarbonShare =
        0.3; // firm low-carbon share of generation (nuclear, hydro, geothermal), 0..1
    double dcPowerAvailableGw =
        1.0; // grid power data centres can draw now (incl. existing load), GW
    double dcPowerBuildableGwPerYr =
        0.2; // power for data centres that can be added per year, GW/yr
    double industrialPriceUsdPerMwh = 100.0; // industrial electricity price, USD/MWh
    // Capital and market
    double populationM = 50.0;             // population, million
    double gdpUsdBn = 500.0;               // GDP, USD bn (current prices)
    double publicAiBudgetUsdBnPerYr = 1.0; // public budget for AI, USD bn/yr
    double internetUsersM = 30.0;          // digital market size: internet users, million
    double regulatoryWeight = 0.2;         // weight of the rule-setting bloc it belongs to, 0..1
    double regionalMarketUsdBn = 0.0;      // GDP of the neighbouring region a hub here can serve
    // Data and language
    double languageWebSharePct =
        1.0;                  // share of its languages in web training data, % of Common Crawl
    double dataQuality = 0.5; // quality and openness of national data, 0..1
    // Talent
    double aiTalentK = 20.0; // AI specialists, thousand people
    // Compute
    double domesticComputeH100e = 5000.0; // compute owned at home in 2025, H100-equivalents
    double existingDcMw = 300.0;          // data-centre capacity in operation in 2025, MW
    double chipIndustry = 0.05;           // domestic chip-making capability, 0..1
    // Geopolitics
    double exportControlTier = 2.0; // AI chip export-control tier (1 open, 2 capped, 3 embargoed)
    double geopoliticalAlignment = 0.5; // alignment with the main chip suppliers' bloc, 0..1

    bool operator==(const CountryProfile&) const = default;
};

} // namespace sovsim
