#pragma once
// What the exact stock updates need for a step of length dt: the share of a gap each
// first-order adjustment closes, decay and growth factors, and the exogenous paths' factors over
// half and a whole step. They depend only on the scenario and dt, so a run computes them once
// per step length (months and quarters have one; week steps a few).

#include "model/Technology.h"

namespace sovsim::detail {

struct StepDecay {
    double dt = -1.0;
    double termsClosed = 0.0;    // 1 - e^{-dt / renegotiation years}
    double languageClosed = 0.0; // 1 - e^{-dt / language adjustment years}
    double signingClosed = 0.0;  // 1 - e^{-dt / contract signing years}
    double expiryClosed = 0.0;   // 1 - e^{-dt / contract term years}
    double hostedKept = 1.0;     // e^{-dt / useful life}
    double hostedGapKept = 1.0;  // e^{-(1 / hosting build years + 1 / useful life) dt}
    double talentGrowth = 1.0;   // e^{g dt}
    double talentIntegral = 0.0; // (e^{g dt} - 1) / g, or dt when g = 0
    TimeFactors half;            // exogenous paths over dt / 2
    TimeFactors whole;           // exogenous paths over dt
};

StepDecay stepDecay(const Scenario& s, const RunConstants& rates, double dt);

} // namespace sovsim::detail
