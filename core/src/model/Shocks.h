#pragma once
// §9 Shocks: the intensity of each kind of event on a calendar date.

#include "model/Common.h"

namespace sovsim::detail {

struct ShockLevels {
    double cutoff = 0.0;         // s_cut
    double priceHike = 0.0;      // s_hike
    double energy = 0.0;         // s_energy
    double demandSurge = 0.0;    // s_surge
    double chipLeap = 1.0;       // Leap: price-performance multiplier, permanent once it happens
    double efficiencyLeap = 1.0; // LeapE: energy-efficiency multiplier
};

ShockLevels shocksOn(const Scenario& s, const Date& date);

} // namespace sovsim::detail
