#pragma once
// Presentation mode for a projector: the window goes full screen with the charts only (no
// editing panels, toolbar, menu or status bar), and text and chart lines grow so the back of the
// room can read them. Two buttons beside the chart tabs bring the editing panels in and out (F11)
// for the sliders the facilitator is demonstrating, floating over the charts so these keep their
// layout, and leave the mode (Esc or F5). Leaving restores the window exactly as it was: size,
// docked panels and their sizes, bars and font.

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolButton;
class QWidget;

namespace sovsim::ui {

class ChartsArea;

class PresentationMode : public QObject {
    Q_OBJECT

public:
    // `panels` are hidden while the mode is active and can be brought back on demand; `chrome`
    // (toolbar, status bar) and the menu bar are hidden while it is active.
    PresentationMode(QMainWindow& window, ChartsArea& charts, QList<QDockWidget*> panels,
                     QList<QWidget*> chrome);

    bool isActive() const { return active_; }
    void setActive(bool active);
    bool panelsHidden() const { return panelsHidden_; }
    void setPanelsHidden(bool hidden);

    // The buttons shown beside the chart tabs while the mode is active: editing panels and leave.
    QWidget* controls() const { return controls_; }
    QToolButton* panelsButton() const { return panelsButton_; }
    QToolButton* leaveButton() const { return leaveButton_; }

    // Text is this much larger in presentation mode.
    static constexpr double kFontScale = 1.4;

Q_SIGNALS:
    void activeChanged(bool active);
    void panelsHiddenChanged(bool hidden);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createControls();
    void retranslate();
    void hideChrome();
    void restoreChrome();
    void enlargeText(bool larger);
    void floatOverCharts(const QList<QDockWidget*>& panels);

    QMainWindow& window_;
    ChartsArea& charts_;
    QList<QDockWidget*> panels_;
    QList<QWidget*> chrome_;
    QList<QWidget*> hiddenChrome_;
    // Menu actions the window carries while the menu bar is hidden, so their shortcuts still work.
    QList<QAction*> borrowedActions_;
    bool active_ = false;
    bool panelsHidden_ = false;
    QList<QDockWidget*> hiddenPanels_; // panels we hid, shown again on request
    // The window before the mode, restored when it ends.
    QByteArray savedGeometry_;
    QByteArray savedState_;
    bool wasMaximized_ = false;
    QList<QFont> savedFonts_; // of the charts and the panels
    bool savedPanelsHidden_ = false;
    QList<QDockWidget*> savedHiddenPanels_;

    QWidget* controls_ = nullptr;
    QToolButton* panelsButton_ = nullptr;
    QToolButton* leaveButton_ = nullptr;
};

} // namespace sovsim::ui
