#pragma once
// The caption under every exported chart: what is compared, which shocks, which version of
// SovSim and of the model produced it, and where the preset figures come from. A slide taken
// out of its deck still says what it shows.

#include "charts/ChartData.h"

#include <QString>
#include <QStringList>

namespace sovsim::ui {

// "SovSim 0.1.0 - model 1.0"
QString versionLine();

// Sources of the country presets used by the plotted scenarios, de-duplicated, in preset order,
// without the stated assumptions. Short form: "Title (Publisher), Year", the part before the
// URL, for slide captions; long form: the full text as in the preset file.
QStringList presetSources(const std::vector<PlottedScenario>& scenarios, bool shortForm = true);
// "Title (Publisher), 2024" from "Title (Publisher), 2024, https://...: detail".
QString shortSource(const QString& source);

// Multi-line caption: "Scenarios: ...", "Shocks: ..." (or "No shocks"), version line,
// "Sources: ...". `workshopName` is prefixed when not empty.
QString exportCaption(const ChartInput& input, const QString& workshopName);

} // namespace sovsim::ui
