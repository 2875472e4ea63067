#include "sovsim/Stack.h"

namespace sovsim {
namespace {

struct Names {
    std::string_view key;
    std::string_view display;
};

constexpr std::array<Names, kLayerCount> kLayerNames{{
    {"energy", "Energy"},
    {"chips", "Chips & hardware"},
    {"compute", "Compute infrastructure"},
    {"data", "Data"},
    {"models", "Models"},
    {"applications", "Applications & adoption"},
    {"talent", "Talent & state capacity"},
}};

constexpr std::array<Names, kPostureCount> kPostureNames{{
    {"control", "Control"},
    {"steer", "Steer"},
    {"depend", "Depend"},
}};

constexpr std::array<Names, kLeverCount> kLeverNames{{
    {"compute_agreements", "Sovereign compute agreements"},
    {"sector_diffusion", "Diffusion across sectors"},
    {"demand_aggregation", "Aggregated national demand"},
    {"interoperability", "Interoperability"},
    {"small_models", "Small & open-weight models"},
    {"talent_capacity", "Talent & state capacity"},
    {"energy_planning", "Energy & compute planning"},
}};

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<Names, N>& names, std::string_view key) {
    for (size_t i = 0; i < N; ++i) {
        if (names[i].key == key) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view keyOf(Layer v) {
    return kLayerNames[static_cast<size_t>(v)].key;
}
std::string_view keyOf(Posture v) {
    return kPostureNames[static_cast<size_t>(v)].key;
}
std::string_view keyOf(Lever v) {
    return kLeverNames[static_cast<size_t>(v)].key;
}
std::string_view displayNameOf(Layer v) {
    return kLayerNames[static_cast<size_t>(v)].display;
}
std::string_view displayNameOf(Posture v) {
    return kPostureNames[static_cast<size_t>(v)].display;
}
std::string_view displayNameOf(Lever v) {
    return kLeverNames[static_cast<size_t>(v)].display;
}

std::optional<Layer> layerFromKey(std::string_view key) {
    return fromKey<Layer>(kLayerNames, key);
}
std::optional<Posture> postureFromKey(std::string_view key) {
    return fromKey<Posture>(kPostureNames, key);
}
std::optional<Lever> leverFromKey(std::string_view key) {
    return fromKey<Lever>(kLeverNames, key);
}

} // namespace sovsim
