#pragma once
// What one chart shows: which metrics, on which axis, in which line style, with which titles.
// Every chart in SovSim (window, enlarged view, export, report) is the same component configured
// by one of these, so a change of wording or units happens in one place.

#include "sovsim/Metric.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sovsim::ui {

// How a series is drawn within one scenario's colour. Scenarios differ by colour (and, in the
// print theme, by marker); the metrics of one chart differ by line style.
enum class LineStyle { Solid, Dashed, Dotted };

enum class AxisSide { Left, Right };

// One value axis. Values are shown as raw * scale, so shares (0..1) read as percentages.
struct AxisSpec {
    QString title;           // translated, without the unit: "Compute access"
    QString unit;            // translated: "H100-equivalents", "%", "USD bn"
    QString differenceUnit;  // unit of a difference; empty means the same as `unit`
    double scale = 1.0;      // displayed value = model value * scale
    bool startAtZero = true; // absolute values are never negative: keep 0 on the axis
    // Use a logarithmic axis when the scenarios differ in size by 20x or more (Japan's compute
    // next to Kenya's), so the smaller country is not a flat line at zero. Never in difference
    // mode.
    bool logScale = false;
    // With logScale: use the logarithmic axis whenever all values are positive, for quantities
    // that fall by orders of magnitude over time (a cost per unit as chips get cheaper).
    bool alwaysLog = false;

    // "Compute access (H100-equivalents)"
    QString titleWithUnit(bool difference = false) const;
};

struct SeriesSpec {
    sovsim::Metric metric = sovsim::Metric::ComputeAccessTotal;
    QString label; // translated legend key for this metric: "total", "assured"
    LineStyle style = LineStyle::Solid;
    AxisSide axis = AxisSide::Left;
};

struct ChartSpec {
    QString id;       // stable, never translated: "compute"; used by the CLI and in file names
    QString title;    // translated: "Compute access"
    QString subtitle; // translated, one plain sentence saying what the chart shows
    AxisSpec leftAxis;
    AxisSpec rightAxis; // used only when a series is on AxisSide::Right
    std::vector<SeriesSpec> series;

    bool hasRightAxis() const;
    const AxisSpec& axis(AxisSide side) const {
        return side == AxisSide::Left ? leftAxis : rightAxis;
    }
};

// The six charts the workshop window shows, in display order: compute access (total and
// assured), energy demand (data-centre load and share of generation), bargaining leverage,
// critical inference coverage, public cost per unit of compute, local-language capability.
std::vector<ChartSpec> standardCharts();
// Further charts available for enlargement and export: cumulative public cost, agency index,
// contract price.
std::vector<ChartSpec> extraCharts();
// standardCharts() followed by extraCharts().
std::vector<ChartSpec> allCharts();
// The chart with this id among allCharts() (titles in the current language), or nullopt.
std::optional<ChartSpec> findChart(const QString& id);
// Ids of allCharts(), in order: "compute", "energy", ...
QStringList chartIds();

} // namespace sovsim::ui
