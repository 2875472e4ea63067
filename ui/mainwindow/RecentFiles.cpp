#include "mainwindow/RecentFiles.h"

#include "model/Labels.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace sovsim::ui {

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu) {
    connect(menu_, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const {
    QStringList existing;
    for (const auto& path : settings::recentFiles.get()) {
        if (QFileInfo::exists(path)) {
            existing.append(path);
        }
    }
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = settings::recentFiles.get();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > settings::kMaxRecentFiles) {
        list.removeLast();
    }
    settings::recentFiles.set(list);
    rebuildMenu();
}

void RecentFiles::clear() {
    settings::recentFiles.set({});
    rebuildMenu();
}

void RecentFiles::retranslate() {
    menu_->setTitle(tr("Open &Recent"));
    rebuildMenu();
}

void RecentFiles::rebuildMenu() {
    menu_->clear();
    const QStringList list = files();
    int number = 1;
    for (const auto& path : list) {
        // "&1 default.json" with the full path as a tooltip, so keyboard users can pick by number.
        const QString name = Labels::literal(QFileInfo(path).fileName());
        const QString text = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name;
        auto* action = menu_->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++number;
    }
    if (list.isEmpty()) {
        menu_->addAction(tr("(no recent files)"))->setEnabled(false);
    } else {
        menu_->addSeparator();
        connect(menu_->addAction(tr("&Clear Menu")), &QAction::triggered, this,
                &RecentFiles::clear);
    }
    menu_->setToolTipsVisible(true);
    menu_->setEnabled(true);
}

} // namespace sovsim::ui
