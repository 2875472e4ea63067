#pragma once
// The "Open Recent" list: most recent first, remembered between runs, files that no longer
// exist are dropped when the menu is shown.

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace sovsim::ui {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    void add(const QString& path);
    void clear();
    QStringList files() const;
    void retranslate();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuildMenu();

    QMenu* menu_;
};

} // namespace sovsim::ui
