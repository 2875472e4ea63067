#pragma once
// Presentation mode for a projector: the window goes full screen, text and chart lines grow so
// the back of the room can read them, and the editing panels can be hidden and shown again
// without leaving the mode. Leaving it restores the window exactly as it was.

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace sovsim::ui {

class ChartsArea;

class PresentationMode : public QObject {
    Q_OBJECT

public:
    // `panels` can be hidden on demand; `chrome` (toolbar, status bar) is hidden while the mode
    // is active.
    PresentationMode(QMainWindow& window, ChartsArea& charts, QList<QDockWidget*> panels,
                     QList<QWidget*> chrome);

    bool isActive() const { return active_; }
    void setActive(bool active);
    bool panelsHidden() const { return panelsHidden_; }
    void setPanelsHidden(bool hidden);

    // Text is this much larger in presentation mode.
    static constexpr double kFontScale = 1.4;

Q_SIGNALS:
    void activeChanged(bool active);
    void panelsHiddenChanged(bool hidden);

private:
    QMainWindow& window_;
    ChartsArea& charts_;
    QList<QDockWidget*> panels_;
    QList<QWidget*> chrome_;
    QList<QWidget*> hiddenChrome_;
    bool active_ = false;
    bool panelsHidden_ = false;
    QList<QDockWidget*> hiddenPanels_; // panels we hid, shown again on request
    QByteArray savedGeometry_;
    QByteArray savedState_;
    bool wasMaximized_ = false;
    QFont savedFont_;
};

} // namespace sovsim::ui
