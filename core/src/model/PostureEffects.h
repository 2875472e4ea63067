#pragma once
// How each posture enters the mechanisms: the structural coefficients of docs/model.md,
// "How postures and levers enter". Kept in one table so the documentation and the code can be
// read side by side. Changing a value changes the model version.

#include "sovsim/Stack.h"

#include <array>

namespace sovsim::detail {

// Indexed by Posture: {Control, Steer, Depend}.
using ByPosture = std::array<double, kPostureCount>;

inline double pick(const ByPosture& table, Posture p) {
    return table[static_cast<size_t>(p)];
}

struct PostureEffects {
    // Energy: multiplier on the grid power buildable for data centres per year (Control also
    // pays for generation from the budget, §8a).
    static constexpr ByPosture energyBuild{1.15, 1.15, 1.0};
    // Chips: exposure of chip imports to a cut-off (Control makes them at home instead).
    static constexpr ByPosture chipCutoffExposure{0.0, 0.7, 1.0};
    // Compute: share of the compute budget spent on owned capacity (the rest on agreements);
    // foreign investors' appetite; protection of hosted capacity by local-control rules
    // (sovereign-cloud requirements under Steer, local operation under Control); scale of
    // agreements.
    static constexpr ByPosture ownedBudgetShare{0.9, 0.5, 0.0};
    static constexpr ByPosture hostingPull{0.3, 1.0, 0.9};
    static constexpr ByPosture localControl{0.5, 0.3, 0.0};
    static constexpr ByPosture agreementScale{0.3, 1.0, 1.0};
    // Data: effective quality of national data for models; value of data to a supplier;
    // residency rules that keep cloud demand in the country.
    static constexpr ByPosture dataQuality{1.15, 1.1, 0.9};
    static constexpr ByPosture dataBargainingValue{1.0, 1.0, 0.6};
    static constexpr ByPosture residency{0.3, 0.2, 0.0};
    // Models: effect of fine-tuning programmes; Control also trains from scratch.
    static constexpr ByPosture fineTune{1.0, 1.2, 0.5};
    // Applications: speed of adoption.
    static constexpr ByPosture adoption{0.9, 1.1, 1.0};
    // Talent: training rate multiplier and attrition multiplier.
    static constexpr ByPosture talentTraining{1.3, 1.15, 1.0};
    static constexpr ByPosture talentAttrition{1.0, 1.0, 1.2};
};

} // namespace sovsim::detail
