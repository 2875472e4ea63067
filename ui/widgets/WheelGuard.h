#pragma once
// Keeps the mouse wheel from editing the scenario by accident. Scrolling an editing panel with
// a wheel or touchpad passes over sliders, spin boxes and combo boxes; Qt lets each of them take
// the wheel and change its value, so ten notches moved a lever by a quarter and one notch over
// the Country box replaced every slider. With the guard installed on the application, a wheel
// over such a control that does not have keyboard focus scrolls the panel around it instead;
// once the user has clicked or tabbed into the control, the wheel adjusts it as usual.

#include <QObject>

class QAbstractScrollArea;
class QWheelEvent;
class QWidget;

namespace sovsim::ui {

class WheelGuard : public QObject {
    Q_OBJECT

public:
    explicit WheelGuard(QObject* parent = nullptr);

    // Whether `widget` is a value control the guard protects (slider, spin box, combo box).
    static bool guards(const QObject* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static QAbstractScrollArea* scrollAreaAround(QWidget* widget);
    static void scrollInstead(QAbstractScrollArea* area, QWidget* control,
                              const QWheelEvent* wheel);
};

} // namespace sovsim::ui
