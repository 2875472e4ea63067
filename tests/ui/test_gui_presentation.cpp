// Presentation mode (F5) as a facilitator uses it on a projector: full screen, the charts only,
// larger text, every chart title whole and readable axes; the editing panels come in and out
// with a button or F11 without leaving the mode; Esc or F5 brings back the window exactly as it
// was.

#include "mainwindow/Language.h"
#include "mainwindow/PresentationMode.h"
#include "test_chart_shock_lanes.h"
#include "test_window_fixture.h"

#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace sovsim::ui {
namespace {

using test::WindowTest;

// What "the window exactly as it was" means.
struct WindowLayout {
    QRect geometry;
    QByteArray state;   // docks, their sizes and the toolbar
    QList<QFont> fonts; // window, charts, panels
    bool menuBar = false;
    bool toolBar = false;
    bool statusBar = false;
    QList<bool> docks;
    QList<QRect> dockGeometries;
    QList<QRect> bars; // menu bar, toolbar, status bar, charts
    int columns = 0;
};

void expectSameLayout(const WindowLayout& after, const WindowLayout& before) {
    EXPECT_EQ(after.geometry, before.geometry);
    EXPECT_EQ(after.fonts, before.fonts);
    EXPECT_EQ(after.menuBar, before.menuBar);
    EXPECT_EQ(after.toolBar, before.toolBar);
    EXPECT_EQ(after.statusBar, before.statusBar);
    EXPECT_EQ(after.docks, before.docks);
    EXPECT_EQ(after.dockGeometries, before.dockGeometries);
    EXPECT_EQ(after.bars, before.bars);
    EXPECT_EQ(after.columns, before.columns);
    EXPECT_TRUE(after.state == before.state) << "saveState() differs";
}

class PresentationTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        window.resize(1366, 700);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        // The facilitator has looked at each editing tab, so the panels have their settled
        // widths (a tab never shown yet may still widen the panel when it first shows).
        for (int tab = window.editorTabs()->count() - 1; tab >= 0; --tab) {
            window.editorTabs()->setCurrentIndex(tab);
            settle();
        }
    }
    PresentationMode& presentation() { return *window.presentationMode(); }
    QToolBar* toolBar() { return window.findChild<QToolBar*>(QStringLiteral("MainToolBar")); }
    WindowLayout layout() {
        WindowLayout l;
        l.geometry = window.geometry();
        l.state = window.saveState();
        l.fonts = {window.font(), window.chartsArea()->font()};
        l.menuBar = window.menuBar()->isVisible();
        l.toolBar = toolBar()->isVisible();
        l.statusBar = window.statusBar()->isVisible();
        for (auto* dock : window.findChildren<QDockWidget*>()) {
            l.docks.append(dock->isVisible());
            l.fonts.append(dock->font());
            l.dockGeometries.append(dock->isVisible() ? dock->geometry() : QRect());
        }
        l.columns = window.chartsArea()->columnCount();
        l.bars = {window.menuBar()->geometry(), toolBar()->geometry(),
                  window.statusBar()->geometry(), window.centralWidget()->geometry()};
        return l;
    }
    void press(Qt::Key key) {
        QTest::keyClick(&window, key);
        settle();
        QTest::qWait(50);
    }
    static QCPTextElement* titleOf(ChartWidget* chart) {
        return qobject_cast<QCPTextElement*>(chart->plot()->plotLayout()->element(0, 0));
    }
    // Every chart shows its whole title, at least three years on its time axis, and whole
    // legends.
    void expectWholeCharts() {
        auto* charts = window.chartsArea();
        for (int i = 0; i < charts->chartCount(); ++i) {
            ChartWidget* chart = charts->chart(i);
            chart->plot()->replot();
            SCOPED_TRACE(chart->spec().id.toStdString());
            QCPTextElement* title = titleOf(chart);
            ASSERT_NE(title, nullptr);
            EXPECT_EQ(title->text(), chart->spec().title) << "title elided";
            // The width the title needs against the width it has before the chart's buttons.
            const double needed =
                QFontMetricsF(title->font()).horizontalAdvance(chart->spec().title);
            int buttons = chart->plot()->width();
            for (auto* button : chart->plot()->findChildren<QToolButton*>()) {
                buttons = std::min(buttons, button->x());
            }
            EXPECT_LE(needed, buttons - title->rect().left());
            QCPAxis* years = chart->plot()->axisRect()->axis(QCPAxis::atBottom);
            int shown = 0;
            for (double tick : years->tickVector()) {
                shown += years->range().contains(tick) ? 1 : 0;
            }
            EXPECT_GE(shown, 3) << "years on the time axis";
            testing::expectWholeLegends(*chart->plot());
        }
    }
};

TEST_F(PresentationTest, F5ShowsTheChartsOnlyFullScreenInLargerText) {
    auto* editor = window.findChild<QDockWidget*>(QStringLiteral("EditorDock"));
    ASSERT_NE(editor, nullptr);
    const int normalText = QFontInfo(window.chartsArea()->font()).pixelSize();
    const int normalPanelText = QFontInfo(editor->font()).pixelSize();
    const int normalTitle = titleOf(window.chartsArea()->chart(0))->font().pixelSize();
    press(Qt::Key_F5);
    ASSERT_TRUE(presentation().isActive());
    EXPECT_TRUE(window.isFullScreen());
    for (auto* dock : window.findChildren<QDockWidget*>()) {
        EXPECT_FALSE(dock->isVisible()) << dock->objectName().toStdString();
    }
    EXPECT_FALSE(window.menuBar()->isVisible());
    EXPECT_FALSE(toolBar()->isVisible());
    EXPECT_FALSE(window.statusBar()->isVisible());
    EXPECT_GT(QFontInfo(window.chartsArea()->font()).pixelSize(), normalText);
    EXPECT_GT(QFontInfo(editor->font()).pixelSize(), normalPanelText) << "sliders read from afar";
    EXPECT_GT(titleOf(window.chartsArea()->chart(0))->font().pixelSize(), normalTitle);
    ASSERT_TRUE(presentation().controls()->isVisible());
    EXPECT_TRUE(presentation().leaveButton()->isVisible());
    expectWholeCharts();

    // The sizes of common projectors.
    for (QSize projector : {QSize(1366, 768), QSize(1920, 1080), QSize(1024, 768)}) {
        SCOPED_TRACE(projector.width());
        window.setWindowState(Qt::WindowNoState);
        window.resize(projector);
        settle();
        expectWholeCharts();
    }
}

TEST_F(PresentationTest, PanelsComeAndGoWithoutLeavingTheMode) {
    press(Qt::Key_F5);
    ASSERT_TRUE(presentation().isActive());
    auto* editor = window.findChild<QDockWidget*>(QStringLiteral("EditorDock"));
    ASSERT_NE(editor, nullptr);
    ASSERT_FALSE(editor->isVisible());

    presentation().panelsButton()->click();
    settle();
    EXPECT_TRUE(editor->isVisible()) << "the sliders are in reach";
    EXPECT_TRUE(presentation().isActive());
    EXPECT_TRUE(window.isFullScreen());
    EXPECT_TRUE(presentation().panelsButton()->text().contains(QStringLiteral("Hide")));
    expectWholeCharts();

    press(Qt::Key_F11);
    EXPECT_FALSE(editor->isVisible());
    EXPECT_TRUE(presentation().panelsButton()->text().contains(QStringLiteral("Show")));
    press(Qt::Key_F11);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(presentation().isActive());
}

TEST_F(PresentationTest, EscapeRestoresTheWindowExactly) {
    const WindowLayout before = layout();
    press(Qt::Key_F5);
    ASSERT_TRUE(presentation().isActive());
    presentation().setPanelsHidden(false); // the panels were shown during the talk
    settle();
    press(Qt::Key_Escape);
    EXPECT_FALSE(presentation().isActive());
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_FALSE(presentation().controls()->isVisible());
    expectSameLayout(layout(), before);
}

TEST_F(PresentationTest, F5AgainAlsoLeavesAndTheLeaveButtonToo) {
    const WindowLayout before = layout();
    press(Qt::Key_F5);
    ASSERT_TRUE(presentation().isActive());
    press(Qt::Key_F5);
    EXPECT_FALSE(presentation().isActive());
    expectSameLayout(layout(), before);

    press(Qt::Key_F5);
    ASSERT_TRUE(presentation().isActive());
    presentation().leaveButton()->click();
    settle();
    QTest::qWait(50);
    EXPECT_FALSE(presentation().isActive());
    expectSameLayout(layout(), before);
}

TEST_F(PresentationTest, PanelsHiddenBeforeStayHiddenAfter) {
    press(Qt::Key_F11);
    ASSERT_TRUE(presentation().panelsHidden());
    const WindowLayout before = layout();
    press(Qt::Key_F5);
    press(Qt::Key_F11); // shown during the talk
    press(Qt::Key_Escape);
    EXPECT_TRUE(presentation().panelsHidden());
    expectSameLayout(layout(), before);
    press(Qt::Key_F11);
    EXPECT_FALSE(presentation().panelsHidden());
    auto* editor = window.findChild<QDockWidget*>(QStringLiteral("EditorDock"));
    EXPECT_TRUE(editor->isVisible()) << "F11 brings the panels back as before";
}

TEST_F(PresentationTest, ButtonsSpeakTraditionalChinese) {
    Language language;
    const QLocale locale;
    ASSERT_TRUE(language.apply(QStringLiteral("zh_TW")));
    press(Qt::Key_F5);
    EXPECT_EQ(presentation().panelsButton()->text(), QStringLiteral("顯示編輯面板"));
    EXPECT_EQ(presentation().leaveButton()->text(), QStringLiteral("離開簡報模式"));
    expectWholeCharts(); // Chinese titles whole too
    press(Qt::Key_Escape);
    language.apply(QStringLiteral("en"));
    QLocale::setDefault(locale);
}

} // namespace
} // namespace sovsim::ui
