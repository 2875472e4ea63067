#include "export/ProjectedWorkshop.h"

#include "charts/Palette.h"
#include "sovsim/Model.h"

namespace sovsim::ui {

ProjectedWorkshop::ProjectedWorkshop(sovsim::Workshop workshop) : workshop_(std::move(workshop)) {
    projections_.reserve(workshop_.scenarios.size());
    for (const sovsim::Scenario& scenario : workshop_.scenarios) {
        projections_.push_back(sovsim::project(scenario));
    }
}

std::vector<PlottedScenario> ProjectedWorkshop::plotted() const {
    std::vector<PlottedScenario> out;
    for (size_t i = 0; i < workshop_.scenarios.size(); ++i) {
        out.push_back(plottedScenario(workshop_.scenarios[i], &projections_[i],
                                      scenarioColour(static_cast<int>(i))));
    }
    return out;
}

} // namespace sovsim::ui
