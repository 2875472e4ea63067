#pragma once
// The workshop handout: a multi-page PDF with a cover (workshop name, date, each scenario's
// country, strategy postures, levers and shocks), one chart per page, and closing pages with
// the assumptions and the sources behind the country figures. Participants leave with the
// numbers and with what they rest on.

#include "charts/ChartData.h"
#include "charts/ChartTheme.h"
#include "export/ChartExporter.h"
#include "sovsim/Scenario.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

namespace sovsim::ui {

struct ReportOptions {
    QString workshopName;                        // empty: the workshop's own name
    QDate date = QDate::currentDate();           // printed on the cover
    std::vector<ChartSpec> charts = allCharts(); // one page each, in this order
    ThemeId theme = ThemeId::Light;              // Dark is allowed but wastes toner
};

struct ReportResult {
    bool ok = false;
    ExportResult::Problem problem = ExportResult::Problem::None;
    QString error;     // translated, names the file
    int pageCount = 0; // pages written: cover pages + one per chart + closing pages
    int coverPages = 0;
    int closingPages = 0;
};

// Writes the report to `path` (through a temporary file; nothing is left on failure; a device
// or a pipe is written straight through, see ChartExporter::writeAtomically).
// `scenarios` are the plotted scenarios in workshop order, one per workshop scenario (names,
// colours and projections; hidden ones are left out of the charts but stay in the tables).
ReportResult writeWorkshopReport(const QString& path, const sovsim::Workshop& workshop,
                                 const std::vector<PlottedScenario>& scenarios,
                                 const ReportOptions& options = {});

// The same report as PDF bytes in `pdf` (for `sovsim-cli report --out -`); `name` stands for
// the file in messages.
ReportResult renderWorkshopReport(QByteArray& pdf, const QString& name,
                                  const sovsim::Workshop& workshop,
                                  const std::vector<PlottedScenario>& scenarios,
                                  const ReportOptions& options = {});

} // namespace sovsim::ui
