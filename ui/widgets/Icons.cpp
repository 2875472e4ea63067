#include "widgets/Icons.h"

#include "charts/Palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QWidget>
#include <functional>

namespace sovsim::ui::icons {
namespace {

// Draws at 2x and lets QIcon scale, so the icons stay sharp on high-DPI screens.
QIcon drawn(const QWidget& widget, const std::function<void(QPainter&, double)>& paint) {
    const int logical = widget.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &widget);
    const double ratio = std::max(2.0, widget.devicePixelRatioF());
    QPixmap pixmap(static_cast<int>(logical * ratio), static_cast<int>(logical * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, logical);
    return QIcon(pixmap);
}

QPen ink(const QWidget& widget, double width) {
    return QPen(widget.palette().color(QPalette::WindowText), width, Qt::SolidLine, Qt::RoundCap,
                Qt::RoundJoin);
}

} // namespace

QIcon add(const QWidget& widget) {
    return drawn(widget, [&](QPainter& p, double s) {
        p.setPen(ink(widget, s / 8));
        p.drawLine(QPointF(s / 2, s * 0.18), QPointF(s / 2, s * 0.82));
        p.drawLine(QPointF(s * 0.18, s / 2), QPointF(s * 0.82, s / 2));
    });
}

QIcon duplicate(const QWidget& widget) {
    return drawn(widget, [&](QPainter& p, double s) {
        p.setPen(ink(widget, s / 12));
        p.setBrush(widget.palette().color(QPalette::Base));
        p.drawRoundedRect(QRectF(s * 0.12, s * 0.12, s * 0.5, s * 0.5), s / 12, s / 12);
        p.drawRoundedRect(QRectF(s * 0.38, s * 0.38, s * 0.5, s * 0.5), s / 12, s / 12);
    });
}

QIcon rename(const QWidget& widget) {
    return drawn(widget, [&](QPainter& p, double s) {
        p.setPen(ink(widget, s / 12));
        // A pencil lying from bottom left to top right, with its tip at the bottom left.
        QPainterPath pencil;
        pencil.moveTo(s * 0.15, s * 0.85);
        pencil.lineTo(s * 0.22, s * 0.62);
        pencil.lineTo(s * 0.68, s * 0.16);
        pencil.lineTo(s * 0.84, s * 0.32);
        pencil.lineTo(s * 0.38, s * 0.78);
        pencil.closeSubpath();
        p.drawPath(pencil);
        p.drawLine(QPointF(s * 0.22, s * 0.62), QPointF(s * 0.38, s * 0.78));
    });
}

QIcon colour(const QWidget& widget) {
    return drawn(widget, [&](QPainter& p, double s) {
        p.setPen(Qt::NoPen);
        const double r = s * 0.2;
        const QPointF centres[3] = {{s * 0.3, s * 0.35}, {s * 0.7, s * 0.35}, {s * 0.5, s * 0.7}};
        for (int i = 0; i < 3; ++i) {
            p.setBrush(scenarioColour(i));
            p.drawEllipse(centres[i], r, r);
        }
    });
}

QIcon swatch(const QColor& colour, int size) {
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(140), 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3);
    return QIcon(pixmap);
}

} // namespace sovsim::ui::icons
