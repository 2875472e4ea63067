#pragma once
// How each posture enters the mechanisms: the structural coefficients of docs/model.md,
// "Postures". Kept in one table so the documentation and the code can be read side by side.

#include "sovsim/Stack.h"

#include <array>

namespace sovsim::detail {

// Indexed by Posture: {Control, Steer, Depend}.
using ByPosture = std::array<double, kPostureCount>;

inline double pick(const ByPosture& table, Posture p) {
    return table[static_cast<size_t>(p)];
}

struct PostureEffects {
    // Energy: multiplier on the power buildable per year; Control builds the extra with public
    // money.
    static constexpr ByPosture energyBuildMultiplier{1.3, 1.15, 1.0};
    static constexpr double energyPublicBuildShare = 0.3; // of buildable GW/yr, under Control
    // Chips: exposure of chip imports to a cut-off (Control makes them at home instead).
    static constexpr ByPosture chipCutoffExposure{0.0, 0.7, 1.0};
    // Compute: share of the compute budget spent on owned capacity (the rest on agreements),
    // pull on foreign hosting, localisation bonus, scale of agreements.
    static constexpr ByPosture ownedBudgetShare{0.9, 0.5, 0.0};
    static constexpr ByPosture hostingPull{0.3, 1.0, 0.9};
    static constexpr ByPosture localisationBonus{0.0, 0.1, 0.0};
    static constexpr ByPosture agreementScale{0.3, 1.0, 1.0};
    // Data: effective quality of national data for models; value of data to a supplier.
    static constexpr ByPosture dataQualityMultiplier{1.15, 1.1, 0.9};
    static constexpr ByPosture dataBargainingValue{1.0, 1.0, 0.6};
    // Models: effect of fine-tuning programmes; Control also trains from scratch.
    static constexpr ByPosture fineTuneMultiplier{1.0, 1.2, 0.5};
    // Applications: speed of adoption.
    static constexpr ByPosture adoptionMultiplier{0.9, 1.1, 1.0};
    // Talent: training rate multiplier and attrition multiplier.
    static constexpr ByPosture talentTrainingMultiplier{1.3, 1.15, 1.0};
    static constexpr ByPosture talentAttritionMultiplier{1.0, 1.0, 1.2};
};

} // namespace sovsim::detail
