#pragma once
// The plain data behind a chart: which scenarios are plotted, and the lines and shock periods
// computed from them. No drawing here, so tests and the CSV export see exactly what is drawn.

#include "charts/ChartSpec.h"
#include "sovsim/Projection.h"
#include "sovsim/Scenario.h"
#include "sovsim/Shock.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <string>
#include <vector>

namespace sovsim::ui {

// One scenario as the charts see it. The projections are owned by the caller and must stay
// valid until the next setScenarios() (or until the chart is destroyed); re-running the model
// into the same Projection object and calling refresh() is the cheap path for live edits.
struct PlottedScenario {
    QString name;
    QColor colour;
    const sovsim::Projection* projection = nullptr; // nothing is drawn for this scenario if null
    // The scenario's state when the workshop was loaded, drawn dotted and paler in the same
    // colour so participants see how far their edits moved it. Null: no reference line.
    const sovsim::Projection* reference = nullptr;
    bool visible = true;
    std::vector<sovsim::Shock> shocks; // shaded on the chart
    std::string countryPreset;         // preset id, for "Sources:" captions ("" if none)
};

// Fills name, shocks and countryPreset from a scenario.
PlottedScenario plottedScenario(const sovsim::Scenario& scenario,
                                const sovsim::Projection* projection, const QColor& colour,
                                const sovsim::Projection* reference = nullptr);

// Everything a chart needs besides its look.
struct ChartInput {
    ChartSpec spec;
    std::vector<PlottedScenario> scenarios;
    // Index into `scenarios` of the reference in difference mode: every other visible scenario
    // is drawn as its value minus the reference's at the same date. -1: absolute values.
    int differenceReference = -1;

    bool differenceMode() const;
};

// One drawn line, in display units (AxisSpec::scale applied, difference taken).
struct ChartLine {
    int scenario = -1;        // index into ChartInput::scenarios
    int series = -1;          // index into ChartSpec::series
    bool isReference = false; // the "as loaded" line
    QVector<double> years;    // fractional calendar years (2025.0, 2025.083, ...)
    QVector<double> values;
};

// The lines the chart draws: for each visible scenario with a projection (except the
// difference reference), each series, then its "as loaded" line if it has one. Deterministic
// order: scenario, then series, then main line before reference line.
std::vector<ChartLine> chartLines(const ChartInput& input);

// A shock period to shade. Identical shocks of several scenarios are merged; `scenarios`
// names those that have it when not every plotted scenario does.
struct ShockBand {
    sovsim::ShockType type = sovsim::ShockType::SupplierCutoff;
    double startYear = 0; // fractional calendar year
    double endYear = 0;   // equal to the chart's last year for a permanent shock (chip leap)
    bool permanent = false;
    double severity = 0;
    QStringList scenarios; // empty when every visible scenario has this shock
    QString label() const; // translated: "Supplier cut-off" or "Supplier cut-off (Kenya)"
};
std::vector<ShockBand> shockBands(const ChartInput& input);

// One shock of one scenario, as a bar in that scenario's lane above the plot.
struct ShockBar {
    sovsim::ShockType type = sovsim::ShockType::SupplierCutoff;
    double startYear = 0; // fractional calendar year, clipped to the plotted years
    double endYear = 0;   // the chart's last year for a permanent shock (chip leap)
    bool permanent = false;
    double severity = 0;
    int row = 0;             // row within the lane: bars that overlap in time take separate rows
    QString name() const;    // translated shock type: "Supplier cut-off"
    QString details() const; // "Supplier cut-off: Jan 2030 to Jan 2032, severity 80%"
};

// The shocks of one plotted scenario, drawn as a lane above the plot in the scenario's colour,
// so which shock belongs to which scenario reads at a glance.
struct ShockLane {
    int scenario = -1;          // index into ChartInput::scenarios
    QString name;               // the scenario's full name (tooltips)
    QString shortName;          // the lane's label: "Japan" for "Japan - resilience first"
    std::vector<ShockBar> bars; // by start year
    int rowCount = 1;
};
// One lane per visible scenario with a shock in the plotted years, in scenario order.
std::vector<ShockLane> shockLanes(const ChartInput& input);

// Short labels for scenario names: the part before a " - " (or a full-width dash) when that part
// tells the names apart, else the whole name. "Japan - resilience first" -> "Japan".
QStringList shortScenarioNames(const QStringList& names);

// "80%" in the user's locale.
QString severityText(double severity);

// First and last year covered by the visible projections; {2025, 2040} when there are none.
std::pair<double, double> yearRange(const ChartInput& input);

// Year-cursor text: one line per visible scenario and series with its value at the step
// nearest `year`, e.g. "Japan - total: 152,300 H100-equivalents". First line is the date.
QStringList cursorText(const ChartInput& input, double year);

// Translated display name of a shock type ("Supplier cut-off").
QString shockTypeName(sovsim::ShockType type);

// Locale-aware number for axes, cursor and captions: group separators, sensible decimals.
QString formatValue(double value, double magnitudeHint = 0.0);

} // namespace sovsim::ui
