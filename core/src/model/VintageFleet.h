#pragma once
// Accelerators kept as purchase-year cohorts ("vintages"): the public fleet (§2a) and the
// foreign-operated fleet hosted in the country (§2c). A cohort keeps its H100e count, its IT
// power and what it cost; it never gets faster, which is why owned compute loses value as chips
// improve. A cohort bought during calendar year Y leaves service evenly over the year that starts
// at `retireStart` (Y + useful life), so what remains at time t is the exact function
//   size(t) = bought * clamp(retireStart + 1 - t, 0, 1)
// and no step length can make a cohort retire early or late.

#include <algorithm>
#include <array>
#include <cmath>

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
        used_ = 0;
        firstAlive_ = 1;
    }

    // Stops looking at purchase cohorts that have fully left service by `t`. Purchase cohorts
    // (slots 1 and up) retire in slot order, so they drop off the front; slot 0 is always kept.
    void forgetRetired(double t) {
        while (firstAlive_ < used_ &&
               cohorts_[static_cast<size_t>(firstAlive_)].retireStart + 1.0 <= t) {
            ++firstAlive_;
        }
    }

    // Adds purchases to cohort `slot`, which starts leaving service at `retireStart` (years
    // since 2025-01-01, model time).
    void add(int slot, double h100e, double itKw, double costUsd, double retireStart) {
        while (used_ <= slot) {
            cohorts_[static_cast<size_t>(used_++)] = Cohort{};
        }
        Cohort& c = cohorts_[static_cast<size_t>(slot)];
        c.h100e += h100e;
        c.itKw += itKw;
        c.costUsd += costUsd;
        c.retireStart = retireStart;
    }

    // What is still in service at time `t` (years since 2025-01-01).
    FleetTotals at(double t) const {
        FleetTotals total;
        for (int i = 0; i < used_; i = i == 0 ? std::max(1, firstAlive_) : i + 1) {
            const Cohort& c = cohorts_[static_cast<size_t>(i)];
            const double kept = std::min(1.0, std::max(0.0, c.retireStart + 1.0 - t));
            total.h100e += c.h100e * kept;
            total.itKw += c.itKw * kept;
            total.costUsd += c.costUsd * kept;
        }
        return total;
    }

private:
    struct Cohort {
        double h100e = 0.0;
        double itKw = 0.0;
        double costUsd = 0.0;
        double retireStart = 1e9;
    };
    std::array<Cohort, kMaxCohorts> cohorts_{};
    int used_ = 0;       // slots 0 .. used_ - 1 hold cohorts
    int firstAlive_ = 1; // first purchase slot still (partly) in service
};

} // namespace sovsim::detail
