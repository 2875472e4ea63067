#pragma once
// Owned accelerators kept as purchase-year cohorts ("vintages"). A cohort keeps its H100e count,
// its IT power and what it cost until it reaches the end of its useful life; it never gets
// faster, which is why owned compute loses value relative to the market as chips improve.

#include <Eigen/Core>

namespace sovsim::detail {

class VintageFleet {
public:
    // One cohort for the stock that exists in 2025 plus one per purchase year up to 2050.
    static constexpr int kMaxCohorts = 32;

    void clear() {
        h100e_.setZero();
        itKw_.setZero();
        costUsd_.setZero();
        retireAtYears_.setConstant(1e9);
    }

    // Adds purchases to cohort `slot`, which retires at `retireAtYears` (years since 2025-01).
    void add(int slot, double h100e, double itKw, double costUsd, double retireAtYears) {
        h100e_(slot) += h100e;
        itKw_(slot) += itKw;
        costUsd_(slot) += costUsd;
        retireAtYears_(slot) = retireAtYears;
    }

    // Retires cohorts whose service life has ended. A cohort's purchases were spread over its
    // purchase year, so it leaves service evenly over the year after `retireAtYears`: in a step
    // of length dtYears it loses dtYears / (time left in that year) of what remains. This keeps
    // load and capacity curves free of a yearly sawtooth.
    void retire(double tYears, double dtYears) {
        const Column left = retireAtYears_ + 1.0 - tYears;
        const Column kept =
            (tYears < retireAtYears_)
                .select(Column::Ones(), (left > dtYears).select(1.0 - dtYears / left, 0.0));
        h100e_ *= kept;
        itKw_ *= kept;
        costUsd_ *= kept;
    }

    double h100e() const { return h100e_.sum(); }
    double itKw() const { return itKw_.sum(); }
    double costUsd() const { return costUsd_.sum(); }

private:
    using Column = Eigen::Array<double, kMaxCohorts, 1>;
    Column h100e_ = Column::Zero();
    Column itKw_ = Column::Zero();
    Column costUsd_ = Column::Zero();
    Column retireAtYears_ = Column::Constant(1e9);
};

} // namespace sovsim::detail
