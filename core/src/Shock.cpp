#include "sovsim/Shock.h"

namespace sovsim {
namespace {

struct Names {
    std::string_view key;
    std::string_view display;
};

constexpr std::array<Names, kShockTypeCount> kShockNames{{
    {"supplier_cutoff", "Supplier cut-off / export-control tightening"},
    {"price_hike", "Supplier price hike"},
    {"energy_crisis", "Energy price spike or shortage"},
    {"chip_leap", "Chip generation leap"},
    {"demand_surge", "Demand surge"},
}};

} // namespace

std::string_view keyOf(ShockType type) {
    return kShockNames[static_cast<size_t>(type)].key;
}
std::string_view displayNameOf(ShockType type) {
    return kShockNames[static_cast<size_t>(type)].display;
}
std::optional<ShockType> shockTypeFromKey(std::string_view key) {
    for (size_t i = 0; i < kShockNames.size(); ++i) {
        if (kShockNames[i].key == key) {
            return static_cast<ShockType>(i);
        }
    }
    return std::nullopt;
}

} // namespace sovsim
