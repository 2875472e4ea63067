// The real `sovsim` program: --help and --version work without a display (they only print),
// and the window's standard shortcuts are bound on every platform.

#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

// Runs sovsim as on a machine with no desktop session.
QProcess* runWithoutDisplay(const QStringList& arguments) {
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QString::fromLatin1(name));
    }
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(SOVSIM_GUI_PATH), arguments);
    EXPECT_TRUE(process->waitForFinished(60000));
    return process;
}

TEST(AppTest, HelpWorksWithoutADisplay) {
    std::unique_ptr<QProcess> p(runWithoutDisplay({QStringLiteral("--help")}));
    EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("Usage:"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("--language"))) << out.toStdString();
}

TEST(AppTest, VersionWorksWithoutADisplay) {
    std::unique_ptr<QProcess> p(runWithoutDisplay({QStringLiteral("--version")}));
    EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(p->readAllStandardOutput()).contains(QStringLiteral(SOVSIM_VERSION)));
}

TEST(AppTest, WithoutADisplayTheWindowExplainsItself) {
    std::unique_ptr<QProcess> p(runWithoutDisplay({}));
    EXPECT_EQ(p->exitCode(), 2);
    EXPECT_TRUE(
        QString::fromUtf8(p->readAllStandardError()).contains(QStringLiteral("sovsim-cli")));
}

TEST(AppTest, SaveAsHasCtrlShiftSEverywhere) {
    MainWindow window;
    QAction* saveAs = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Save As"))) {
                saveAs = action;
            }
        }
    }
    ASSERT_NE(saveAs, nullptr);
    EXPECT_EQ(saveAs->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
}

} // namespace
} // namespace sovsim::ui
