#include "sovsim/Assumptions.h"

namespace sovsim {

double leverBudgetShare(const Assumptions& a, Lever lever) {
    switch (lever) {
    case Lever::ComputeAgreements:
        return a.leverCostAgreements;
    case Lever::SectorDiffusion:
        return a.leverCostDiffusion;
    case Lever::DemandAggregation:
        return a.leverCostAggregation;
    case Lever::Interoperability:
        return a.leverCostInteroperability;
    case Lever::SmallModels:
        return a.leverCostSmallModels;
    case Lever::TalentCapacity:
        return a.leverCostTalent;
    case Lever::EnergyPlanning:
        return a.leverCostEnergyPlanning;
    }
    return 0.0;
}

} // namespace sovsim
