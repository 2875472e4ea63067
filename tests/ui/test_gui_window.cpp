// The workshop window driven through its widgets: a slider drag re-plots the edited scenario and
// no other and is one undo step; the comparison draws one graph per visible scenario; the
// strategy grid, shocks, scenario list, summary table and language switch do what they say.

#include "charts/ChartWidget.h"
#include "mainwindow/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PresentationMode.h"
#include "mainwindow/Screenshots.h"
#include "model/Labels.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "sovsim/ScenarioFile.h"
#include "test_gui_helpers.h"
#include "test_window_fixture.h"
#include "widgets/ChartsArea.h"
#include "widgets/CountryPanel.h"
#include "widgets/ParameterControl.h"
#include "widgets/RealSlider.h"
#include "widgets/ScenarioListPanel.h"
#include "widgets/ShockPanel.h"
#include "widgets/ShockTimeline.h"
#include "widgets/StrategyPanel.h"
#include "widgets/SummaryTable.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace sovsim::ui {
namespace {

using test::scenarioOf;
using test::WindowTest;

// The drawn lines of a chart, by scenario index (main lines only).
std::map<int, std::vector<QVector<double>>> linesByScenario(const ChartWidget& chart) {
    std::map<int, std::vector<QVector<double>>> out;
    for (const auto& line : chart.lines()) {
        if (!line.isReference) {
            out[line.scenario].push_back(line.values);
        }
    }
    return out;
}

TEST_F(WindowTest, PowerSliderReplotsKenyaAndNoOtherScenario) {
    document().setCurrentIndex(kenya);
    auto* control = window.countryPanel()->control("country.dc_power_available_gw");
    ASSERT_NE(control, nullptr);
    auto* slider = control->slider();

    std::vector<std::map<int, std::vector<QVector<double>>>> before;
    for (int i = 0; i < window.chartsArea()->chartCount(); ++i) {
        before.push_back(linesByScenario(*window.chartsArea()->chart(i)));
    }
    const double powerBefore = document().scenario(kenya).country.dcPowerAvailableGw;
    drag(slider, {slider->sliderPosition() + 50, slider->sliderPosition() + 150,
                  slider->sliderPosition() + 300});
    settle();
    EXPECT_GT(document().scenario(kenya).country.dcPowerAvailableGw, powerBefore);

    bool kenyaChanged = false;
    for (int i = 0; i < window.chartsArea()->chartCount(); ++i) {
        const auto after = linesByScenario(*window.chartsArea()->chart(i));
        EXPECT_EQ(after.at(japan), before[static_cast<size_t>(i)].at(japan))
            << window.chartsArea()->chart(i)->spec().id.toStdString();
        kenyaChanged = kenyaChanged || after.at(kenya) != before[static_cast<size_t>(i)].at(kenya);
    }
    EXPECT_TRUE(kenyaChanged);
}

TEST_F(WindowTest, MorePowerForKenyaMovesComputeEnergyAndLeverage) {
    // The newcomer's first experiment: Kenya's power slider, watched on three charts.
    std::map<QString, std::vector<QVector<double>>> before;
    const QStringList watched{QStringLiteral("compute"), QStringLiteral("energy"),
                              QStringLiteral("leverage")};
    for (const auto& id : watched) {
        auto* chart = window.chartsArea()->chartById(id);
        ASSERT_NE(chart, nullptr) << id.toStdString();
        before[id] = linesByScenario(*chart).at(kenya);
    }
    document().setCurrentIndex(kenya);
    auto* slider = window.countryPanel()->control("country.dc_power_available_gw")->slider();
    drag(slider, {slider->positionOf(2.0), slider->positionOf(4.0)});
    settle();
    for (const auto& id : watched) {
        EXPECT_NE(linesByScenario(*window.chartsArea()->chartById(id)).at(kenya), before[id])
            << id.toStdString();
    }
}

TEST_F(WindowTest, SliderDragIsOneUndoStepAndUndoRestoresExactly) {
    document().setCurrentIndex(kenya);
    const sovsim::Scenario before = document().scenario(kenya);
    auto* slider = window.countryPanel()->control("country.dc_power_available_gw")->slider();
    const int start = slider->sliderPosition();
    drag(slider, {start + 10, start + 20, start + 40, start + 80});
    settle();
    EXPECT_EQ(document().undoStack()->count(), 1);
    ASSERT_NE(document().scenario(kenya), before);

    document().undoStack()->undo();
    settle();
    EXPECT_EQ(document().scenario(kenya), before);
    EXPECT_EQ(slider->realValue(), before.country.dcPowerAvailableGw);
    EXPECT_FALSE(document().isModified());
}

TEST_F(WindowTest, ResetButtonRestoresThePresetValue) {
    document().setCurrentIndex(kenya);
    auto* control = window.countryPanel()->control("country.gdp_usd_bn");
    const double preset = document().scenario(kenya).country.gdpUsdBn;
    EXPECT_FALSE(control->resetButton()->isEnabled());
    drag(control->slider(), {control->slider()->sliderPosition() + 100});
    ASSERT_NE(document().scenario(kenya).country.gdpUsdBn, preset);
    EXPECT_TRUE(control->resetButton()->isEnabled());
    control->resetButton()->click();
    EXPECT_EQ(document().scenario(kenya).country.gdpUsdBn, preset);
}

TEST_F(WindowTest, ComparisonDrawsOneGraphPerVisibleScenario) {
    auto* chart = window.chartsArea()->chartById(QStringLiteral("leverage"));
    ASSERT_NE(chart, nullptr);
    const auto seriesCount = chart->spec().series.size();
    auto scenariosDrawn = [&] {
        std::set<int> drawn;
        for (const auto& line : chart->lines()) {
            drawn.insert(line.scenario);
        }
        return drawn;
    };
    EXPECT_EQ(static_cast<int>(scenariosDrawn().size()), document().scenarioCount());
    EXPECT_EQ(chart->lines().size(), seriesCount * static_cast<size_t>(document().scenarioCount()));

    document().setVisible(japan, false);
    settle();
    EXPECT_EQ(scenariosDrawn(), std::set<int>{kenya});
    EXPECT_EQ(chart->lines().size(), seriesCount);

    window.scenarioList()->addFromCountry("france");
    settle();
    EXPECT_EQ(static_cast<int>(scenariosDrawn().size()), document().scenarioCount() - 1);
}

TEST_F(WindowTest, EditedScenarioKeepsItsStateWhenLoadedAsAReferenceLine) {
    auto* chart = window.chartsArea()->chartById(QStringLiteral("compute"));
    auto referenceLines = [&] {
        int n = 0;
        for (const auto& line : chart->lines()) {
            n += line.isReference ? 1 : 0;
        }
        return n;
    };
    EXPECT_EQ(referenceLines(), 0);
    document().setParameter(kenya, *sovsim::findParameter("country.dc_power_available_gw"), 2.0);
    settle();
    EXPECT_EQ(referenceLines(), static_cast<int>(chart->spec().series.size()));
}

TEST_F(WindowTest, DifferenceViewUsesTheChosenReference) {
    window.chartsArea()->setDifferenceReference(japan);
    settle();
    for (int i = 0; i < window.chartsArea()->chartCount(); ++i) {
        auto* chart = window.chartsArea()->chart(i);
        EXPECT_EQ(chart->differenceReference(), japan);
        for (const auto& line : chart->lines()) {
            EXPECT_NE(line.scenario, japan);
        }
    }
    // The reference follows its scenario when the list is reordered.
    document().moveScenario(japan, kenya);
    EXPECT_EQ(window.chartsArea()->differenceReference(), kenya);
}

TEST_F(WindowTest, PostureGridSetsOnePosturePerLayer) {
    document().setCurrentIndex(kenya);
    const auto original = document().scenario(kenya).strategy.posture(sovsim::Layer::Chips);
    const auto other =
        original == sovsim::Posture::Control ? sovsim::Posture::Steer : sovsim::Posture::Control;
    auto* panel = window.strategyPanel();
    panel->postureButton(sovsim::Layer::Chips, other)->click();
    EXPECT_EQ(document().scenario(kenya).strategy.posture(sovsim::Layer::Chips), other);
    EXPECT_TRUE(panel->postureButton(sovsim::Layer::Chips, other)->isChecked());
    EXPECT_FALSE(panel->postureButton(sovsim::Layer::Chips, original)->isChecked());
    EXPECT_EQ(document().undoStack()->count(), 1);

    document().undoStack()->undo();
    EXPECT_EQ(document().scenario(kenya).strategy.posture(sovsim::Layer::Chips), original);
    EXPECT_TRUE(panel->postureButton(sovsim::Layer::Chips, original)->isChecked());
    EXPECT_FALSE(panel->postureButton(sovsim::Layer::Chips, other)->isChecked());
}

TEST_F(WindowTest, ShockCardsAddEditAndRemove) {
    document().setCurrentIndex(japan);
    auto* panel = window.shockPanel();
    const size_t before = document().scenario(japan).shocks.size();
    panel->addButton()->menu()->actions().at(1)->trigger(); // price hike
    ASSERT_EQ(document().scenario(japan).shocks.size(), before + 1);
    EXPECT_EQ(document().scenario(japan).shocks.back().type, sovsim::ShockType::PriceHike);
    ASSERT_EQ(panel->cardCount(), static_cast<int>(before + 1));
    settle();
    auto* chart = window.chartsArea()->chart(0);
    EXPECT_FALSE(shockBands(chart->input()).empty());

    document().undoStack()->undo();
    EXPECT_EQ(document().scenario(japan).shocks.size(), before);
    EXPECT_EQ(panel->cardCount(), static_cast<int>(before));
}

// Issue 11: the window never makes a scenario its own file reader would refuse.
TEST_F(WindowTest, NoMoreShocksThanAFileHolds) {
    document().setCurrentIndex(japan);
    sovsim::Scenario full = document().scenario(japan);
    full.shocks.assign(sovsim::kMaxShocks, sovsim::Shock{});
    document().editScenario(japan, full, QStringLiteral("Fill"));
    auto* panel = window.shockPanel();
    EXPECT_FALSE(panel->addButton()->isEnabled());
    panel->addButton()->menu()->actions().at(1)->trigger();
    EXPECT_EQ(document().scenario(japan).shocks.size(), sovsim::kMaxShocks);
}

TEST_F(WindowTest, ScenarioListSelectsTheEditedScenario) {
    auto* list = window.scenarioList()->list();
    ASSERT_EQ(list->count(), document().scenarioCount());
    list->setCurrentRow(kenya);
    EXPECT_EQ(document().currentIndex(), kenya);
    document().setCurrentIndex(japan);
    EXPECT_EQ(list->currentRow(), japan);
    EXPECT_EQ(list->item(japan)->text(), QString::fromStdString(document().scenario(japan).name));
}

TEST_F(WindowTest, SummaryTableCopiesAsTabSeparatedText) {
    auto* summary = window.summaryTable();
    summary->setYears({2030, 2040});
    const QStringList lines = summary->toTsv().trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 1 + static_cast<int>(SummaryTable::keyMetrics().size()) * 2);
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    ASSERT_EQ(header.size(), 2 + document().scenarioCount());
    EXPECT_EQ(header[2 + kenya], QString::fromStdString(document().scenario(kenya).name));
    // Every row has its metric name, its year and one value per scenario.
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        ASSERT_EQ(cells.size(), header.size()) << i;
        EXPECT_FALSE(cells[0].isEmpty()) << i;
        EXPECT_TRUE(cells[1] == QStringLiteral("2030") || cells[1] == QStringLiteral("2040"));
    }
}

TEST_F(WindowTest, HidingPanelsAndShowingThemAgain) {
    window.show();
    auto* presentation = window.presentationMode();
    auto docks = window.findChildren<QDockWidget*>();
    int visible = 0;
    for (auto* d : docks) {
        visible += d->isVisible() ? 1 : 0;
    }
    ASSERT_GT(visible, 0);
    presentation->setPanelsHidden(true);
    for (auto* d : docks) {
        EXPECT_FALSE(d->isVisible());
    }
    presentation->setPanelsHidden(false);
    int again = 0;
    for (auto* d : docks) {
        again += d->isVisible() ? 1 : 0;
    }
    EXPECT_EQ(again, visible);
    window.hide();
}

TEST_F(WindowTest, TitleShowsUnsavedChanges) {
    EXPECT_FALSE(window.isWindowModified());
    document().setParameter(kenya, *sovsim::findParameter("country.gdp_usd_bn"), 200.0);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[*]")));
}

TEST(LanguageTest, TraditionalChineseTranslatesTheInterface) {
    Language language;
    const QLocale before = QLocale();
    ASSERT_TRUE(language.apply(QStringLiteral("zh_TW")));
    EXPECT_EQ(Labels::groupName(sovsim::ParameterGroup::Energy), QStringLiteral("能源"));
    EXPECT_EQ(Labels::postureName(sovsim::Posture::Control), QStringLiteral("控制"));
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
    EXPECT_EQ(Labels::groupName(sovsim::ParameterGroup::Energy), QStringLiteral("Energy"));
    QLocale::setDefault(before);
}

TEST(RealSliderTest, LogScaleMapsBothEndsAndIsMonotonic) {
    RealSlider slider;
    slider.setRange(0.0, 5e6, RealSlider::Scale::Logarithmic);
    EXPECT_DOUBLE_EQ(slider.valueAt(0), 0.0);
    EXPECT_NEAR(slider.valueAt(slider.maximum()), 5e6, 1e-6 * 5e6);
    double previous = -1.0;
    for (int p = 0; p <= slider.maximum(); p += 37) {
        EXPECT_GT(slider.valueAt(p), previous);
        previous = slider.valueAt(p);
    }
    EXPECT_EQ(slider.positionOf(slider.valueAt(500)), 500);
}

} // namespace
} // namespace sovsim::ui

namespace sovsim::ui {
namespace {

TEST(ScreenshotsTest, RenderTheWindowAndEveryChart) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window;
    QString error;
    const QStringList written = writeScreenshots(window, nullptr, dir.path(), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    const QImage main(dir.filePath(QStringLiteral("main-window.png")));
    ASSERT_FALSE(main.isNull());
    EXPECT_EQ(main.size(), QSize(1600, 1000));
    for (int i = 0; i < window.chartsArea()->chartCount(); ++i) {
        const QString id = window.chartsArea()->chart(i)->spec().id;
        const QImage chart(dir.filePath(QStringLiteral("window-chart-%1.png").arg(id)));
        ASSERT_FALSE(chart.isNull()) << id.toStdString();
        // A drawn chart has scenario colours in it, not only background and grey axes.
        QSet<QRgb> colours;
        for (int y = 0; y < chart.height(); y += 3) {
            for (int x = 0; x < chart.width(); x += 3) {
                const QColor c = chart.pixelColor(x, y);
                if (c.saturation() > 80) {
                    colours.insert(c.rgb());
                }
            }
        }
        EXPECT_GT(colours.size(), 10) << id.toStdString();
    }
    EXPECT_GE(written.size(), 6 + window.chartsArea()->chartCount());
}

} // namespace
} // namespace sovsim::ui

namespace sovsim::ui {
namespace {

TEST_F(WindowTest, DraggingAShockBarMovesItInOneStep) {
    document().setCurrentIndex(japan);
    window.editorTabs()->setCurrentIndex(2);
    window.show();
    auto* timeline = window.shockPanel()->timeline();
    ASSERT_FALSE(document().scenario(japan).shocks.empty());
    QApplication::processEvents();
    const auto startBefore = document().scenario(japan).shocks[0].start;
    const QPointF grab = timeline->barRect(0).center();
    const double oneYear = timeline->xOfYears(1.0) - timeline->xOfYears(0.0);
    QTest::mousePress(timeline, Qt::LeftButton, {}, grab.toPoint());
    for (int step = 1; step <= 4; ++step) {
        QTest::mouseMove(timeline, (grab + QPointF(oneYear * step / 2.0, 0)).toPoint());
    }
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, (grab + QPointF(oneYear * 2.0, 0)).toPoint());
    const auto startAfter = document().scenario(japan).shocks[0].start;
    EXPECT_NEAR(startAfter.yearsSince2025() - startBefore.yearsSince2025(), 2.0, 0.25);
    EXPECT_EQ(document().undoStack()->count(), 1);
    document().undoStack()->undo();
    EXPECT_EQ(document().scenario(japan).shocks[0].start, startBefore);
    window.hide();
}

TEST_F(WindowTest, RenamingInTheListRenamesTheScenarioButNeverToATakenName) {
    auto* list = window.scenarioList()->list();
    list->item(kenya)->setText(QStringLiteral("Kenya with more power"));
    EXPECT_EQ(document().scenario(kenya).name, "Kenya with more power");
    const QString japanName = QString::fromStdString(document().scenario(japan).name);
    list->item(kenya)->setText(japanName);
    EXPECT_EQ(document().scenario(kenya).name, "Kenya with more power");
    EXPECT_EQ(list->item(kenya)->text(), QStringLiteral("Kenya with more power"));
}

TEST_F(WindowTest, ClosingAsksAboutUnsavedChanges) {
    int asked = 0;
    int answer = QMessageBox::Cancel;
    window.setSavePrompt([&](MainWindow&) {
        ++asked;
        return answer;
    });
    window.show();
    EXPECT_TRUE(window.close()); // nothing to save: no question
    EXPECT_EQ(asked, 0);

    window.show();
    document().setParameter(kenya, *sovsim::findParameter("country.gdp_usd_bn"), 300.0);
    EXPECT_FALSE(window.close()); // Cancel keeps the window and the edit
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(document().isModified());

    answer = QMessageBox::Discard;
    EXPECT_TRUE(window.close());
    EXPECT_EQ(asked, 2);
}

} // namespace
} // namespace sovsim::ui

namespace sovsim::ui {
namespace {

TEST_F(WindowTest, PresentationModeEnlargesTextAndRestoresTheWindow) {
    window.show();
    QApplication::processEvents();
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("MainToolBar"));
    ASSERT_NE(toolbar, nullptr);
    const QFont before = window.chartsArea()->font();
    const QFontInfo beforeInfo(before);
    auto* presentation = window.presentationMode();

    presentation->setActive(true);
    EXPECT_GT(QFontInfo(window.chartsArea()->font()).pixelSize(), beforeInfo.pixelSize());
    EXPECT_FALSE(toolbar->isVisible());
    EXPECT_TRUE(window.isFullScreen());

    presentation->setActive(false);
    EXPECT_EQ(window.chartsArea()->font(), before);
    EXPECT_TRUE(toolbar->isVisible());
    EXPECT_FALSE(window.isFullScreen());
    window.hide();
}

} // namespace
} // namespace sovsim::ui
