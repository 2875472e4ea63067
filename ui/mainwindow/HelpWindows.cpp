#include "mainwindow/HelpWindows.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sovsim::ui {
namespace {

// "&Save As…" -> "Save As…" (a literal "&&" stays one "&").
QString plainText(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(QMenu* menu, QList<QAction*>& out) {
    for (QAction* action : menu->actions()) {
        if (action->menu() != nullptr) {
            collect(action->menu(), out);
        } else if (!action->shortcut().isEmpty() && !out.contains(action)) {
            out << action;
        }
    }
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("SovSim user guide"));
    browser_ = new QTextBrowser(this);
    browser_->setOpenExternalLinks(true);
    // The screenshots are found where the documentation is: beside the sources SovSim was built
    // from, or installed with it.
    browser_->setSearchPaths(
        {QStringLiteral(SOVSIM_SOURCE_DOCS), QStringLiteral(SOVSIM_INSTALLED_DOCS)});
    QFile guide(QStringLiteral(":/docs/gui.md"));
    if (guide.open(QIODevice::ReadOnly)) {
        browser_->setMarkdown(QString::fromUtf8(guide.readAll()));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    resize(900, 700);
}

ShortcutsDialog::ShortcutsDialog(QMainWindow& window, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QAction*> actions;
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() != nullptr) {
            collect(top->menu(), actions);
        }
    }
    // Window-wide actions that live outside the menus (Escape leaves presentation mode).
    for (QAction* action : window.actions()) {
        if (!action->shortcut().isEmpty() && !actions.contains(action) &&
            !action->text().isEmpty()) {
            actions << action;
        }
    }
    table_ = new QTableWidget(static_cast<int>(actions.size()), 2, this);
    table_->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < actions.size(); ++row) {
        QAction* action = actions[row];
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys << key.toString(QKeySequence::NativeText);
        }
        table_->setItem(row, 0, new QTableWidgetItem(plainText(action->text())));
        table_->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace sovsim::ui
