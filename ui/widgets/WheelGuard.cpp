#include "widgets/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace sovsim::ui {

WheelGuard::WheelGuard(QObject* parent) : QObject(parent) {}

bool WheelGuard::guards(const QObject* widget) {
    // A scroll bar is how panels scroll, not a value of the scenario (and the scroll area hands
    // its wheel to it).
    if (qobject_cast<const QScrollBar*>(widget) != nullptr) {
        return false;
    }
    return qobject_cast<const QAbstractSlider*>(widget) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(widget) != nullptr ||
           qobject_cast<const QComboBox*>(widget) != nullptr;
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (!guards(watched)) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(watched);
    if (event->type() == QEvent::Polish) {
        // With Qt::WheelFocus the wheel itself would give the control focus before this filter
        // sees the event; clicks and Tab still do.
        if (widget->focusPolicy() == Qt::WheelFocus) {
            widget->setFocusPolicy(Qt::StrongFocus);
        }
        return false;
    }
    if (event->type() == QEvent::Wheel && !widget->hasFocus()) {
        // Handed to the scroll area around the panel explicitly: Qt offers an ignored wheel to
        // the parents only for events that come from the window system, and the panel should
        // scroll the same way however the wheel arrived.
        if (QAbstractScrollArea* area = scrollAreaAround(widget)) {
            scrollInstead(area, widget, static_cast<QWheelEvent*>(event));
            event->accept();
        } else {
            event->ignore();
        }
        return true;
    }
    return false;
}

QAbstractScrollArea* WheelGuard::scrollAreaAround(QWidget* widget) {
    for (QWidget* w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
            return area;
        }
    }
    return nullptr;
}

void WheelGuard::scrollInstead(QAbstractScrollArea* area, QWidget* control,
                               const QWheelEvent* wheel) {
    QWidget* viewport = area->viewport();
    const QPointF local = viewport->isAncestorOf(control)
                              ? control->mapTo(viewport, wheel->position())
                              : viewport->mapFromGlobal(wheel->globalPosition());
    QWheelEvent forwarded(local, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                          wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                          wheel->source());
    QApplication::sendEvent(viewport, &forwarded);
}

} // namespace sovsim::ui
