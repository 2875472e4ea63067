#include "sovsim/Metric.h"

namespace sovsim {
namespace {

using M = Metric;

// Order must follow the Metric enum; a static_assert below and a unit test check it.
constexpr std::array<MetricInfo, kMetricCount> kMetrics{{
    {M::ComputeAccessTotal, "compute_access_total_h100e", "Compute access (total)", "H100e",
     "Compute the country uses this step, from all four channels.", false},
    {M::ComputeAssured, "compute_assured_h100e", "Compute access (assured)", "H100e",
     "Compute that would keep running if foreign suppliers cut the country off completely.", false},
    {M::ComputeOwned, "compute_owned_h100e", "Owned domestic compute", "H100e",
     "Domestic compute in use (in service, staffed and powered).", false},
    {M::ComputeContracted, "compute_contracted_h100e", "Contracted sovereign access", "H100e",
     "Compute delivered under multi-year sovereign access agreements.", false},
    {M::ComputeHosted, "compute_hosted_h100e", "Hosted foreign capacity (used)", "H100e",
     "Foreign-operated capacity in the country that serves the country's own users.", false},
    {M::HostedCapacity, "hosted_capacity_h100e", "Hosted foreign capacity (all)", "H100e",
     "All foreign-operated compute in the country, including what serves the region.", false},
    {M::ComputeMarket, "compute_market_h100e", "Market cloud", "H100e",
     "Compute rented on the open cloud market, mostly from abroad; finite and interruptible.",
     false},
    {M::ComputeDemand, "compute_demand_h100e", "Compute demand", "H100e",
     "Compute the economy would use with unlimited access.", false},
    {M::CriticalInferenceCoverage, "critical_inference_coverage", "Critical inference coverage",
     "share 0-1", "Share of the inference public services need that is actually served.", true},
    {M::DcLoad, "dc_load_gw", "Data-centre load", "GW",
     "Power capacity drawn by data centres located in the country.", false},
    {M::DcEnergy, "dc_energy_twh", "Data-centre energy", "TWh/yr",
     "Yearly electricity use of data centres in the country.", false},
    {M::DcShareOfGeneration, "dc_share_of_generation", "Data-centre share of generation",
     "share 0-1", "Data-centre electricity as a share of national generation.", true},
    {M::EnergyHeadroom, "energy_headroom_gw", "Energy headroom", "GW",
     "Power available to data centres minus their load; negative means curtailment.", false},
    {M::BargainingLeverage, "bargaining_leverage", "Bargaining leverage", "share 0-1",
     "Country's share of the gains from a compute deal (Nash bargaining).", true},
    {M::ContractPrice, "contract_price_usd_per_h100e_hour", "Contract price", "USD/H100e-hour",
     "Price paid under sovereign access agreements, per H100e-hour.", false},
    {M::NonInterruptionShare, "non_interruption_share", "Non-interruption share", "share 0-1",
     "Share of contracted compute protected from cut-offs by contract terms.", true},
    {M::HostedProtectionShare, "hosted_protection_share", "Hosted protection share", "share 0-1",
     "Share of hosted capacity under local control and emergency priority (keeps running in a "
     "cut-off).",
     true},
    {M::PublicSpending, "public_spending_usd_bn_per_yr", "Public spending", "USD bn/yr",
     "Public money spent on AI per year across all categories.", false},
    {M::MarketSpending, "market_spending_usd_bn_per_yr", "Market spending", "USD bn/yr",
     "What users in the country pay each year for hosted and market cloud compute (not public "
     "money).",
     false},
    {M::PublicCostCumulative, "public_cost_cumulative_usd_bn", "Cumulative public cost", "USD bn",
     "Public money spent on AI from January 2025 to the start of this step.", false},
    {M::PublicCostPerH100e, "public_cost_per_h100e_usd", "Public cost per unit of compute",
     "USD per H100e-year", "Public spending this year divided by the compute the country uses.",
     false},
    {M::CostPerAssured, "cost_per_assured_h100e_usd", "Cost per assured compute",
     "USD per H100e-year",
     "Public spending divided by the assured compute public money secures (owned compute and "
     "protected contracts).",
     false},
    {M::OwnedReplacementValue, "owned_replacement_value_usd_bn", "Owned compute value", "USD bn",
     "What the owned fleet would cost to buy today: falls as chips improve.", false},
    {M::AdoptionShare, "adoption_share", "AI adoption", "share 0-1",
     "Share of the economy using AI.", true},
    {M::AiValueGdpPct, "ai_value_gdp_pct", "AI value", "% of GDP",
     "Economic value created by AI use, as a share of GDP.", false},
    {M::LocalLanguageCapability, "local_language_capability", "Local-language capability",
     "share 0-1", "How well available models serve national languages, law and culture.", true},
    {M::Talent, "talent_k", "AI talent", "thousand people", "AI specialists in the country.",
     false},
    {M::AgencyIndex, "agency_index", "Agency index", "share 0-1",
     "Combined agency: leverage, critical coverage, assured share of demand and language "
     "capability.",
     true},
}};

constexpr bool orderMatchesEnum() {
    for (int i = 0; i < kMetricCount; ++i) {
        if (static_cast<int>(kMetrics[static_cast<size_t>(i)].metric) != i) {
            return false;
        }
    }
    return true;
}
static_assert(orderMatchesEnum(), "kMetrics must follow the order of the Metric enum");

} // namespace

const std::array<MetricInfo, kMetricCount>& allMetrics() {
    return kMetrics;
}

const MetricInfo& infoOf(Metric metric) {
    return kMetrics[static_cast<size_t>(metric)];
}

std::optional<Metric> metricFromName(std::string_view name) {
    for (const auto& info : kMetrics) {
        if (info.name == name) {
            return info.metric;
        }
    }
    return std::nullopt;
}

} // namespace sovsim
