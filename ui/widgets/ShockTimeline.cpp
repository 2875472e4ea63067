#include "widgets/ShockTimeline.h"

#include "charts/Palette.h"
#include "model/Labels.h"
#include "undo/CommandIds.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace sovsim::ui {
namespace {

sovsim::YearMonth fromMonths(int months) {
    return {sovsim::kStartYear + months / 12, months % 12 + 1};
}
int toMonths(const sovsim::YearMonth& ym) {
    return (ym.year - sovsim::kStartYear) * 12 + (ym.month - 1);
}

} // namespace

ShockTimeline::ShockTimeline(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize ShockTimeline::sizeHint() const {
    const int lanes = std::max<int>(1, static_cast<int>(scenario_.shocks.size()));
    return {300, fontMetrics().height() * 2 + lanes * laneHeight() + 8};
}
QSize ShockTimeline::minimumSizeHint() const {
    return {200, sizeHint().height()};
}

int ShockTimeline::laneHeight() const {
    return fontMetrics().height() + 12;
}

void ShockTimeline::setColour(const QColor& colour) {
    if (colour != colour_) {
        colour_ = colour;
        update();
    }
}

void ShockTimeline::setScenario(const sovsim::Scenario& scenario) {
    const bool laneCountChanged = scenario.shocks.size() != scenario_.shocks.size();
    scenario_ = scenario;
    if (selected_ >= static_cast<int>(scenario_.shocks.size())) {
        selected_ = -1;
    }
    if (laneCountChanged) {
        updateGeometry();
    }
    update();
}

void ShockTimeline::setSelected(int shock) {
    if (shock != selected_) {
        selected_ = shock;
        keyGesture_ = EditGesture{}; // arrow steps on another shock are another undo step
        update();
    }
}

QRectF ShockTimeline::plotArea() const {
    const double margin = fontMetrics().horizontalAdvance(QStringLiteral("2025")) / 2.0 + 4;
    const double axisHeight = fontMetrics().height() * 1.6;
    return QRectF(margin, 4, width() - 2 * margin, height() - axisHeight - 4);
}

double ShockTimeline::xOfYears(double years) const {
    const QRectF area = plotArea();
    const double span = scenario_.timeline.endYear + 1 - sovsim::kStartYear;
    return area.left() + area.width() * std::clamp(years / span, 0.0, 1.0);
}

QRectF ShockTimeline::barRect(int shock) const {
    const auto& s = scenario_.shocks.at(static_cast<size_t>(shock));
    const QRectF area = plotArea();
    const double x0 = xOfYears(s.startYears());
    const double x1 = s.type == sovsim::ShockType::ChipLeap ? area.right() : xOfYears(s.endYears());
    const double top = area.top() + shock * laneHeight();
    return QRectF(x0, top + 2, std::max(x1 - x0, 6.0), laneHeight() - 4);
}

int ShockTimeline::monthsAt(double x) const {
    const QRectF area = plotArea();
    const double span = scenario_.timeline.endYear + 1 - sovsim::kStartYear;
    return static_cast<int>(std::lround((x - area.left()) / area.width() * span * 12.0));
}

int ShockTimeline::maxStartMonths() const {
    return (scenario_.timeline.endYear - sovsim::kStartYear) * 12 + 11;
}

void ShockTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));

    // Year ticks and labels; label every year when there is room, else every fifth.
    const int lastYear = scenario_.timeline.endYear + 1;
    const double yearWidth = xOfYears(1.0) - xOfYears(0.0);
    const int labelEvery =
        yearWidth > fontMetrics().horizontalAdvance(QStringLiteral("2025 ")) ? 1 : 5;
    p.setPen(pal.color(QPalette::Mid));
    for (int year = sovsim::kStartYear; year <= lastYear; ++year) {
        const double x = xOfYears(year - sovsim::kStartYear);
        p.setPen(QPen(pal.color(QPalette::Midlight), 1));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        if ((year - sovsim::kStartYear) % labelEvery == 0) {
            p.setPen(pal.color(QPalette::Text));
            const QRectF label(x - 30, area.bottom() + 2, 60, fontMetrics().height() + 2);
            p.drawText(label, Qt::AlignCenter, QString::number(year));
        }
    }

    if (scenario_.shocks.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No shocks: a calm world. Add one below."));
        return;
    }
    // The scenario's colour, so a bar here and its shock lane on the charts read as one thing.
    const QColor colour = colour_.isValid() ? colour_ : scenarioColour(0);
    for (int i = 0; i < static_cast<int>(scenario_.shocks.size()); ++i) {
        const auto& s = scenario_.shocks[static_cast<size_t>(i)];
        const QRectF bar = barRect(i);
        QColor fill = colour;
        // Stronger shocks are drawn more opaque.
        fill.setAlphaF(static_cast<float>(0.3 + 0.5 * std::clamp(s.severity, 0.0, 1.0)));
        const QColor outline = colour.darker(130);
        p.setPen(i == selected_ ? QPen(outline, 2) : QPen(outline, 1));
        p.setBrush(fill);
        p.drawRoundedRect(bar, 4, 4);
        // The name goes inside the bar when it fits, otherwise beside it.
        const QString name = Labels::shockName(s.type);
        const double textWidth = fontMetrics().horizontalAdvance(name) + 8;
        QRectF textRect = bar.adjusted(4, 0, -4, 0);
        Qt::Alignment align = Qt::AlignVCenter | Qt::AlignLeft;
        QColor textColour = textColourOn(blendOver(fill, pal.color(QPalette::Base)));
        if (textWidth > bar.width()) {
            textColour = pal.color(QPalette::Text);
            if (area.right() - bar.right() >= textWidth) {
                textRect = QRectF(bar.right() + 4, bar.top(), textWidth, bar.height());
            } else {
                textRect = QRectF(bar.left() - textWidth - 4, bar.top(), textWidth, bar.height());
                align = Qt::AlignVCenter | Qt::AlignRight;
            }
        }
        p.setPen(textColour);
        p.drawText(textRect, align, name);
    }
}

void ShockTimeline::mousePressEvent(QMouseEvent* event) {
    for (int i = 0; i < static_cast<int>(scenario_.shocks.size()); ++i) {
        if (barRect(i).contains(event->position())) {
            setSelected(i);
            Q_EMIT shockSelected(i);
            const int start = toMonths(scenario_.shocks[static_cast<size_t>(i)].start);
            drag_ = Drag{i, monthsAt(event->position().x()) - start, nextGestureId()};
            setCursor(Qt::ClosedHandCursor);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ShockTimeline::mouseMoveEvent(QMouseEvent* event) {
    if (!drag_) {
        bool overBar = false;
        for (int i = 0; i < static_cast<int>(scenario_.shocks.size()); ++i) {
            overBar = overBar || barRect(i).contains(event->position());
        }
        setCursor(overBar ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    const int months =
        std::clamp(monthsAt(event->position().x()) - drag_->grabOffsetMonths, 0, maxStartMonths());
    const auto start = fromMonths(months);
    if (!(start == scenario_.shocks[static_cast<size_t>(drag_->shock)].start)) {
        Q_EMIT shockMoved(drag_->shock, start, drag_->gesture);
    }
}

void ShockTimeline::mouseReleaseEvent(QMouseEvent* event) {
    if (drag_) {
        drag_.reset();
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ShockTimeline::keyPressEvent(QKeyEvent* event) {
    if (selected_ < 0 || selected_ >= static_cast<int>(scenario_.shocks.size())) {
        QWidget::keyPressEvent(event);
        return;
    }
    int step = 0;
    if (event->key() == Qt::Key_Left) {
        step = -1;
    } else if (event->key() == Qt::Key_Right) {
        step = 1;
    }
    if (step == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        step *= 12; // a year at a time
    }
    const int months =
        std::clamp(toMonths(scenario_.shocks[static_cast<size_t>(selected_)].start) + step, 0,
                   maxStartMonths());
    // A run of arrow presses is one undo step, like a drag.
    Q_EMIT shockMoved(selected_, fromMonths(months), keyGesture_.forEdit(false));
}

} // namespace sovsim::ui
