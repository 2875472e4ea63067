#pragma once
// One scenario of the open workshop as the window sees it: the editable scenario plus what only
// the window needs (its colour, whether it is shown, its state when loaded and the projections
// drawn for both).

#include "sovsim/Projection.h"
#include "sovsim/Scenario.h"

#include <QColor>

namespace sovsim::ui {

struct ScenarioEntry {
    sovsim::Scenario scenario;
    // The scenario as it was when the workshop was loaded (or the scenario was added). It stays
    // on the charts as a dashed reference line so participants see how far their edits moved.
    sovsim::Scenario loaded;
    QColor colour;
    bool visible = true;
    // Projections are owned here and re-run in place, so charts holding pointers to them only
    // need a refresh() after a re-run.
    sovsim::Projection projection;
    sovsim::Projection loadedProjection;
    bool needsRun = true;
};

} // namespace sovsim::ui
