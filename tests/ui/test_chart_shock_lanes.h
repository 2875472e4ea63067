#pragma once
// Checks on a rendered chart shared by the shock-lane tests of the chart component, the exports
// and the workshop window: every text the lanes drew lies whole inside the chart and clear of
// bars it does not belong to, each lane carries its scenario's colour (as drawn, checked on the
// image's pixels), and every legend entry has room for its text's full height.

#include "charts/ChartData.h"
#include "charts/ChartTheme.h"
#include "charts/ShockLaneStrip.h"

#include <QGlyphRun>
#include <QImage>
#include <QRawFont>
#include <QString>
#include <QTextLayout>
#include <gtest/gtest.h>
#include <qcustomplot.h>

namespace sovsim::ui::testing {

// The largest difference of one channel between two colours (alpha ignored).
inline int channelDistance(const QColor& a, const QColor& b) {
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

inline int hueDistance(const QColor& a, const QColor& b) {
    const int d = std::abs(a.hsvHue() - b.hsvHue()) % 360;
    return std::min(d, 360 - d);
}

// The pixel of `image` in `rect` (plot pixels) that stands out most from `background`.
inline QColor strongestPixel(const QImage& image, const QRectF& rect, const QColor& background) {
    const double ratio = image.devicePixelRatio();
    const QRect r =
        QRectF(rect.topLeft() * ratio, rect.size() * ratio).toAlignedRect() & image.rect();
    QColor best = background;
    int distance = -1;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int d = channelDistance(c, background);
            if (d > distance) {
                distance = d;
                best = c;
            }
        }
    }
    return best;
}

// `plot` was replotted and `image` is what it drew. Expects one lane per scenario listed in
// `laneScenarios` (indices into input.scenarios), in that order.
inline void expectReadableLanes(const QCustomPlot& plot, const QImage& image,
                                const ChartInput& input, const ChartTheme& theme,
                                const std::vector<int>& laneScenarios) {
    const ShockLaneStrip* strip = shockLaneStrip(plot);
    ASSERT_NE(strip, nullptr);
    const QCPAxisRect* data = plot.axisRect();
    ASSERT_NE(data, nullptr);
    const QRectF chart(0, 0, plot.width(), plot.height());
    const QRectF dataRect(data->left(), data->top(), data->width(), data->height());
    ASSERT_EQ(strip->lanes().size(), laneScenarios.size());

    for (size_t lane = 0; lane < laneScenarios.size(); ++lane) {
        const int index = laneScenarios[lane];
        const PlottedScenario& s = input.scenarios[static_cast<size_t>(index)];
        const QColor colour = theme.scenarioColour(s.colour, index);
        EXPECT_EQ(strip->lanes()[lane].scenario, index);
        EXPECT_EQ(strip->laneColour(static_cast<int>(lane)), colour) << s.name.toStdString();

        // Labelled with the scenario's name, in its colour, whole or visibly shortened.
        int labels = 0;
        for (const auto& t : strip->drawnTexts()) {
            if (t.laneLabel && t.lane == static_cast<int>(lane)) {
                ++labels;
                EXPECT_TRUE(t.text == t.full || t.text.endsWith(QChar(0x2026)))
                    << t.text.toStdString();
                EXPECT_LE(hueDistance(t.colour, colour), 12) << s.name.toStdString();
                const QColor drawn = strongestPixel(image, t.rect, theme.background);
                EXPECT_LE(hueDistance(drawn, colour), 20)
                    << s.name.toStdString() << " label drawn in " << drawn.name().toStdString();
                EXPECT_TRUE(s.name.startsWith(t.full)) << t.full.toStdString();
            }
        }
        EXPECT_EQ(labels, 1) << "lane of " << s.name.toStdString();

        // Every bar is filled with the scenario's colour on the image (its first pixel column
        // is clear of text; a permanent shock's start line is the solid colour too).
        int bars = 0;
        for (const auto& b : strip->drawnBars()) {
            if (b.lane != static_cast<int>(lane)) {
                continue;
            }
            ++bars;
            EXPECT_LE(b.rect.bottom(), dataRect.top()) << "lanes sit above the data area";
            EXPECT_GE(b.rect.left(), dataRect.left() - 0.5);
            EXPECT_LE(b.rect.right(), dataRect.right() + 0.5);
            EXPECT_TRUE(b.toolTip.startsWith(s.name)) << b.toolTip.toStdString();
            const double ratio = image.devicePixelRatio();
            const QPoint at = (QPointF(b.rect.left() + 1.0, b.rect.center().y()) * ratio).toPoint();
            const QColor drawn = image.pixelColor(at);
            EXPECT_LE(channelDistance(drawn, colour), 24)
                << s.name.toStdString() << ": bar drawn in " << drawn.name().toStdString()
                << ", scenario colour " << colour.name().toStdString();
        }
        EXPECT_EQ(bars, static_cast<int>(strip->lanes()[lane].bars.size()));
    }

    // No text is cut by the chart's edge, by the data area or by a bar it does not belong to,
    // and no two texts overlap.
    const auto& texts = strip->drawnTexts();
    for (size_t i = 0; i < texts.size(); ++i) {
        const auto& t = texts[i];
        SCOPED_TRACE(t.text.toStdString());
        EXPECT_FALSE(t.text.isEmpty());
        EXPECT_TRUE(chart.contains(t.rect)) << "outside the chart";
        if (t.laneLabel) {
            EXPECT_LE(t.rect.right(), dataRect.left()) << "lane label runs into the data area";
        } else {
            EXPECT_GE(t.rect.left(), dataRect.left());
            EXPECT_LE(t.rect.right(), dataRect.right() + 0.5);
            for (const auto& b : strip->drawnBars()) {
                const bool inside = b.rect.contains(t.rect);
                const bool clear = !b.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(t.rect);
                EXPECT_TRUE(inside || clear) << "text crosses the edge of a bar";
            }
        }
        for (size_t j = i + 1; j < texts.size(); ++j) {
            EXPECT_FALSE(t.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(texts[j].rect))
                << "overlaps " << texts[j].text.toStdString();
        }
    }

    // The data area shades each shock in its scenario's colour.
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* band = qobject_cast<QCPItemRect*>(plot.item(i))) {
            const QColor c =
                band->brush().style() == Qt::NoBrush ? band->pen().color() : band->brush().color();
            bool scenarioColour = false;
            for (size_t lane = 0; lane < laneScenarios.size(); ++lane) {
                scenarioColour |= c.rgb() == strip->laneColour(static_cast<int>(lane)).rgb();
            }
            EXPECT_TRUE(scenarioColour) << "band in " << c.name().toStdString();
        }
    }
}

// The ink of `text` laid out in `font` on one line whose top-left is (0, 0), whatever fonts
// supply its glyphs.
inline QRectF inkOf(const QString& text, const QFont& font) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    line.setPosition(QPointF(0, 0));
    QRectF ink;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QRawFont raw = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            ink |= raw.boundingRect(glyphs[i]).translated(positions[i]);
        }
    }
    return ink;
}

// Every legend entry is tall and wide enough for its text, descenders and accents included, and
// lies inside the chart.
inline void expectWholeLegends(const QCustomPlot& plot) {
    const QRect chart(0, 0, plot.width(), plot.height());
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(element);
        if (item == nullptr) {
            continue;
        }
        const QString name = item->plottable()->name();
        SCOPED_TRACE(name.toStdString());
        const QFontMetricsF fm(item->font());
        // The legend lays the text out from the top of the entry and clips it to the entry's
        // box; the glyphs' ink (the top of a "J", the tail of a "g", Chinese characters from the
        // fallback font) must stay inside that box.
        const QRectF ink =
            inkOf(name, item->font()).translated(item->rect().left(), item->rect().top());
        const QRect clip = item->outerRect();
        EXPECT_TRUE(chart.contains(clip));
        EXPECT_GE(ink.top(), clip.top()) << "top of the text cut";
        EXPECT_LE(ink.bottom(), clip.top() + clip.height()) << "bottom of the text cut";
        EXPECT_GE(clip.width(), std::floor(fm.horizontalAdvance(name) +
                                           item->parentLegend()->iconSize().width()));
    }
}

} // namespace sovsim::ui::testing
