#pragma once
// The projected quantities. Names are stable identifiers used in CSV output and scenario tools.

#include <array>
#include <optional>
#include <string_view>

namespace sovsim {

enum class Metric {
    ComputeAccessTotal,
    ComputeAssured,
    ComputeOwned,
    ComputeContracted,
    ComputeHosted,
    HostedCapacity,
    ComputeMarket,
    ComputeDemand,
    CriticalInferenceCoverage,
    DcLoad,
    DcEnergy,
    DcShareOfGeneration,
    EnergyHeadroom,
    BargainingLeverage,
    ContractPrice,
    NonInterruptionShare,
    HostedProtectionShare,
    PublicSpending,
    MarketSpending,
    PublicCostCumulative,
    PublicCostPerH100e,
    CostPerAssured,
    OwnedReplacementValue,
    AdoptionShare,
    AiValueGdpPct,
    LocalLanguageCapability,
    Talent,
    AgencyIndex,
};
inline constexpr int kMetricCount = 28;

struct MetricInfo {
    Metric metric;
    std::string_view name;        // "compute_access_total_h100e"
    std::string_view label;       // "Compute access (total)"
    std::string_view unit;        // "H100e"
    std::string_view description; // one plain sentence
    bool isShare = false;         // value in [0, 1]
};

const std::array<MetricInfo, kMetricCount>& allMetrics();
const MetricInfo& infoOf(Metric metric);
std::optional<Metric> metricFromName(std::string_view name);

} // namespace sovsim
