// Help: the user guide is in the app (not only in the source tree), and the list of keyboard
// shortcuts is the window's own, so it names every shortcut that works and no other.

#include "mainwindow/HelpWindows.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

QString keysFor(const QTableWidget& table, const QString& command) {
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0)->text() == command) {
            return table.item(row, 1)->text();
        }
    }
    return {};
}

TEST(HelpTest, TheShortcutListIsTheWindowsOwn) {
    MainWindow window;
    ShortcutsDialog dialog(window);
    const QTableWidget& table = *dialog.table();
    ASSERT_GT(table.rowCount(), 8);
    EXPECT_EQ(keysFor(table, QStringLiteral("Save As…")),
              QKeySequence(QStringLiteral("Ctrl+Shift+S")).toString(QKeySequence::NativeText));
    EXPECT_EQ(keysFor(table, QStringLiteral("Presentation Mode")), QStringLiteral("F5"));
    EXPECT_FALSE(keysFor(table, QStringLiteral("Open…")).isEmpty());
    for (int row = 0; row < table.rowCount(); ++row) {
        EXPECT_FALSE(table.item(row, 0)->text().contains(QLatin1Char('&')))
            << table.item(row, 0)->text().toStdString();
        EXPECT_FALSE(table.item(row, 1)->text().isEmpty());
    }
}

TEST(HelpTest, TheUserGuideIsBuiltIn) {
    UserGuideWindow guide;
    const QString text = guide.browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("The SovSim workshop app")))
        << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Autosave")));
    EXPECT_TRUE(text.contains(QStringLiteral("Presentation")));
}

TEST(HelpTest, TheHelpMenuOffersGuideShortcutsAndLog) {
    MainWindow window;
    QStringList items;
    for (QAction* top : window.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) == QStringLiteral("Help")) {
            for (QAction* a : top->menu()->actions()) {
                items << a->text().remove(QLatin1Char('&'));
            }
        }
    }
    EXPECT_TRUE(items.contains(QStringLiteral("User Guide"))) << items.join('|').toStdString();
    EXPECT_TRUE(items.contains(QStringLiteral("Keyboard Shortcuts")));
    EXPECT_TRUE(items.contains(QStringLiteral("Open Log Folder")));
}

} // namespace
} // namespace sovsim::ui
