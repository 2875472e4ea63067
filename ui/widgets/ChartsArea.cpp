#include "widgets/ChartsArea.h"

#include "charts/ChartWidget.h"
#include "model/ScenarioNames.h"
#include "model/WorkshopDocument.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace sovsim::ui {
namespace {

constexpr int kMaxColumns = 3;
constexpr double kWindowFontPx = 12.0;
constexpr double kPresentationFontPx = 18.0;
// The smallest chart that shows its title, axis titles and legend whole, in multiples of the
// chart font: narrower, the grid drops a column; shorter, the grid scrolls.
constexpr double kMinChartWidthEm = 30.0;
constexpr double kMinChartHeightEm = 27.0;
constexpr int kSpacing = 6;

} // namespace

ChartsArea::ChartsArea(WorkshopDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    differenceLabel_ = new QLabel(this);
    differencePicker_ = new QComboBox(this);
    differencePicker_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    differenceLabel_->setBuddy(differencePicker_);
    bar->addWidget(differenceLabel_);
    bar->addWidget(differencePicker_);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The grid sits in a scroll area: on a small screen the charts keep a readable size and
    // the grid scrolls rather than squeezing titles and legends.
    scroll_ = new QScrollArea(this);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidgetResizable(true);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* container = new QWidget(scroll_);
    grid_ = new QGridLayout(container);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(kSpacing);
    scroll_->setWidget(container);
    scroll_->viewport()->installEventFilter(this);
    layout->addWidget(scroll_, 1);

    connect(differencePicker_, &QComboBox::activated, this,
            [this](int row) { setDifferenceReference(differencePicker_->itemData(row).toInt()); });
    connect(&document_, &WorkshopDocument::workshopReset, this, [this] {
        reference_ = nullptr;
        updatePlottedScenarios();
    });
    connect(&document_, &WorkshopDocument::scenarioListChanged, this,
            &ChartsArea::updatePlottedScenarios);
    // Names, shocks and the "as loaded" line may change with an edit; the values themselves
    // arrive with projectionsUpdated.
    connect(&document_, &WorkshopDocument::scenarioChanged, this, &ChartsArea::updateChartInputs);
    connect(&document_, &WorkshopDocument::projectionsUpdated, this, [this] {
        for (auto* c : charts_) {
            c->refresh();
        }
    });
    connect(&document_, &WorkshopDocument::workshopNameChanged, this, [this](const QString& name) {
        for (auto* c : charts_) {
            c->setWorkshopName(name);
        }
    });

    createCharts();
    retranslate();
    updatePlottedScenarios();
}

void ChartsArea::createCharts() {
    for (const auto& spec : standardCharts()) {
        auto* chart = new ChartWidget(spec, this);
        chart->setWorkshopName(document_.workshopName());
        connect(chart, &ChartWidget::enlargeRequested, this,
                [this, chart] { enlarge(enlarged_ == chart ? nullptr : chart); });
        connect(chart, &ChartWidget::exported, this, &ChartsArea::exported);
        charts_.push_back(chart);
    }
    layoutCharts();
}

QSize ChartsArea::minimumChartSize() const {
    const double em = presentation_ ? kPresentationFontPx : kWindowFontPx;
    return {static_cast<int>(kMinChartWidthEm * em), static_cast<int>(kMinChartHeightEm * em)};
}

int ChartsArea::columnsFor(int width) const {
    const int fit = (width + kSpacing) / (minimumChartSize().width() + kSpacing);
    return std::clamp(fit, 1, kMaxColumns);
}

void ChartsArea::layoutCharts() {
    const QSize viewport = scroll_->viewport()->size();
    columns_ = columnsFor(viewport.width());
    for (auto* c : charts_) {
        grid_->removeWidget(c);
    }
    // Rows and columns of an earlier layout keep their stretch; reset them all.
    for (int i = 0; i < chartCount(); ++i) {
        grid_->setRowStretch(i, 0);
        grid_->setColumnStretch(i, 0);
    }
    for (int i = 0; i < chartCount(); ++i) {
        auto* c = chart(i);
        if (enlarged_ == nullptr) {
            grid_->addWidget(c, i / columns_, i % columns_);
            c->show();
        } else {
            c->setVisible(c == enlarged_);
        }
        c->setEnlarged(c == enlarged_);
    }
    const int rows = enlarged_ == nullptr ? (chartCount() + columns_ - 1) / columns_ : 1;
    if (enlarged_ != nullptr) {
        grid_->addWidget(enlarged_, 0, 0);
        columns_ = 1;
    }
    for (int r = 0; r < rows; ++r) {
        grid_->setRowStretch(r, 1);
    }
    for (int col = 0; col < columns_; ++col) {
        grid_->setColumnStretch(col, 1);
    }
    // Taller than the viewport when the charts would otherwise be squeezed: the area scrolls.
    const int needed = rows * minimumChartSize().height() + (rows - 1) * kSpacing;
    scroll_->widget()->setMinimumHeight(enlarged_ == nullptr ? needed : 0);
}

bool ChartsArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize && enlarged_ == nullptr &&
        columnsFor(scroll_->viewport()->width()) != columns_) {
        layoutCharts();
    }
    return QWidget::eventFilter(watched, event);
}

ChartWidget* ChartsArea::chartById(const QString& id) const {
    for (auto* c : charts_) {
        if (c->spec().id == id) {
            return c;
        }
    }
    return nullptr;
}

void ChartsArea::enlarge(ChartWidget* chart) {
    enlarged_ = chart;
    layoutCharts();
}

void ChartsArea::setPresentationMode(bool on) {
    presentation_ = on;
    for (auto* c : charts_) {
        c->setFontPixelSize(on ? kPresentationFontPx : kWindowFontPx);
    }
    layoutCharts(); // larger text needs larger charts
}

int ChartsArea::differenceReference() const {
    for (int i = 0; i < document_.scenarioCount(); ++i) {
        if (&document_.entry(i) == reference_) {
            return i;
        }
    }
    return -1;
}

void ChartsArea::setDifferenceReference(int index) {
    reference_ = document_.isValidIndex(index) ? &document_.entry(index) : nullptr;
    updatePlottedScenarios();
}

void ChartsArea::updatePlottedScenarios() {
    updateChartInputs();
    rebuildDifferencePicker();
}

void ChartsArea::updateChartInputs() {
    std::vector<PlottedScenario> plotted;
    for (int i = 0; i < document_.scenarioCount(); ++i) {
        const auto& e = document_.entry(i);
        // The "as loaded" line only appears once the scenario has moved away from it.
        const bool edited = !(e.scenario == e.loaded);
        auto p = plottedScenario(e.scenario, &e.projection, e.colour,
                                 edited ? &e.loadedProjection : nullptr);
        p.visible = e.visible;
        plotted.push_back(std::move(p));
    }
    const int reference = differenceReference();
    if (reference < 0) {
        reference_ = nullptr;
    }
    for (auto* c : charts_) {
        c->setScenarios(plotted);
        c->setDifferenceReference(reference);
    }
}

void ChartsArea::rebuildDifferencePicker() {
    const QSignalBlocker blocker(differencePicker_);
    differencePicker_->clear();
    differencePicker_->addItem(tr("Absolute values"), -1);
    for (int i = 0; i < document_.scenarioCount(); ++i) {
        differencePicker_->addItem(
            tr("Difference from \"%1\"").arg(ScenarioNames::display(document_.scenario(i))), i);
    }
    differencePicker_->setCurrentIndex(differencePicker_->findData(differenceReference()));
}

void ChartsArea::retranslate() {
    differenceLabel_->setText(tr("&Show:"));
    differencePicker_->setAccessibleName(tr("Absolute values or difference view"));
    differencePicker_->setToolTip(tr("Absolute values, or every scenario minus a chosen "
                                     "reference scenario."));
    // Generated scenario names are shown in the interface language (see ScenarioNames).
    updatePlottedScenarios();
}

void ChartsArea::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
