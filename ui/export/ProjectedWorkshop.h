#pragma once
// A workshop with every scenario run through the model: what the CLI export, the report and the
// tests chart. The projections live here, so the PlottedScenario pointers stay valid for as
// long as this object does (do not copy it while plotted() results are in use).

#include "charts/ChartData.h"
#include "sovsim/Projection.h"
#include "sovsim/Scenario.h"

#include <vector>

namespace sovsim::ui {

class ProjectedWorkshop {
public:
    explicit ProjectedWorkshop(sovsim::Workshop workshop);
    ProjectedWorkshop(const ProjectedWorkshop&) = delete;
    ProjectedWorkshop& operator=(const ProjectedWorkshop&) = delete;

    const sovsim::Workshop& workshop() const { return workshop_; }
    const std::vector<sovsim::Projection>& projections() const { return projections_; }
    // Every scenario, visible, in the palette's colours in workshop order.
    std::vector<PlottedScenario> plotted() const;

private:
    sovsim::Workshop workshop_;
    std::vector<sovsim::Projection> projections_;
};

} // namespace sovsim::ui
