#pragma once
// The one adapter between SovSim data and QCustomPlot: it (re)builds a plot from a ChartInput
// and a ChartStyle. The chart panel, the enlarged view, every export and the report call it, so
// they all look alike and a fix lands everywhere.

#include "charts/ChartData.h"
#include "charts/ChartTheme.h"

#include <optional>

class QCustomPlot;

namespace sovsim::ui {

// Rebuilds `plot` from scratch: layout (title, subtitle, axes, legend outside the data,
// footer), one graph per ChartLine, shaded and labelled shock periods, zero line in difference
// mode. Returns the lines it drew. Does not call replot().
std::vector<ChartLine> buildChart(QCustomPlot& plot, const ChartInput& input,
                                  const ChartStyle& style);

// Draws (or, with nullopt, removes) the year cursor: a vertical line and a box listing every
// scenario's value at that year. Call after buildChart(); does not call replot().
void setYearCursor(QCustomPlot& plot, const ChartInput& input, const ChartStyle& style,
                   std::optional<double> year);

} // namespace sovsim::ui
