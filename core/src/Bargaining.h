#pragma once
// Bargaining leverage as an asymmetric Nash bargaining solution between the country and its
// compute suppliers (docs/model.md, mechanism 4). The deal's joint surplus is normalised to 1;
// each side's disagreement point is the value of its outside options.

namespace sovsim::detail {

struct BargainingInputs {
    // Country side
    double domesticFallback = 0.0; // share of demand served by owned + usable hosted capacity, 0..1
    double switchability = 0.0;    // share of workloads movable to another supplier, 0..1
    double bargainingPower = 0.5;  // Nash weight beta, 0..1
    // What the country brings (each already scaled to its maximum share of deal value), 0..1
    double marketPull = 0.0;
    double regulationPull = 0.0;
    double powerPull = 0.0;
    double dataPull = 0.0;
    double capitalPull = 0.0;
    // Supplier side
    double supplierTightness = 0.6; // value of selling the capacity elsewhere, 0..1
};

struct BargainingOutcome {
    double countryThreat = 0.0;  // d_C
    double supplierThreat = 0.0; // d_S
    double countryBrings = 0.0;  // K
    double leverage = 0.0;       // country's share of the joint surplus, 0..1
};

BargainingOutcome solveBargaining(const BargainingInputs& in);

} // namespace sovsim::detail
