#pragma once
// Help > User Guide and Help > Keyboard Shortcuts. The guide is docs/gui.md, compiled into the
// app so it is there however SovSim was installed; the shortcut list is read from the window's
// own actions, so it can never disagree with what the keys do.

#include <QDialog>

class QMainWindow;
class QTextBrowser;
class QTableWidget;

namespace sovsim::ui {

class UserGuideWindow : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_ = nullptr;
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    // Lists every action of `window` (menus and toolbar) that has a keyboard shortcut.
    explicit ShortcutsDialog(QMainWindow& window, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_ = nullptr;
};

} // namespace sovsim::ui
