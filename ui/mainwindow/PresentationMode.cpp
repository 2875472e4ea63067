#include "mainwindow/PresentationMode.h"

#include "widgets/ChartsArea.h"

#include <QDockWidget>
#include <QMainWindow>

namespace sovsim::ui {

PresentationMode::PresentationMode(QMainWindow& window, ChartsArea& charts,
                                   QList<QDockWidget*> panels, QList<QWidget*> chrome)
    : QObject(&window), window_(window), charts_(charts), panels_(std::move(panels)),
      chrome_(std::move(chrome)) {}

void PresentationMode::setActive(bool active) {
    if (active == active_) {
        return;
    }
    active_ = active;
    if (active) {
        savedGeometry_ = window_.saveGeometry();
        savedState_ = window_.saveState();
        wasMaximized_ = window_.isMaximized();
        savedFont_ = window_.font();
        QFont big = savedFont_;
        if (big.pointSizeF() > 0) {
            big.setPointSizeF(big.pointSizeF() * kFontScale);
        } else {
            big.setPixelSize(static_cast<int>(big.pixelSize() * kFontScale));
        }
        window_.setFont(big);
        charts_.setPresentationMode(true);
        hiddenChrome_.clear();
        for (auto* widget : chrome_) {
            if (widget->isVisible()) {
                hiddenChrome_.append(widget);
                widget->hide();
            }
        }
        window_.showFullScreen();
    } else {
        window_.setFont(savedFont_);
        charts_.setPresentationMode(false);
        // Docks widened for the larger text go back to the sizes they had.
        window_.restoreState(savedState_);
        for (auto* widget : hiddenChrome_) {
            widget->show();
        }
        hiddenChrome_.clear();
        setPanelsHidden(false);
        if (wasMaximized_) {
            window_.showMaximized();
        } else {
            window_.showNormal();
            window_.restoreGeometry(savedGeometry_);
        }
    }
    Q_EMIT activeChanged(active_);
}

void PresentationMode::setPanelsHidden(bool hidden) {
    if (hidden == panelsHidden_) {
        return;
    }
    panelsHidden_ = hidden;
    if (hidden) {
        hiddenPanels_.clear();
        for (auto* panel : panels_) {
            if (panel->isVisible()) {
                hiddenPanels_.append(panel);
                panel->hide();
            }
        }
    } else {
        for (auto* panel : hiddenPanels_) {
            panel->show();
        }
        hiddenPanels_.clear();
    }
    Q_EMIT panelsHiddenChanged(panelsHidden_);
}

} // namespace sovsim::ui
