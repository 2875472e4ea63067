#pragma once
// Accelerators kept as purchase-year cohorts ("vintages"): the public fleet (§2a) and the
// foreign-operated fleet hosted in the country (§2c). A cohort keeps its H100e count, its IT
// power and what it cost; it never gets faster, which is why owned compute loses value as chips
// improve. A cohort bought during calendar year Y leaves service evenly over the year that starts
// at `retireStart` (Y + useful life), so what remains at time t is the exact function
//   size(t) = bought * clamp(retireStart + 1 - t, 0, 1)
// and no step length can make a cohort retire early or late.

#include <Eigen/Core>
#include <algorithm>

namespace sovsim::detail {

struct FleetTotals {
    double h100e = 0.0;
    double itKw = 0.0;
    double costUsd = 0.0;
};

class VintageFleet {
public:
    // Slot 0 holds the stock that exists in 2025; slot 1 + (Y - 2025) the purchases of year Y.
    static constexpr int kMaxCohorts = 32;
    static int slotOfYear(int yearsSince2025) {
        return 1 + std::clamp(yearsSince2025, 0, kMaxCohorts - 2);
    }

    void clear() {
        h100e_.setZero();
        itKw_.setZero();
        costUsd_.setZero();
        retireStart_.setConstant(1e9);
    }

    // Adds purchases to cohort `slot`, which starts leaving service at `retireStart` (years
    // since 2025-01-01, model time).
    void add(int slot, double h100e, double itKw, double costUsd, double retireStart) {
        h100e_(slot) += h100e;
        itKw_(slot) += itKw;
        costUsd_(slot) += costUsd;
        retireStart_(slot) = retireStart;
    }

    // What is still in service at time `t` (years since 2025-01-01).
    FleetTotals at(double t) const {
        const Column kept = (retireStart_ + 1.0 - t).max(0.0).min(1.0);
        return {(h100e_ * kept).sum(), (itKw_ * kept).sum(), (costUsd_ * kept).sum()};
    }

private:
    using Column = Eigen::Array<double, kMaxCohorts, 1>;
    Column h100e_ = Column::Zero();
    Column itKw_ = Column::Zero();
    Column costUsd_ = Column::Zero();
    Column retireStart_ = Column::Constant(1e9);
};

} // namespace sovsim::detail
