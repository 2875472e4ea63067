#include "charts/ShockLaneStrip.h"

#include "charts/ChartTheme.h"
#include "charts/Palette.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace sovsim::ui {
namespace {

constexpr double kMinBarPx = 3.0; // a one-month shock on a long axis is still visible

} // namespace

ShockLaneStrip::ShockLaneStrip(QCustomPlot* plot, QCPAxisRect* dataRect,
                               std::vector<ShockLane> lanes, std::vector<QColor> colours,
                               const ChartStyle& style)
    : QCPLayoutElement(plot), dataRect_(dataRect), lanes_(std::move(lanes)),
      colours_(std::move(colours)) {
    const double px = style.sizes.shockLabelPx;
    font_ = chartFont(style, px);
    labelFont_ = chartFont(style, px, true);
    background_ = style.theme.background;
    text_ = style.theme.text;
    pad_ = std::max(2.0, px * 0.35);
    gap_ = std::max(4.0, px * 0.6);
    laneGap_ = std::max(2.0, px * 0.3);
    edge_ = style.sizes.marginPx;
    int height = 0;
    for (size_t i = 0; i < lanes_.size(); ++i) {
        height += lanes_[i].rowCount * rowHeight();
    }
    height += static_cast<int>(std::ceil(laneGap_)) * std::max(0, int(lanes_.size()) - 1);
    setAutoMargins(QCP::msNone);
    setMargins(QMargins(0, static_cast<int>(px * 0.4), 0, static_cast<int>(px * 0.5)));
    setMinimumSize(0, height);
    setMaximumSize(QWIDGETSIZE_MAX, height);
}

int ShockLaneStrip::rowHeight() const {
    // The font's full line height (accents, descenders, CJK) plus a little air above and below.
    const double line = std::max(QFontMetricsF(font_).height(), QFontMetricsF(labelFont_).height());
    return static_cast<int>(std::ceil(line + 2.0 * std::max(1.0, font_.pixelSize() * 0.15)));
}

double ShockLaneStrip::laneTop(int lane) const {
    double top = mRect.top();
    for (int i = 0; i < lane; ++i) {
        top += lanes_[static_cast<size_t>(i)].rowCount * rowHeight() + std::ceil(laneGap_);
    }
    return top;
}

double ShockLaneStrip::labelWidth(double cap) const {
    const QFontMetricsF fm(labelFont_);
    double widest = 0;
    for (const ShockLane& lane : lanes_) {
        widest = std::max(widest, fm.horizontalAdvance(lane.shortName));
    }
    return std::min(std::ceil(widest) + 1.0, cap);
}

QString ShockLaneStrip::toolTipAt(const QPointF& pos) const {
    for (const DrawnText& t : texts_) {
        if (t.rect.contains(pos)) {
            return t.toolTip;
        }
    }
    for (const DrawnBar& b : bars_) {
        if (b.rect.contains(pos)) {
            return b.toolTip;
        }
    }
    return {};
}

void ShockLaneStrip::draw(QCPPainter* painter) {
    texts_.clear();
    bars_.clear();
    if (dataRect_ == nullptr) {
        return;
    }
    painter->setAntialiasing(true);
    for (int lane = 0; lane < static_cast<int>(lanes_.size()); ++lane) {
        const double top = laneTop(lane);
        const double height = lanes_[static_cast<size_t>(lane)].rowCount * rowHeight();
        // A faint tint of the scenario's colour marks the lane's extent.
        QColor tint = laneColour(lane);
        tint.setAlphaF(0.08f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawRect(QRectF(dataRect_->left(), top, dataRect_->width(), height));
        drawLaneLabel(*painter, lane, top, height);
        for (int row = 0; row < lanes_[static_cast<size_t>(lane)].rowCount; ++row) {
            const double rowTop = top + row * rowHeight();
            drawRow(*painter, lane, row, {rowTop, rowTop + rowHeight()});
        }
    }
}

void ShockLaneStrip::drawLaneLabel(QCPPainter& painter, int lane, double top, double height) {
    const ShockLane& l = lanes_[static_cast<size_t>(lane)];
    painter.setFont(labelFont_);
    const QFontMetricsF fm(labelFont_, painter.device());
    const double right = dataRect_->left() - gap_;
    const double left = mOuterRect.left() + edge_;
    const QString text = fm.elidedText(l.shortName, Qt::ElideRight, right - left);
    if (text.isEmpty()) {
        return;
    }
    const double w = fm.horizontalAdvance(text);
    DrawnText t;
    t.rect = QRectF(right - w, top + (height - fm.height()) / 2.0, w, fm.height());
    t.text = text;
    t.full = l.shortName;
    t.toolTip = l.name;
    t.colour = legibleOn(laneColour(lane), background_);
    t.lane = lane;
    t.laneLabel = true;
    drawText(painter, std::move(t));
}

void ShockLaneStrip::drawRow(QCPPainter& painter, int lane, int row, const Row& y) {
    const ShockLane& l = lanes_[static_cast<size_t>(lane)];
    const QCPAxis* x = dataRect_->axis(QCPAxis::atBottom);
    const double plotLeft = dataRect_->left();
    const double plotRight = dataRect_->left() + dataRect_->width();
    painter.setFont(font_);
    const QFontMetricsF fm(font_, painter.device());
    const double textTop = y.top + (y.bottom - y.top - fm.height()) / 2.0;

    std::vector<const ShockBar*> bars;
    for (const ShockBar& b : l.bars) {
        if (b.row == row) {
            bars.push_back(&b);
        }
    }
    std::vector<QRectF> rects;
    for (const ShockBar* b : bars) {
        double left = std::clamp(x->coordToPixel(b->startYear), plotLeft, plotRight);
        double right = std::clamp(x->coordToPixel(b->endYear), plotLeft, plotRight);
        if (right - left < kMinBarPx) {
            right = std::min(plotRight, left + kMinBarPx);
            left = right - kMinBarPx;
        }
        rects.emplace_back(left, y.top + 1.0, right - left, y.bottom - y.top - 2.0);
    }

    const QColor colour = laneColour(lane);
    double freeFrom = plotLeft; // the row is free of bars and texts from here on
    for (size_t i = 0; i < bars.size(); ++i) {
        const ShockBar& b = *bars[i];
        const QRectF& bar = rects[i];
        // A permanent shock (a chip leap) is a paler bar from its start to the edge, with a solid
        // start line: it does not end.
        QColor fill = colour;
        if (b.permanent) {
            fill.setAlphaF(static_cast<float>(permanentAlpha_));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 2.0, 2.0);
        if (b.permanent) {
            painter.setBrush(colour);
            painter.drawRect(
                QRectF(bar.left(), bar.top(), std::min(bar.width(), 2.0), bar.height()));
        }
        const QColor seen = blendOver(fill, background_);
        const QString toolTip = l.name + QLatin1Char('\n') + b.details();
        bars_.push_back({bar, seen, lane, toolTip});

        // The name inside the bar when it fits; else beside it (right, then left) where the row
        // is free; else shortened to the largest of those spaces; else only in the tooltip.
        const QString name = b.name();
        const double need = fm.horizontalAdvance(name) + 2.0 * pad_;
        const double next = i + 1 < bars.size() ? rects[i + 1].left() : plotRight;
        const double inside = bar.width();
        const double after = next - bar.right();
        const double before = bar.left() - freeFrom;
        DrawnText t;
        t.full = name;
        t.toolTip = toolTip;
        t.lane = lane;
        double textLeft = 0;
        if (need <= inside) {
            t.text = name;
            textLeft = bar.left() + pad_;
            t.colour = textColourOn(seen);
        } else if (need <= after) {
            t.text = name;
            textLeft = bar.right() + pad_;
            t.colour = text_;
        } else if (need <= before) {
            t.text = name;
            textLeft = bar.left() - need + pad_;
            t.colour = text_;
        } else {
            const double room = std::max({inside, after, before});
            t.text = fm.elidedText(name, Qt::ElideRight, room - 2.0 * pad_);
            if (room == inside) {
                textLeft = bar.left() + pad_;
                t.colour = textColourOn(seen);
            } else {
                textLeft = room == after ? bar.right() + pad_
                                         : bar.left() - pad_ - fm.horizontalAdvance(t.text);
                t.colour = text_;
            }
            if (t.text.size() < 2) {
                t.text.clear(); // a lone "…" says nothing; the tooltip has the name
            }
        }
        freeFrom = bar.right();
        if (!t.text.isEmpty()) {
            const double w = fm.horizontalAdvance(t.text);
            t.rect = QRectF(textLeft, textTop, w, fm.height());
            freeFrom = std::max(freeFrom, t.rect.right() + pad_);
            drawText(painter, std::move(t));
        }
    }
}

void ShockLaneStrip::drawText(QCPPainter& painter, DrawnText text) {
    painter.setPen(text.colour);
    painter.drawText(text.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text.text);
    texts_.push_back(std::move(text));
}

ShockLaneStrip* shockLaneStrip(const QCustomPlot& plot) {
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
        if (auto* strip = dynamic_cast<ShockLaneStrip*>(element)) {
            return strip;
        }
    }
    return nullptr;
}

} // namespace sovsim::ui
