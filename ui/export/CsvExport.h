#pragma once
// The numbers behind the charts as CSV, for people who continue in a spreadsheet. The series
// file has the same tidy columns as `sovsim-cli run` (scenario,date,metric,value, values in
// model units), so the two can be concatenated; the settings file lists every input of every
// scenario (scenario,parameter,value,unit), shocks included.

#include "charts/ChartData.h"
#include "sovsim/Scenario.h"

#include <QByteArray>

namespace sovsim::ui {

// Rows for every visible scenario with a projection, every metric the charts draw (each metric
// once, in chart order) and every step. Absolute values even when a chart shows differences.
QByteArray plottedSeriesCsv(const std::vector<ChartSpec>& charts,
                            const std::vector<PlottedScenario>& scenarios);

// Every registry parameter of every scenario, then its shocks
// ("shocks[0].type", "shocks[0].start", "shocks[0].duration_months", "shocks[0].severity").
QByteArray settingsCsv(const sovsim::Workshop& workshop);

// A text cell (RFC 4180): quoted when it holds a comma, quote or line break, and with a single
// quote in front when a spreadsheet would read it as a formula (=, +, -, @, tab, carriage
// return), as the CLI writes names. Numbers go through csvNumber and stay numbers.
QByteArray csvField(const QString& text);
// Up to 10 significant digits, no trailing zeros, "." as decimal point; empty if not finite.
QByteArray csvNumber(double value);

} // namespace sovsim::ui
