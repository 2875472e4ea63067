#include "mainwindow/PresentationMode.h"

#include "widgets/ChartsArea.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace sovsim::ui {
namespace {

// Every action of the menus under `widget` that has a shortcut.
void collectShortcutActions(const QWidget& widget, QList<QAction*>& out) {
    for (QAction* action : widget.actions()) {
        if (QMenu* menu = action->menu()) {
            collectShortcutActions(*menu, out);
        } else if (!action->shortcuts().isEmpty() && !out.contains(action)) {
            out.append(action);
        }
    }
}

} // namespace

PresentationMode::PresentationMode(QMainWindow& window, ChartsArea& charts,
                                   QList<QDockWidget*> panels, QList<QWidget*> chrome)
    : QObject(&window), window_(window), charts_(charts), panels_(std::move(panels)),
      chrome_(std::move(chrome)) {
    createControls();
}

void PresentationMode::createControls() {
    controls_ = new QWidget;
    controls_->setObjectName(QStringLiteral("PresentationControls"));
    auto* layout = new QHBoxLayout(controls_);
    layout->setContentsMargins(0, 0, 4, 0);
    panelsButton_ = new QToolButton(controls_);
    panelsButton_->setCheckable(true);
    panelsButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(panelsButton_, &QToolButton::clicked, this,
            [this](bool checked) { setPanelsHidden(!checked); });
    leaveButton_ = new QToolButton(controls_);
    leaveButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(leaveButton_, &QToolButton::clicked, this, [this] { setActive(false); });
    layout->addWidget(panelsButton_);
    layout->addWidget(leaveButton_);
    // Beside the Charts and Summary table tabs, where they cover nothing.
    if (auto* tabs = qobject_cast<QTabWidget*>(window_.centralWidget())) {
        tabs->setCornerWidget(controls_, Qt::TopRightCorner);
    } else {
        controls_->setParent(&window_);
    }
    controls_->hide();
    controls_->installEventFilter(this);
    retranslate();
}

void PresentationMode::retranslate() {
    panelsButton_->setText(panelsHidden_ ? tr("Show editing panels") : tr("Hide editing panels"));
    panelsButton_->setToolTip(tr("The scenario list and the sliders, over the charts (F11)"));
    panelsButton_->setAccessibleName(panelsButton_->text());
    leaveButton_->setText(tr("Leave presentation"));
    leaveButton_->setToolTip(tr("Back to the workshop window as it was (Esc or F5)"));
    leaveButton_->setAccessibleName(leaveButton_->text());
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
    if (watched == controls_ && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void PresentationMode::hideChrome() {
    hiddenChrome_.clear();
    QList<QWidget*> bars = chrome_;
    if (QWidget* menu = window_.menuWidget()) {
        bars.append(menu);
        // A hidden menu bar's shortcuts stop working; the window carries them meanwhile.
        QList<QAction*> actions;
        collectShortcutActions(*menu, actions);
        for (QAction* action : actions) {
            if (!window_.actions().contains(action)) {
                borrowedActions_.append(action);
                window_.addAction(action);
            }
        }
    }
    for (auto* widget : bars) {
        if (widget->isVisible()) {
            hiddenChrome_.append(widget);
            widget->hide();
        }
    }
}

void PresentationMode::restoreChrome() {
    for (QAction* action : borrowedActions_) {
        window_.removeAction(action);
    }
    borrowedActions_.clear();
    for (auto* widget : hiddenChrome_) {
        widget->show();
    }
    hiddenChrome_.clear();
}

void PresentationMode::enlargeText(bool larger) {
    // The charts and the panels grow; the bars, hidden meanwhile, keep their font and so their
    // height, and come back exactly as they were.
    QList<QWidget*> widgets{window_.centralWidget()};
    for (auto* panel : panels_) {
        widgets.append(panel);
    }
    if (larger) {
        savedFonts_.clear();
        for (QWidget* widget : widgets) {
            // A font of its own is restored as it was; an inherited one is inherited again.
            savedFonts_.append(widget->testAttribute(Qt::WA_SetFont) ? widget->font() : QFont());
            QFont big = widget->font();
            if (big.pointSizeF() > 0) {
                big.setPointSizeF(big.pointSizeF() * kFontScale);
            } else {
                big.setPixelSize(static_cast<int>(big.pixelSize() * kFontScale));
            }
            widget->setFont(big);
        }
    } else {
        for (qsizetype i = 0; i < widgets.size() && i < savedFonts_.size(); ++i) {
            widgets[i]->setFont(savedFonts_[i]);
        }
    }
    // Panels on hidden tabs keep the sizes they measured in the old font until they are shown,
    // and the docks would size themselves by those: have every layout in them measure again.
    for (QWidget* widget : widgets) {
        for (QLayout* layout : widget->findChildren<QLayout*>()) {
            layout->invalidate();
        }
    }
}

void PresentationMode::floatOverCharts(const QList<QDockWidget*>& panels) {
    // One column down the left edge of the screen, as wide as the widest panel needs, each panel
    // as tall as its share of the docked height.
    const QRect screen = window_.geometry();
    int total = 0;
    int width = 0;
    for (auto* panel : panels) {
        total += std::max(1, panel->height());
        width = std::max({width, panel->sizeHint().width(), panel->minimumSizeHint().width()});
    }
    width = std::min(width, screen.width() / 2);
    int top = screen.top();
    for (auto* panel : panels) {
        const int height = screen.height() * std::max(1, panel->height()) / std::max(1, total);
        if (!panel->isFloating()) { // else where the facilitator left it
            panel->setFloating(true);
            panel->setGeometry(screen.left(), top, width, height);
        }
        top += height;
    }
}

void PresentationMode::setActive(bool active) {
    if (active == active_) {
        return;
    }
    active_ = active;
    if (active) {
        savedGeometry_ = window_.saveGeometry();
        savedState_ = window_.saveState();
        wasMaximized_ = window_.isMaximized();
        savedPanelsHidden_ = panelsHidden_;
        savedHiddenPanels_ = hiddenPanels_;
        enlargeText(true);
        charts_.setPresentationMode(true);
        hideChrome();
        setPanelsHidden(true); // the projector shows the charts only
        controls_->show();
        window_.showFullScreen();
    } else {
        controls_->hide();
        // The bars come back before the font does, so they measure themselves in it.
        restoreChrome();
        enlargeText(false);
        charts_.setPresentationMode(false);
        if (wasMaximized_) {
            window_.showMaximized();
        } else {
            window_.showNormal();
            window_.restoreGeometry(savedGeometry_);
        }
        // Panels docked, shown or hidden as before, at the sizes they had; once more when the
        // bars have settled at their normal height, so no split moves by a pixel.
        window_.restoreState(savedState_);
        QTimer::singleShot(0, this, [this, state = savedState_] {
            if (!active_) {
                window_.restoreState(state);
            }
        });
        // The keyboard goes back to the window (a floating panel may have had it).
        window_.activateWindow();
        const bool changed = panelsHidden_ != savedPanelsHidden_;
        panelsHidden_ = savedPanelsHidden_;
        hiddenPanels_ = savedHiddenPanels_;
        retranslate();
        if (changed) {
            Q_EMIT panelsHiddenChanged(panelsHidden_);
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
        // On the projector the panels float over the charts, which keep their layout: the
        // room's view does not reflow, and a small screen never has to fit panels and charts.
        if (active_) {
            floatOverCharts(hiddenPanels_);
        }
        for (auto* panel : hiddenPanels_) {
            panel->show();
        }
        hiddenPanels_.clear();
    }
    panelsButton_->setChecked(!panelsHidden_);
    retranslate();
    Q_EMIT panelsHiddenChanged(panelsHidden_);
}

} // namespace sovsim::ui
