#include "mainwindow/Screenshots.h"

#include "charts/ChartWidget.h"
#include "mainwindow/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PresentationMode.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "widgets/ChartsArea.h"
#include "widgets/ScenarioListPanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPainter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>

namespace sovsim::ui {
namespace {

constexpr QSize kWindowSize{1600, 1000};
constexpr QSize kProjectorSize{1920, 1080};
constexpr QSize kChartSize{900, 560};
constexpr QSize kLaptopSize{1366, 768};

// Lets queued re-runs, layouts and replots happen, then forces the charts to draw.
void settle(MainWindow& window) {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        window.document().runPendingNow();
    }
    auto* charts = window.chartsArea();
    for (int i = 0; i < charts->chartCount(); ++i) {
        charts->chart(i)->replotNow();
    }
    QApplication::processEvents();
}

class Writer {
public:
    Writer(MainWindow& window, const QString& dir) : window_(window), dir_(dir) {}

    bool grab(QWidget* widget, const QString& name) {
        settle(window_);
        const QString path = dir_.filePath(name);
        if (!widget->grab().save(path, "PNG")) {
            error_ = QStringLiteral("could not write %1").arg(path);
            return false;
        }
        written_.append(path);
        return true;
    }
    // The window with its floating panels (presentation mode) painted where they float.
    bool grabWithFloatingPanels(MainWindow& window, const QString& name) {
        settle(window_);
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        for (auto* dock : window.findChildren<QDockWidget*>()) {
            if (dock->isVisible() && dock->isFloating()) {
                const QPoint at = dock->geometry().topLeft() - window.geometry().topLeft();
                painter.drawPixmap(at, dock->grab());
                painter.setPen(QPen(window.palette().color(QPalette::Mid), 1));
                painter.drawRect(QRect(at, dock->size()).adjusted(0, 0, -1, -1));
            }
        }
        painter.end();
        const QString path = dir_.filePath(name);
        if (!shot.save(path, "PNG")) {
            error_ = QStringLiteral("could not write %1").arg(path);
            return false;
        }
        written_.append(path);
        return true;
    }
    const QStringList& written() const { return written_; }
    const QString& error() const { return error_; }

private:
    MainWindow& window_;
    QDir dir_;
    QStringList written_;
    QString error_;
};

// The newcomer's first move: more power for Kenya's data centres. The edited scenario's
// "as loaded" line then shows on the charts beside the live one.
void raiseKenyasPower(WorkshopDocument& document) {
    const auto* power = sovsim::findParameter("country.dc_power_available_gw");
    for (int i = 0; i < document.scenarioCount() && power != nullptr; ++i) {
        if (document.scenario(i).countryPreset == "kenya") {
            document.setCurrentIndex(i);
            document.setParameter(i, *power,
                                  std::min(power->max, power->get(document.scenario(i)) * 8));
            return;
        }
    }
}

// A second move: an energy crisis of Kenya's own, so the charts' shock lanes tell the two
// scenarios' shocks apart.
void giveKenyaAnEnergyCrisis(WorkshopDocument& document) {
    for (int i = 0; i < document.scenarioCount(); ++i) {
        if (document.scenario(i).countryPreset == "kenya") {
            sovsim::Scenario changed = document.scenario(i);
            sovsim::Shock crisis;
            crisis.type = sovsim::ShockType::EnergyCrisis;
            crisis.start = {2033, 4};
            crisis.durationMonths = 15;
            crisis.severity = 0.7;
            changed.shocks.push_back(crisis);
            document.editScenario(i, changed, QStringLiteral("Add shock"));
            return;
        }
    }
}

// `full`: also the summary table, the difference view and an enlarged chart.
void renderSet(MainWindow& window, Writer& out, const QString& suffix, bool full) {
    auto* tabs = window.editorTabs();
    auto* central = window.centralTabs();
    auto* charts = window.chartsArea();
    const auto name = [&suffix](const char* base) {
        return QString::fromLatin1(base) + suffix + QStringLiteral(".png");
    };

    tabs->setCurrentIndex(0);
    central->setCurrentIndex(0);
    out.grab(&window, name("main-window"));
    tabs->setCurrentIndex(1);
    out.grab(&window, name("main-window-strategy"));
    tabs->setCurrentIndex(2);
    out.grab(&window, name("main-window-shocks"));
    tabs->setCurrentIndex(0);
    central->setCurrentIndex(1);
    out.grab(&window, name("summary-table"));
    central->setCurrentIndex(0);
    if (!full) {
        return;
    }

    charts->setDifferenceReference(0);
    out.grab(&window, name("difference-view"));
    charts->setDifferenceReference(-1);

    charts->enlarge(charts->chart(0));
    out.grab(&window, name("window-chart-enlarged"));
    charts->enlarge(nullptr);
}

} // namespace

QStringList writeScreenshots(MainWindow& window, Language* language, const QString& outDir,
                             QString* error) {
    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error != nullptr) {
            *error = QStringLiteral("could not create %1").arg(outDir);
        }
        return {};
    }
    Writer out(window, outDir);
    window.resize(kWindowSize);
    window.show();
    // The workshop exactly as shipped: what the README shows as the default workshop's story.
    window.statusBar()->clearMessage();
    settle(window);
    out.grab(&window, QStringLiteral("default-workshop.png"));
    // The same on a laptop screen: every chart title, axis and legend must still be whole.
    window.resize(kLaptopSize);
    out.grab(&window, QStringLiteral("laptop-workshop.png"));
    window.resize(kWindowSize);
    raiseKenyasPower(window.document());
    giveKenyaAnEnergyCrisis(window.document());
    window.statusBar()->clearMessage(); // it names the folder the file came from
    settle(window);

    renderSet(window, out, {}, true);

    // Each chart on its own, as it looks in the window.
    auto* charts = window.chartsArea();
    for (int i = 0; i < charts->chartCount(); ++i) {
        ChartWidget chart(charts->chart(i)->spec());
        chart.setScenarios(charts->chart(i)->input().scenarios);
        chart.resize(kChartSize);
        chart.show();
        QApplication::processEvents();
        chart.replotNow();
        out.grab(&chart, QStringLiteral("window-chart-%1.png").arg(chart.spec().id));
    }

    // Presentation mode at projector resolution: the charts only, then with the editing panels
    // floating over them.
    auto* presentation = window.presentationMode();
    presentation->setActive(true);
    // The offscreen platform's screen is small; size the window as a 1080p projector would.
    window.setWindowState(Qt::WindowNoState);
    window.resize(kProjectorSize);
    out.grab(&window, QStringLiteral("presentation-mode.png"));
    presentation->setPanelsHidden(false);
    out.grabWithFloatingPanels(window, QStringLiteral("presentation-mode-panels.png"));
    presentation->setActive(false);
    window.resize(kWindowSize);

    if (language != nullptr) {
        const QString previous = language->current();
        if (language->apply(QStringLiteral("zh_TW"))) {
            renderSet(window, out, QStringLiteral("-zh_TW"), false);
        }
        language->apply(previous);
        settle(window);
    }
    if (error != nullptr) {
        *error = out.error();
    }
    return out.written();
}

} // namespace sovsim::ui
