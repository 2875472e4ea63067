#pragma once
// §4 Bargaining leverage: an asymmetric Nash bargaining solution between the country and its
// compute suppliers. The deal's joint surplus is normalised to 1; each side's disagreement point
// is the value of its outside options.

#include "model/Budget.h"
#include "model/Energy.h"
#include "model/Technology.h"

namespace sovsim::detail {

struct BargainingInputs {
    // Country side
    double fallback = 0.0;        // phi: weight of the sovereign fleet as a walk-away option
    double switchability = 0.0;   // omega: share of workloads movable to another supplier
    double chipOption = 0.0;      // what a chip industry adds to the walk-away option
    double bargainingPower = 0.5; // beta, Nash weight
    // What the country brings (each already scaled to its maximum share of deal value)
    double marketPull = 0.0;
    double regulationPull = 0.0;
    double powerPull = 0.0;
    double dataPull = 0.0;
    double capitalPull = 0.0;
    double chipPull = 0.0;
    // Supplier side
    double supplierTightness = 0.6; // value of selling the capacity elsewhere
};

struct BargainingOutcome {
    double countryThreat = 0.0;  // d_C
    double supplierThreat = 0.0; // d_S
    double countryBrings = 0.0;  // K
    double leverage = 0.0;       // country's share of the joint surplus, 0..1
};

// The inputs from the country's position this step. `sovereignH100e` is F, the compute the
// country commands without the supplier (owned capacity and protected hosted capacity).
BargainingInputs bargainingInputs(const Scenario& s, const RunConstants& k, double sovereignH100e,
                                  const Technology& tech, const Energy& energy,
                                  const ShockLevels& shock);

BargainingOutcome solveBargaining(const BargainingInputs& in);

} // namespace sovsim::detail
