#pragma once
// The shock lanes above a chart's data area: one lane per scenario that has shocks, labelled
// with the scenario's short name in its colour; each shock a bar in that colour with its name
// inside when it fits, beside it when there is room, else shortened (the window's tooltip and
// the export caption give it in full). The strip is a row of the plot's layout, so it never
// covers data, and it measures every text with the painter's own font when it draws, so no text
// is cut at the plot's edge at any size or in any language.

#include "charts/ChartData.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <qcustomplot.h>
#include <vector>

namespace sovsim::ui {

struct ChartStyle;

class ShockLaneStrip : public QCPLayoutElement {
public:
    // What the last draw put where, in plot pixels (tooltips and tests read it).
    struct DrawnText {
        QRectF rect;  // the text's box: its advance width and the font's line height
        QString text; // as drawn, possibly shortened
        QString full; // the whole text
        QString toolTip;
        QColor colour; // text colour
        int lane = -1;
        bool laneLabel = false; // the scenario's name rather than a shock's
    };
    struct DrawnBar {
        QRectF rect;
        QColor fill; // opaque colour as it appears on the background
        int lane = -1;
        QString toolTip; // scenario and shock in full
    };

    // `dataRect` is the chart's data area: bars follow its x axis and lane labels end at its
    // left edge. `colours` holds each lane's scenario colour under the chart's theme.
    // `edgePx` is the plot's outer margin, which labels keep clear of.
    ShockLaneStrip(QCustomPlot* plot, QCPAxisRect* dataRect, std::vector<ShockLane> lanes,
                   std::vector<QColor> colours, const ChartStyle& style);

    // Width the lane labels would like, at most `cap`: the data area's left margin should leave
    // this much room (they are shortened to what is left when it does not).
    double labelWidth(double cap) const;
    // Space between a lane label and the data area.
    double labelGap() const { return gap_; }

    const std::vector<ShockLane>& lanes() const { return lanes_; }
    // The scenario colour of lane `lane` (bars are filled with it).
    QColor laneColour(int lane) const { return colours_.at(static_cast<size_t>(lane)); }
    const std::vector<DrawnText>& drawnTexts() const { return texts_; }
    const std::vector<DrawnBar>& drawnBars() const { return bars_; }
    // The full text for the bar or lane label under `pos` (plot pixels), or an empty string.
    QString toolTipAt(const QPointF& pos) const;

protected:
    void draw(QCPPainter* painter) override;

private:
    struct Row {
        double top = 0;
        double bottom = 0;
    };
    int rowHeight() const;
    // Top of lane `lane` inside the strip's rect.
    double laneTop(int lane) const;
    void drawLaneLabel(QCPPainter& painter, int lane, double top, double height);
    void drawRow(QCPPainter& painter, int lane, int row, const Row& y);
    void drawText(QCPPainter& painter, DrawnText text);

    QCPAxisRect* dataRect_ = nullptr;
    std::vector<ShockLane> lanes_;
    std::vector<QColor> colours_;
    QFont font_;
    QFont labelFont_;
    QColor background_;
    QColor text_;
    double pad_ = 2;
    double gap_ = 6;
    double laneGap_ = 3;
    double edge_ = 8;
    double permanentAlpha_ = 0.45;
    std::vector<DrawnText> texts_;
    std::vector<DrawnBar> bars_;
};

// The shock lanes of a plot built by buildChart(), or null when it has none.
ShockLaneStrip* shockLaneStrip(const QCustomPlot& plot);

} // namespace sovsim::ui
