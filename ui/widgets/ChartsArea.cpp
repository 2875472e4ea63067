#include "widgets/ChartsArea.h"

#include "charts/ChartWidget.h"
#include "model/WorkshopDocument.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sovsim::ui {
namespace {

constexpr int kColumns = 3;
constexpr double kWindowFontPx = 12.0;
constexpr double kPresentationFontPx = 18.0;

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
    grid_ = new QGridLayout;
    grid_->setSpacing(6);
    layout->addLayout(grid_, 1);

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
        charts_.push_back(chart);
    }
    layoutCharts();
}

void ChartsArea::layoutCharts() {
    for (int i = 0; i < chartCount(); ++i) {
        auto* c = chart(i);
        grid_->removeWidget(c);
        if (enlarged_ == nullptr) {
            grid_->addWidget(c, i / kColumns, i % kColumns);
            c->show();
        } else {
            c->setVisible(c == enlarged_);
        }
        c->setEnlarged(c == enlarged_);
    }
    if (enlarged_ != nullptr) {
        grid_->addWidget(enlarged_, 0, 0, 2, kColumns);
    }
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
            tr("Difference from \"%1\"").arg(QString::fromStdString(document_.scenario(i).name)),
            i);
    }
    differencePicker_->setCurrentIndex(differencePicker_->findData(differenceReference()));
}

void ChartsArea::retranslate() {
    differenceLabel_->setText(tr("&Show:"));
    differencePicker_->setAccessibleName(tr("Absolute values or difference view"));
    differencePicker_->setToolTip(tr("Absolute values, or every scenario minus a chosen "
                                     "reference scenario."));
    rebuildDifferencePicker();
}

void ChartsArea::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
