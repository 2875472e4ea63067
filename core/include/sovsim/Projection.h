#pragma once
// What a run returns: one series per metric at every step of the timeline.
// Storage is one contiguous buffer (metric-major) so a re-run reuses it without allocating.

#include "sovsim/Metric.h"
#include "sovsim/Timeline.h"

#include <span>
#include <vector>

namespace sovsim {

class Projection {
public:
    Projection() = default;
    explicit Projection(const Timeline& timeline) { reset(timeline); }

    void reset(const Timeline& timeline);

    const Timeline& timeline() const { return timeline_; }
    int stepCount() const { return steps_; }
    Date dateAt(int step) const { return timeline_.dateAt(step); }
    double yearsAt(int step) const { return timeline_.yearsAt(step); }
    // Fractional calendar year at a step start (2025.0, 2025.083...), for chart x-axes.
    double yearAt(int step) const { return kStartYear + timeline_.yearsAt(step); }

    std::span<const double> series(Metric m) const;
    std::span<double> series(Metric m);
    double at(Metric m, int step) const { return series(m)[static_cast<size_t>(step)]; }
    // Value at the step that starts on or just before 1 January of `year`.
    double atYear(Metric m, int year) const;

    bool operator==(const Projection&) const = default;

private:
    Timeline timeline_;
    int steps_ = 0;
    std::vector<double> values_; // kMetricCount * steps_
};

} // namespace sovsim
