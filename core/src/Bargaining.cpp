#include "Bargaining.h"

#include <algorithm>

namespace sovsim::detail {

BargainingOutcome solveBargaining(const BargainingInputs& in) {
    BargainingOutcome out;
    // The country's outside option: either it serves the workload itself or it switches
    // supplier; it walks away well if either route works ("noisy or").
    out.countryThreat = 1.0 - (1.0 - in.switchability) * (1.0 - in.domesticFallback);
    // What the supplier loses by walking away: each asset independently keeps it at the table.
    out.countryBrings = 1.0 - (1.0 - in.marketPull) * (1.0 - in.regulationPull) *
                                  (1.0 - in.powerPull) * (1.0 - in.dataPull) *
                                  (1.0 - in.capitalPull);
    // The supplier's outside option: selling the same capacity elsewhere, less what it forfeits.
    out.supplierThreat = in.supplierTightness * (1.0 - out.countryBrings);

    const double dC = out.countryThreat;
    const double dS = out.supplierThreat;
    const double gap = 1.0 - dC - dS; // surplus left after both outside options
    if (gap >= 0.0) {
        // Nash: each side gets its threat point plus its bargaining-power share of the rest.
        out.leverage = dC + in.bargainingPower * gap;
    } else {
        // No surplus beyond the outside options: the side with the stronger threat keeps a
        // proportionally larger share (continuous with the Nash case at gap = 0).
        out.leverage = dC / (dC + dS);
    }
    out.leverage = std::clamp(out.leverage, 0.0, 1.0);
    return out;
}

} // namespace sovsim::detail
