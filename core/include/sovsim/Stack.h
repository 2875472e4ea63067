#pragma once
// The vocabulary of a strategy: the seven stack layers, the three postures a country can take on
// each, and the seven policy levers. Names here are the ones used in scenario files.

#include <array>
#include <optional>
#include <string_view>

namespace sovsim {

enum class Layer { Energy, Chips, Compute, Data, Models, Applications, Talent };
inline constexpr int kLayerCount = 7;

enum class Posture { Control, Steer, Depend };
inline constexpr int kPostureCount = 3;

enum class Lever {
    ComputeAgreements,
    SectorDiffusion,
    DemandAggregation,
    Interoperability,
    SmallModels,
    TalentCapacity,
    EnergyPlanning
};
inline constexpr int kLeverCount = 7;

inline constexpr std::array<Layer, kLayerCount> kAllLayers{
    Layer::Energy, Layer::Chips,        Layer::Compute, Layer::Data,
    Layer::Models, Layer::Applications, Layer::Talent};
inline constexpr std::array<Lever, kLeverCount> kAllLevers{
    Lever::ComputeAgreements, Lever::SectorDiffusion, Lever::DemandAggregation,
    Lever::Interoperability,  Lever::SmallModels,     Lever::TalentCapacity,
    Lever::EnergyPlanning};
inline constexpr std::array<Posture, kPostureCount> kAllPostures{Posture::Control, Posture::Steer,
                                                                 Posture::Depend};

// File keys (stable; never translate).
std::string_view keyOf(Layer layer);
std::string_view keyOf(Posture posture);
std::string_view keyOf(Lever lever);
// English display names for the CLI; the GUI translates its own labels.
std::string_view displayNameOf(Layer layer);
std::string_view displayNameOf(Posture posture);
std::string_view displayNameOf(Lever lever);

std::optional<Layer> layerFromKey(std::string_view key);
std::optional<Posture> postureFromKey(std::string_view key);
std::optional<Lever> leverFromKey(std::string_view key);

inline constexpr int indexOf(Layer layer) {
    return static_cast<int>(layer);
}
inline constexpr int indexOf(Lever lever) {
    return static_cast<int>(lever);
}

} // namespace sovsim
