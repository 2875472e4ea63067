#pragma once
// A chart panel of the workshop window: a QCustomPlot configured by a ChartSpec, showing every
// plotted scenario, with a year cursor on hover, shaded shocks, an enlarge button and an export
// button. Updates are coalesced into one replot per frame so slider drags stay smooth.

#include "charts/ChartData.h"
#include "charts/ChartTheme.h"

#include <QWidget>
#include <optional>

class QCustomPlot;
class QTimer;
class QToolButton;
class QMouseEvent;

namespace sovsim::ui {

class ChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit ChartWidget(ChartSpec spec, QWidget* parent = nullptr);
    ~ChartWidget() override;

    const ChartSpec& spec() const { return input_.spec; }
    const ChartInput& input() const { return input_; }

    // Replaces the plotted scenarios (order = legend order). Schedules a replot.
    void setScenarios(std::vector<PlottedScenario> scenarios);
    // The projections changed in place (a live re-run): schedules a replot.
    void refresh();
    // Difference view: each scenario minus scenarios[index]; -1 shows absolute values.
    void setDifferenceReference(int index);
    int differenceReference() const { return input_.differenceReference; }
    // Look: light or dark theme, base font size (presentation mode passes a larger one).
    void setTheme(ThemeId theme);
    void setFontPixelSize(double px);
    // Name of the workshop, used in export captions and suggested file names.
    void setWorkshopName(const QString& name);
    const QString& workshopName() const { return workshopName_; }

    // "Restore" instead of "Enlarge" on the button while the chart fills the window.
    void setEnlarged(bool enlarged);

    // Year cursor (hover does this; tests and the summary table may set it directly).
    void setCursorYear(std::optional<double> year);
    std::optional<double> cursorYear() const { return cursorYear_; }
    QStringList cursorText() const; // empty when no cursor

    // "Copy chart as image": the chart as a slide-sized picture on the clipboard (announced
    // through exported()).
    void copyToClipboard();
    // Performs a pending replot now (tests, exports of the on-screen state).
    void replotNow();
    // The lines drawn by the last replot, in display units (see chartLines()).
    const std::vector<ChartLine>& lines() const { return lines_; }
    // The plot itself, for tests and exports. Do not configure it directly.
    QCustomPlot* plot() const { return plot_; }

Q_SIGNALS:
    // The user asked to show this chart alone in the window (or to go back).
    void enlargeRequested();
    // The year under the mouse changed (nullopt when the mouse left the data area).
    void cursorYearChanged(std::optional<double> year);
    // The chart was exported or copied: a message for the status bar, and the folder of the
    // files (empty for the clipboard).
    void exported(const QString& message, const QString& folder);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleReplot();
    void rebuild();
    void onMouseMove(QMouseEvent* event);
    void showExportMenu();
    void exportToFile();
    void retranslate();

    ChartInput input_;
    ThemeId theme_ = ThemeId::Light;
    double fontPx_ = 12.0;
    QString workshopName_;
    bool enlarged_ = false;
    std::optional<double> cursorYear_;
    std::vector<ChartLine> lines_;
    QCustomPlot* plot_ = nullptr;
    QToolButton* enlargeButton_ = nullptr;
    QToolButton* exportButton_ = nullptr;
    QTimer* replotTimer_ = nullptr;
};

} // namespace sovsim::ui
