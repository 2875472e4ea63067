#include "sovsim/Projection.h"

namespace sovsim {

void Projection::reset(const Timeline& timeline) {
    timeline_ = timeline;
    steps_ = timeline.stepCount();
    values_.assign(static_cast<size_t>(steps_) * kMetricCount, 0.0);
}

std::span<const double> Projection::series(Metric m) const {
    const auto offset = static_cast<size_t>(m) * static_cast<size_t>(steps_);
    return {values_.data() + offset, static_cast<size_t>(steps_)};
}

std::span<double> Projection::series(Metric m) {
    const auto offset = static_cast<size_t>(m) * static_cast<size_t>(steps_);
    return {values_.data() + offset, static_cast<size_t>(steps_)};
}

double Projection::atYear(Metric m, int year) const {
    return at(m, timeline_.indexAtOrBefore(year, 1));
}

} // namespace sovsim
