#pragma once
// Small functions and constants every mechanism uses (docs/model.md, "Time, units and
// conventions").

#include "sovsim/Scenario.h"

#include <algorithm>
#include <cmath>

namespace sovsim::detail {

inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kEpsilon = 1e-12;

inline double clamp01(double v) {
    return std::min(1.0, std::max(0.0, v));
}

// sat(x, h) = x / (x + h): 0.5 at x = h, 0 for x <= 0.
inline double saturate(double x, double half) {
    return x <= 0.0 ? 0.0 : x / (x + half);
}

// Growth factor (1 + g)^t computed from elapsed time, never accumulated step by step.
inline double grow(double ratePerYr, double t) {
    return std::exp(t * std::log1p(ratePerYr));
}

// Share of a gap a first-order adjustment with time constant `tau` closes in a step of `dt`:
// 1 - exp(-dt / tau). Exact for a constant target, so results do not depend on the step.
inline double gapClosed(double dt, double tau) {
    return tau > kEpsilon ? -std::expm1(-dt / tau) : 1.0;
}

// Rate (per year) at which a gap closes under a first-order adjustment with time constant
// `tau`: 1 / tau, but never faster than one step, so a step cannot overshoot the gap.
inline double closingRate(double dt, double tau) {
    return 1.0 / std::max(tau, dt);
}

// Export-control tier 1, 2 or 3 (the slider is whole; a stray fraction rounds to the nearest).
inline int exportTier(const CountryProfile& c) {
    return std::clamp(static_cast<int>(c.exportControlTier + 0.5), 1, 3);
}

// What one step needs to know about the scenario and the clock.
struct StepClock {
    int k = 0;                     // step index
    double t = 0.0;                // model time at the step start, years since 2025-01-01
    double dt = 0.0;               // step length, years
    Date date;                     // calendar date at the step start
    int calendarYear = kStartYear; // date.year
    double yearFraction = 0.0;     // t minus the whole years since 2025
};

} // namespace sovsim::detail
