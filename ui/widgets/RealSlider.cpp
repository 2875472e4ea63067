#include "widgets/RealSlider.h"

#include <QPainter>
#include <QStyleOptionSlider>
#include <algorithm>
#include <cmath>

namespace sovsim::ui {

RealSlider::RealSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {
    setRange(0.0, 1.0, Scale::Linear);
    connect(this, &QSlider::valueChanged, this, [this](int position) {
        value_ = valueAt(position);
        Q_EMIT realValueChanged(value_);
    });
}

RealSlider::Scale RealSlider::suggestedScale(double minimum, double maximum) {
    if (minimum > 0.0) {
        return maximum / minimum >= 100.0 ? Scale::Logarithmic : Scale::Linear;
    }
    // From zero: logarithmic when small values matter next to a wide range (0..5 million H100e).
    return maximum >= 50.0 ? Scale::Logarithmic : Scale::Linear;
}

void RealSlider::setRange(double minimum, double maximum, Scale scale, int steps,
                          bool wholeNumbers) {
    min_ = minimum;
    max_ = std::max(maximum, minimum);
    scale_ = wholeNumbers ? Scale::Linear : scale;
    const QSignalBlocker blocker(this);
    if (wholeNumbers) {
        QSlider::setRange(0, static_cast<int>(std::lround(max_ - min_)));
        setSingleStep(1);
        setPageStep(1);
    } else {
        QSlider::setRange(0, std::max(steps, 1));
        setSingleStep(std::max(steps / 100, 1));
        setPageStep(std::max(steps / 10, 1));
    }
    QSlider::setValue(positionOf(value_));
    update();
}

double RealSlider::offset() const {
    // Zero cannot be shown on a log scale; shifting by a ten-thousandth of the range keeps the
    // bottom end usable and makes zero reachable.
    return min_ > 0.0 ? 0.0 : max_ / 10000.0 - min_;
}

double RealSlider::valueAt(int position) const {
    const double t = maximum() > 0 ? static_cast<double>(position) / maximum() : 0.0;
    if (scale_ == Scale::Linear) {
        return min_ + t * (max_ - min_);
    }
    const double c = offset();
    const double lo = std::log(min_ + c);
    const double hi = std::log(max_ + c);
    return std::clamp(std::exp(lo + t * (hi - lo)) - c, min_, max_);
}

int RealSlider::positionOf(double value) const {
    const double v = std::clamp(value, min_, max_);
    double t = 0.0;
    if (max_ > min_) {
        if (scale_ == Scale::Linear) {
            t = (v - min_) / (max_ - min_);
        } else {
            const double c = offset();
            t = (std::log(v + c) - std::log(min_ + c)) / (std::log(max_ + c) - std::log(min_ + c));
        }
    }
    return static_cast<int>(std::lround(t * maximum()));
}

void RealSlider::setRealValue(double value) {
    value_ = std::clamp(value, min_, max_);
    const QSignalBlocker blocker(this);
    QSlider::setValue(positionOf(value_));
}

void RealSlider::setMarkValue(std::optional<double> value) {
    mark_ = value;
    update();
}

void RealSlider::paintEvent(QPaintEvent* event) {
    QSlider::paintEvent(event);
    if (!mark_) {
        return;
    }
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    // The handle's centre travels over [groove.left + handle/2, groove.right - handle/2].
    const int span = groove.width() - handle.width();
    const int x = groove.left() + handle.width() / 2 +
                  QStyle::sliderPositionFromValue(minimum(), maximum(), positionOf(*mark_), span,
                                                  option.upsideDown);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::WindowText));
    // A small triangle under the groove, pointing up at the preset value.
    const double size = std::max(3.0, height() / 6.0);
    const double bottom = height() - 1.0;
    const QPointF triangle[3] = {
        {x - size, bottom}, {x + size, bottom}, {double(x), bottom - size * 1.3}};
    painter.drawPolygon(triangle, 3);
}

} // namespace sovsim::ui
