#pragma once
// An event a facilitator drops on the timeline. Shocks act through the model's mechanisms
// (see docs/model.md, "Shocks"); they never edit the country or the strategy.

#include "sovsim/Timeline.h"

#include <array>
#include <optional>
#include <string_view>

namespace sovsim {

enum class ShockType { SupplierCutoff, PriceHike, EnergyCrisis, ChipLeap, DemandSurge };
inline constexpr int kShockTypeCount = 5;
inline constexpr std::array<ShockType, kShockTypeCount> kAllShockTypes{
    ShockType::SupplierCutoff, ShockType::PriceHike, ShockType::EnergyCrisis, ShockType::ChipLeap,
    ShockType::DemandSurge};

std::string_view keyOf(ShockType type);
std::string_view displayNameOf(ShockType type);
std::optional<ShockType> shockTypeFromKey(std::string_view key);

struct Shock {
    ShockType type = ShockType::SupplierCutoff;
    YearMonth start{2030, 1};
    int durationMonths = 24; // a chip leap is permanent: its duration is ignored
    double severity = 0.8;   // 0..1, scales the shock's strength (see Assumptions::shock*Max)

    // Calendar test, never fractional years: a shock is active on a date from the first day of
    // its start month for `durationMonths` whole months; a chip leap lasts from its start on.
    bool activeOn(const Date& d) const {
        const int m = monthIndex(d.year, d.month);
        const int first = monthIndex(start.year, start.month);
        return m >= first && (type == ShockType::ChipLeap || m < first + durationMonths);
    }
    // Model time (years since 2025-01, month clock) at which the shock starts and ends.
    double startYears() const { return start.yearsSince2025(); }
    double endYears() const { return startYears() + durationMonths / 12.0; }

    static int monthIndex(int year, int month) { return (year - kStartYear) * 12 + (month - 1); }

    bool operator==(const Shock&) const = default;
};

} // namespace sovsim
