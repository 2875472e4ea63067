#include "model/Shocks.h"

namespace sovsim::detail {

ShockLevels shocksOn(const Scenario& s, const Date& date) {
    ShockLevels l;
    for (const Shock& shock : s.shocks) {
        if (!shock.activeOn(date)) {
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
        case ShockType::ChipLeap: {
            const double leap = shock.severity * s.assumptions.shockChipLeapMax;
            // A new generation brings the same gain per watt as per dollar (H100 to B200: about
            // 2.5x the throughput for about 1.4x the power per GPU).
            l.chipLeap *= 1.0 + leap;
            l.efficiencyLeap *= 1.0 + leap;
            break;
        }
        }
    }
    // Overlapping shocks of one kind add up, capped at full severity.
    l.cutoff = clamp01(l.cutoff);
    l.priceHike = clamp01(l.priceHike);
    l.energy = clamp01(l.energy);
    l.demandSurge = clamp01(l.demandSurge);
    return l;
}

} // namespace sovsim::detail
