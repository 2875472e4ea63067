#include "charts/ChartWidget.h"

#include "charts/ChartBuilder.h"
#include "charts/ShockLaneStrip.h"
#include "export/ChartExporter.h"
#include "export/ExportDialog.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace sovsim::ui {
namespace {

// One frame at 60 Hz: bursts of slider moves inside it become one replot.
constexpr int kReplotDelayMs = 15;

} // namespace

ChartWidget::ChartWidget(ChartSpec spec, QWidget* parent) : QWidget(parent) {
    input_.spec = std::move(spec);
    setObjectName(QStringLiteral("chart_") + input_.spec.id);

    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("plot"));
    plot_->setMouseTracking(true);
    plot_->setMinimumSize(240, 180);
    plot_->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    // Buttons float over the top-right corner, beside the chart title.
    enlargeButton_ = new QToolButton(plot_);
    enlargeButton_->setAutoRaise(true);
    enlargeButton_->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    connect(enlargeButton_, &QToolButton::clicked, this, &ChartWidget::enlargeRequested);
    exportButton_ = new QToolButton(plot_);
    exportButton_->setAutoRaise(true);
    exportButton_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    connect(exportButton_, &QToolButton::pressed, this, &ChartWidget::showExportMenu);

    replotTimer_ = new QTimer(this);
    replotTimer_->setSingleShot(true);
    replotTimer_->setInterval(kReplotDelayMs);
    connect(replotTimer_, &QTimer::timeout, this, &ChartWidget::rebuild);
    connect(plot_, &QCustomPlot::mouseMove, this, &ChartWidget::onMouseMove);

    retranslate();
    scheduleReplot();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setScenarios(std::vector<PlottedScenario> scenarios) {
    input_.scenarios = std::move(scenarios);
    if (input_.differenceReference >= static_cast<int>(input_.scenarios.size())) {
        input_.differenceReference = -1;
    }
    scheduleReplot();
}

void ChartWidget::refresh() {
    scheduleReplot();
}

void ChartWidget::setDifferenceReference(int index) {
    input_.differenceReference = index;
    scheduleReplot();
}

void ChartWidget::setTheme(ThemeId theme) {
    theme_ = theme;
    scheduleReplot();
}

void ChartWidget::setFontPixelSize(double px) {
    fontPx_ = px;
    scheduleReplot();
}

void ChartWidget::setWorkshopName(const QString& name) {
    workshopName_ = name;
}

void ChartWidget::setEnlarged(bool enlarged) {
    enlarged_ = enlarged;
    retranslate();
}

void ChartWidget::setCursorYear(std::optional<double> year) {
    if (year == cursorYear_) {
        return;
    }
    cursorYear_ = year;
    if (replotTimer_->isActive()) {
        return; // the pending rebuild draws the cursor
    }
    setYearCursor(*plot_, input_, windowStyle(theme_, fontPx_), cursorYear_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QStringList ChartWidget::cursorText() const {
    return cursorYear_ ? ui::cursorText(input_, *cursorYear_) : QStringList();
}

void ChartWidget::replotNow() {
    replotTimer_->stop();
    rebuild();
}

void ChartWidget::scheduleReplot() {
    // Not restarted while running: a continuous drag still replots every frame.
    if (!replotTimer_->isActive()) {
        replotTimer_->start();
    }
}

void ChartWidget::rebuild() {
    // Tick spacing, legend wrapping and title breaks depend on the plot's size; a chart that
    // is not shown yet has not been laid out, so lay it out at the size it was given.
    if (!isVisible() && layout() != nullptr) {
        layout()->activate();
    }
    ChartStyle style = windowStyle(theme_, fontPx_);
    style.titleReservePx = 2 * enlargeButton_->sizeHint().height() + 10;
    lines_ = buildChart(*plot_, input_, style);
    setYearCursor(*plot_, input_, style, cursorYear_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::onMouseMove(QMouseEvent* event) {
    QCPAxisRect* rect = plot_->axisRect();
    if (rect == nullptr || lines_.empty() || !rect->rect().contains(event->pos())) {
        if (cursorYear_) {
            setCursorYear(std::nullopt);
            Q_EMIT cursorYearChanged(std::nullopt);
        }
        return;
    }
    // Snap to the nearest step of the first line so the cursor sits on data points.
    const double raw = rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
    const QVector<double>& years = lines_.front().years;
    const auto it = std::lower_bound(years.begin(), years.end(), raw);
    double year = it == years.end() ? years.back() : *it;
    if (it != years.begin() && (it == years.end() || raw - *(it - 1) < *it - raw)) {
        year = *(it - 1);
    }
    if (year != cursorYear_) {
        setCursorYear(year);
        Q_EMIT cursorYearChanged(year);
    }
}

void ChartWidget::showExportMenu() {
    QMenu menu(this);
    menu.addAction(tr("Export chart..."), this, &ChartWidget::exportToFile);
    menu.addAction(tr("Copy chart as image"), this, &ChartWidget::copyToClipboard);
    exportButton_->setDown(false);
    menu.exec(exportButton_->mapToGlobal(QPoint(0, exportButton_->height())));
}

void ChartWidget::copyToClipboard() {
    ExportOptions options;
    options.workshopName = workshopName_;
    if (!ChartExporter::copyToClipboard(input_, options)) {
        QMessageBox::warning(this, tr("Copy chart"), tr("The clipboard is not available."));
        return;
    }
    Q_EMIT exported(tr("Copied the chart “%1” to the clipboard as an image: paste it into a "
                       "slide or document.")
                        .arg(input_.spec.title),
                    QString());
}

void ChartWidget::exportToFile() {
    ExportContext context;
    context.workshopName = workshopName_;
    context.scenarios = input_.scenarios;
    context.differenceReference = input_.differenceReference;
    ChartExportDialog dialog(std::move(context), input_.spec.id, this);
    connect(&dialog, &ChartExportDialog::exported, this, &ChartWidget::exported);
    dialog.exec();
}

void ChartWidget::retranslate() {
    if (auto fresh = findChart(input_.spec.id)) {
        input_.spec = std::move(*fresh); // titles in the new language
    }
    enlargeButton_->setToolTip(enlarged_ ? tr("Show all charts") : tr("Enlarge this chart"));
    enlargeButton_->setAccessibleName(enlargeButton_->toolTip());
    enlargeButton_->setIcon(style()->standardIcon(enlarged_ ? QStyle::SP_TitleBarNormalButton
                                                            : QStyle::SP_TitleBarMaxButton));
    exportButton_->setToolTip(tr("Export or copy this chart"));
    exportButton_->setAccessibleName(exportButton_->toolTip());
    plot_->setAccessibleName(input_.spec.title);
    plot_->setAccessibleDescription(input_.spec.subtitle);
    scheduleReplot();
}

void ChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool ChartWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_) {
        if (event->type() == QEvent::Resize) {
            const int size = enlargeButton_->sizeHint().height();
            exportButton_->move(plot_->width() - size - 4, 4);
            enlargeButton_->move(plot_->width() - 2 * size - 6, 4);
            scheduleReplot(); // tick count and legend wrapping depend on the width
        } else if (event->type() == QEvent::ToolTip) {
            // Shock names shortened to fit their lane, and lane labels, in full.
            const auto* help = static_cast<QHelpEvent*>(event);
            const ShockLaneStrip* strip = shockLaneStrip(*plot_);
            const QString text = strip != nullptr ? strip->toolTipAt(help->pos()) : QString();
            if (text.isEmpty()) {
                QToolTip::hideText();
                event->ignore();
            } else {
                QToolTip::showText(help->globalPos(), text, plot_);
            }
            return true;
        } else if (event->type() == QEvent::Leave && cursorYear_) {
            setCursorYear(std::nullopt);
            Q_EMIT cursorYearChanged(std::nullopt);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sovsim::ui
