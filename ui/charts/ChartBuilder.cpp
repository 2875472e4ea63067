#include "charts/ChartBuilder.h"

#include "charts/ShockLaneStrip.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <map>
#include <qcustomplot.h>

namespace sovsim::ui {
namespace {

class BuilderText {
    Q_DECLARE_TR_FUNCTIONS(BuilderText)
};

// Layer names: the cursor is drawn on top of everything.
const QString kCursorLayer = QStringLiteral("overlay");
const QString kCursorName = QStringLiteral("sovsimYearCursor");

constexpr double kHeadroom = 0.08;  // empty space above the highest value, share of the span
constexpr double kLogSpread = 20.0; // scenarios this far apart in size get a log axis
constexpr double kLogDecades = 5.0; // lowest value a log axis shows: the highest / 10^5
constexpr double kMaxLaneLabelShare = 0.22; // of the chart's width, for shock lane labels

QString tickText(const QLocale& locale, double tick, double step) {
    const int decimals =
        step >= 1.0 ? 0 : std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
    QLocale l = locale;
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    if (std::abs(tick) < step * 1e-6) {
        tick = 0.0; // avoid "-0"
    }
    return l.toString(tick, 'f', decimals);
}

// Tick labels with group separators and as many decimals as the tick step needs ("12,000",
// "0.25"), in the user's locale. Large values are shown in thousands or millions (`divisor`),
// which the axis title then says.
class ValueTicker : public QCPAxisTicker {
public:
    explicit ValueTicker(double divisor = 1.0) : divisor_(divisor) {}

protected:
    double getTickStep(const QCPRange& range) override {
        step_ = QCPAxisTicker::getTickStep(range);
        return step_;
    }
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override {
        return tickText(locale, tick / divisor_, step_ / divisor_);
    }

private:
    double divisor_ = 1.0;
    double step_ = 1.0;
};

// Powers of ten written out in full ("1,000", "100,000"), never as "1e+05".
class LogValueTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override {
        return tickText(locale, tick, tick >= 1.0 ? 1.0 : tick);
    }
};

QPen linePen(const QColor& colour, double width, LineStyle style) {
    QPen pen(colour, width);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (style) {
    case LineStyle::Solid:
        break;
    case LineStyle::Dashed:
        pen.setDashPattern({3.0, 1.6}); // in units of the pen width: reads at any thickness
        break;
    case LineStyle::Dotted:
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.0});
        break;
    }
    return pen;
}

QCPScatterStyle::ScatterShape markerFor(int scenarioIndex) {
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle,  QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCross,  QCPScatterStyle::ssTriangleInverted,
        QCPScatterStyle::ssPlus,    QCPScatterStyle::ssStar};
    return shapes[scenarioIndex % 8];
}

QCPScatterStyle scenarioMarker(const ChartStyle& style, const QColor& colour, int index) {
    QPen pen(colour, std::max(1.0, style.sizes.lineWidth * 0.5));
    return QCPScatterStyle(markerFor(index), pen, QBrush(style.theme.background),
                           style.sizes.markerSize);
}

void styleAxis(QCPAxis* axis, const ChartStyle& style, const QString& label) {
    const ChartTheme& t = style.theme;
    const ChartSizes& z = style.sizes;
    axis->setVisible(true);
    axis->setLabel(label);
    axis->setLabelFont(chartFont(style, z.axisTitlePx));
    axis->setLabelColor(t.text);
    axis->setTickLabelFont(chartFont(style, z.tickPx));
    axis->setTickLabelColor(t.text);
    const QPen axisPen(t.axis, std::max(1.0, z.gridWidth));
    axis->setBasePen(axisPen);
    axis->setTickPen(axisPen);
    axis->setSubTickPen(axisPen);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(static_cast<int>(z.tickPx * 0.4));
    axis->setSubTicks(false);
    axis->setTickLabelPadding(static_cast<int>(z.tickPx * 0.35));
    axis->setLabelPadding(static_cast<int>(z.axisTitlePx * 0.45));
    axis->grid()->setPen(QPen(t.grid, z.gridWidth));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

// Text wrapped to `width` pixels, at most `maxLines` lines; the last line is elided.
QString wrapText(const QString& text, const QFont& font, double width, int maxLines) {
    const QFontMetricsF fm(font);
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width || line.isEmpty()) {
                line = candidate;
            } else {
                out << line;
                line = word;
            }
        }
        out << line;
    }
    if (out.size() > maxLines) {
        out = out.mid(0, maxLines);
        out.last() = fm.elidedText(out.last() + QStringLiteral(" ..."), Qt::ElideRight, width);
    }
    for (QString& l : out) {
        l = fm.elidedText(l, Qt::ElideRight, width);
    }
    return out.join(QLatin1Char('\n'));
}

QCPTextElement* addText(QCustomPlot& plot, const QString& text, const QFont& font,
                        const QColor& colour, int flags) {
    auto* element = new QCPTextElement(&plot, text, font);
    element->setTextColor(colour);
    element->setTextFlags(flags);
    return element;
}

// A legend entry with no data: the legend explains colours (scenarios) and line styles
// (series) separately.
void addLegendKey(QCustomPlot& plot, QCPAxisRect* rect, QCPLegend* legend, const QString& name,
                  const QPen& pen, const QCPScatterStyle& marker = QCPScatterStyle()) {
    QCPGraph* key = plot.addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    key->removeFromLegend();
    key->setName(name);
    key->setPen(pen);
    key->setScatterStyle(marker);
    key->setSelectable(QCP::stNone);
    key->setProperty("legendOnly", true);
    key->addToLegend(legend);
    // Glyphs reach past the font's line height (the top of a "J", the tail of a "g"), and the
    // legend clips each entry to its box: give the box room above and below the text.
    if (QCPAbstractLegendItem* item = legend->itemWithPlottable(key)) {
        const int pad = std::max(1, static_cast<int>(std::ceil(legend->font().pixelSize() * 0.15)));
        item->setMargins(QMargins(0, pad, 0, pad));
    }
}

// A legend in its own layout row, centred between two stretching spacers.
QCPLegend* addLegendRow(QCustomPlot& plot, int row, const ChartStyle& style) {
    const ChartSizes& z = style.sizes;
    auto* legend = new QCPLegend;
    auto* legendRow = new QCPLayoutGrid;
    plot.plotLayout()->addElement(row, 0, legendRow);
    legendRow->addElement(0, 0, new QCPLayoutElement(&plot));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(&plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legend->setLayer(QStringLiteral("legend")); // needs the plot, which the layout just gave it
    legend->setFont(chartFont(style, z.legendPx));
    legend->setTextColor(style.theme.text);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(static_cast<int>(z.legendPx * 2.4), static_cast<int>(z.legendPx));
    legend->setIconTextPadding(static_cast<int>(z.legendPx * 0.4));
    legend->setRowSpacing(static_cast<int>(z.legendPx * 0.2));
    legend->setColumnSpacing(static_cast<int>(z.legendPx * 1.2));
    legend->setMargins(QMargins(0, static_cast<int>(z.legendPx * 0.3), 0, 0));
    legend->setSelectableParts(QCPLegend::spNone);
    legend->setVisible(true);
    return legend;
}

// Wraps the legend into as many columns as fit `width`: one row when every entry fits.
void fitLegend(QCPLegend& legend, const ChartStyle& style, double width) {
    const ChartSizes& z = style.sizes;
    const QFontMetricsF fm(legend.font());
    const double extra = z.legendPx * (2.4 + 0.4 + 1.2) + 4.0; // icon, padding, column gap
    double total = 0;
    double widest = 0;
    for (int i = 0; i < legend.itemCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(legend.item(i));
        if (item != nullptr) {
            const double w = fm.horizontalAdvance(item->plottable()->name()) + extra;
            total += w;
            widest = std::max(widest, w);
        }
    }
    const int count = std::max(1, legend.itemCount());
    const int cols = total <= width
                         ? count
                         : std::clamp(static_cast<int>(width / std::max(1.0, widest)), 1, count);
    legend.setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    legend.setWrap(cols);
    legend.setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    legend.setMaximumSize(legend.minimumOuterSizeHint());
}

struct AxisRange {
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    double minPositive = std::numeric_limits<double>::max();
    std::map<int, double> scenarioMax; // largest value of each scenario's own lines
    void add(double v, int scenario) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            if (v > 0.0) {
                minPositive = std::min(minPositive, v);
            }
            auto [it, inserted] = scenarioMax.try_emplace(scenario, v);
            if (!inserted) {
                it->second = std::max(it->second, v);
            }
        }
    }
    // Countries of very different size: the small one would be a flat line at zero on a
    // linear axis, so such axes switch to a logarithmic scale.
    bool wantsLog() const {
        double smallest = std::numeric_limits<double>::max();
        double largest = 0.0;
        for (const auto& [scenario, v] : scenarioMax) {
            smallest = std::min(smallest, v);
            largest = std::max(largest, v);
        }
        return !scenarioMax.empty() && smallest > 0.0 && largest / smallest >= kLogSpread;
    }
    bool allPositive() const { return !scenarioMax.empty() && lo > 0.0; }
    QCPRange logRange() const {
        const double top = std::max(hi, 1e-9);
        // At most kLogDecades decades: early near-zero values (a cumulative cost in its first
        // month) must not squeeze the years that matter.
        const double bottom = std::max(minPositive, top / std::pow(10.0, kLogDecades)) / 1.25;
        return {bottom, top * std::pow(top / bottom, kHeadroom)};
    }
    QCPRange padded(bool startAtZero, bool difference) const {
        double a = lo;
        double b = hi;
        if (a > b) {
            return {0.0, 1.0};
        }
        if (difference || startAtZero) {
            a = std::min(a, 0.0); // zero stays visible: differences are read against it
            b = std::max(b, 0.0);
        }
        double span = b - a;
        if (span <= 0.0) {
            // Flat lines (every difference zero, or a constant value): a readable band around
            // them instead of a range of zero height.
            span = std::max(1.0, std::abs(b));
            if (difference) {
                a = -span;
                b = span;
                span *= 2.0;
            } else if (!startAtZero) {
                a -= span * 0.5;
            }
        }
        const double top = b + span * kHeadroom;
        const double bottom = (a < 0.0 || (!startAtZero && !difference)) ? a - span * kHeadroom : a;
        return {bottom, top};
    }
};

// Shock periods in the data area: a translucent band in the scenario's colour, or a dashed line
// where a permanent shock (a chip leap) begins. Names and owners are in the lanes above.
void addShockBands(QCustomPlot& plot, QCPAxisRect* rect, const std::vector<ShockLane>& lanes,
                   const std::vector<QColor>& colours, const ChartStyle& style) {
    for (size_t i = 0; i < lanes.size(); ++i) {
        QColor fill = colours[i];
        fill.setAlphaF(static_cast<float>(style.theme.shockBandAlpha));
        for (const ShockBar& b : lanes[i].bars) {
            // The band spans the full height of the data area whatever the values.
            auto* band = new QCPItemRect(&plot);
            band->setClipAxisRect(rect);
            for (QCPItemPosition* p : {band->topLeft, band->bottomRight}) {
                p->setAxisRect(rect);
                p->setTypeX(QCPItemPosition::ptPlotCoords);
                p->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            band->topLeft->setCoords(b.startYear, 0.0);
            band->bottomRight->setCoords(b.permanent ? b.startYear : b.endYear, 1.0);
            band->setPen(b.permanent
                             ? linePen(colours[i], std::max(1.0, style.sizes.lineWidth * 0.4),
                                       LineStyle::Dashed)
                             : QPen(Qt::NoPen));
            band->setBrush(b.permanent ? QBrush(Qt::NoBrush) : QBrush(fill));
            band->setLayer(QStringLiteral("grid"));
        }
    }
}

// Scale, ticks, range and title of a value axis, chosen from the values it shows.
void configureValueAxis(QCPAxis& axis, const AxisSpec& spec, const AxisRange& range, bool diff,
                        double maxTitleLength) {
    QString unit = diff && !spec.differenceUnit.isEmpty() ? spec.differenceUnit : spec.unit;
    const bool log =
        spec.logScale && !diff && (spec.alwaysLog ? range.allPositive() : range.wantsLog());
    if (log) {
        axis.setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<LogValueTicker>::create();
        ticker->setLogBase(10.0);
        ticker->setSubTickCount(0);
        axis.setTicker(ticker);
        axis.setRange(range.logRange());
        unit = BuilderText::tr("%1, log scale", "axis unit").arg(unit);
    } else {
        axis.setScaleType(QCPAxis::stLinear);
        const double largest = std::max(std::abs(range.lo), std::abs(range.hi));
        double divisor = 1.0;
        if (range.lo <= range.hi && unit != QStringLiteral("%")) {
            if (largest >= 1e6) {
                divisor = 1e6;
                unit = BuilderText::tr("million %1", "axis unit").arg(unit);
            } else if (largest >= 1e5) {
                divisor = 1e3;
                unit = BuilderText::tr("thousand %1", "axis unit").arg(unit);
            }
        }
        axis.setTicker(QSharedPointer<ValueTicker>::create(divisor));
        axis.setRange(range.padded(spec.startAtZero, diff));
    }
    const QString title = BuilderText::tr("%1 (%2)", "axis title (unit)").arg(spec.title, unit);
    QString inSentence = title;
    if (inSentence.size() > 1 && inSentence[0].isUpper() && inSentence[1].isLower()) {
        inSentence[0] = inSentence[0].toLower(); // "Compute (H100...)" -> "compute (H100...)"
    }
    // A title longer than the axis would run into the subtitle: break it into two lines.
    axis.setLabel(wrapText(diff ? BuilderText::tr("Difference in %1").arg(inSentence) : title,
                           axis.labelFont(), maxTitleLength, 2));
}

} // namespace

std::vector<ChartLine> buildChart(QCustomPlot& plot, const ChartInput& input,
                                  const ChartStyle& style) {
    const ChartTheme& t = style.theme;
    const ChartSizes& z = style.sizes;
    const ChartSpec& spec = input.spec;
    const bool diff = input.differenceMode();

    plot.clearItems();
    plot.clearPlottables();
    plot.plotLayout()->clear();
    plot.plotLayout()->setRowSpacing(0);
    plot.setBackground(t.transparentBackground ? QBrush(Qt::transparent) : QBrush(t.background));
    plot.setAntialiasedElements(QCP::aeAll);
    plot.setNotAntialiasedElements(QCP::aeNone);

    const int m = static_cast<int>(z.marginPx);
    const double contentWidth = std::max(100.0, plot.width() - 2.0 * m);
    int row = 0;
    if (style.showTitle) {
        // Elided, never run under the window's enlarge and export buttons.
        const QFont titleFont = chartFont(style, z.titlePx, true);
        const QString titleText = QFontMetricsF(titleFont).elidedText(
            spec.title, Qt::ElideRight, std::max(50.0, contentWidth - style.titleReservePx));
        auto* title = addText(plot, titleText, titleFont, t.text, Qt::AlignLeft | Qt::AlignVCenter);
        title->setMargins(QMargins(m, m, m, static_cast<int>(z.subtitlePx * 0.2)));
        plot.plotLayout()->addElement(row++, 0, title);
    }
    if (style.showSubtitle && !spec.subtitle.isEmpty()) {
        QString subtitle = spec.subtitle;
        if (diff) {
            subtitle =
                BuilderText::tr("%1. Shown as the difference from %2.")
                    .arg(subtitle,
                         input.scenarios[static_cast<size_t>(input.differenceReference)].name);
        }
        const QFont font = chartFont(style, z.subtitlePx);
        auto* sub = addText(plot, wrapText(subtitle, font, contentWidth, 2), font, t.mutedText,
                            Qt::AlignLeft | Qt::AlignVCenter);
        sub->setMargins(QMargins(m, 0, m, static_cast<int>(z.subtitlePx * 0.6)));
        plot.plotLayout()->addElement(row++, 0, sub);
    }

    auto* rect = new QCPAxisRect(&plot, true);
    // Shock lanes right above the data area, one per scenario that has shocks, in its colour.
    const std::vector<ShockLane> lanes = shockLanes(input);
    std::vector<QColor> laneColours;
    for (const ShockLane& lane : lanes) {
        laneColours.push_back(t.scenarioColour(
            input.scenarios[static_cast<size_t>(lane.scenario)].colour, lane.scenario));
    }
    int laneLabelColumn = 0; // room the lane labels need left of the data area
    if (!lanes.empty()) {
        auto* strip = new ShockLaneStrip(&plot, rect, lanes, laneColours, style);
        plot.plotLayout()->addElement(row++, 0, strip);
        laneLabelColumn = static_cast<int>(
            std::ceil(strip->labelWidth(contentWidth * kMaxLaneLabelShare) + strip->labelGap()));
    }
    plot.plotLayout()->addElement(row++, 0, rect);
    rect->setBackground(Qt::NoBrush);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    QCPAxis* y2 = rect->axis(QCPAxis::atRight);
    rect->axis(QCPAxis::atTop)->setVisible(false);
    rect->setMinimumMargins(QMargins(m + laneLabelColumn, static_cast<int>(z.tickPx * 0.5), m, 0));

    // X axis: calendar years, as many labels as fit without crowding.
    const auto [firstYear, lastYear] = yearRange(input);
    styleAxis(x, style, QString());
    {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        // Round steps of 1, 2, 5 or 10 years, as many labels as fit without crowding.
        const double labelWidth =
            QFontMetricsF(chartFont(style, z.tickPx)).horizontalAdvance(QStringLiteral("2030")) *
            2.0;
        const double fitting = std::max(2.0, contentWidth * 0.85 / labelWidth);
        double step = 10.0;
        for (double candidate : {1.0, 2.0, 5.0}) {
            if ((lastYear - firstYear) / candidate <= fitting) {
                step = candidate;
                break;
            }
        }
        ticker->setTickStep(step);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        x->setTicker(ticker);
        x->setNumberFormat(QStringLiteral("f"));
        x->setNumberPrecision(0);
        x->setRange(firstYear, lastYear);
        x->grid()->setVisible(false);
    }

    const bool right = spec.hasRightAxis();
    for (QCPAxis* axis : {y, y2}) {
        styleAxis(axis, style, QString());
    }
    y->grid()->setVisible(true);
    y2->grid()->setVisible(false);
    y2->setVisible(right);

    // Lines.
    std::vector<ChartLine> lines = chartLines(input);
    // Later scenarios are drawn a little thinner on top of earlier ones, so identical results
    // (two countries both at 100% coverage) still show both colours.
    std::map<int, int> rank;
    for (const ChartLine& line : lines) {
        rank.try_emplace(line.scenario, static_cast<int>(rank.size()));
    }
    AxisRange leftRange;
    AxisRange rightRange;
    for (const ChartLine& line : lines) {
        const PlottedScenario& s = input.scenarios[static_cast<size_t>(line.scenario)];
        const SeriesSpec& series = spec.series[static_cast<size_t>(line.series)];
        const bool onRight = series.axis == AxisSide::Right;
        QCPGraph* g = plot.addGraph(x, onRight ? y2 : y);
        g->setData(line.years, line.values, true);
        g->setSelectable(QCP::stNone);
        g->removeFromLegend();
        QColor colour = t.scenarioColour(s.colour, line.scenario);
        if (line.isReference) {
            colour.setAlphaF(0.6f);
            g->setPen(linePen(colour, z.referenceLineWidth, LineStyle::Dotted));
        } else {
            const double thinning = std::max(0.5, 1.0 - 0.2 * rank[line.scenario]);
            g->setPen(linePen(colour, z.lineWidth * thinning, series.style));
            if (t.scenarioMarkers) {
                g->setScatterStyle(scenarioMarker(style, colour, line.scenario));
                g->setScatterSkip(std::max(0, static_cast<int>(line.years.size()) / 9 - 1));
            }
        }
        g->setProperty("scenario", line.scenario);
        g->setProperty("series", line.series);
        g->setProperty("reference", line.isReference);
        for (double v : line.values) {
            (onRight ? rightRange : leftRange)
                .add(v, line.isReference ? -1 - line.scenario : line.scenario);
        }
    }

    addShockBands(plot, rect, lanes, laneColours, style);

    // A long axis title is broken into two lines rather than run past the data area.
    const double approxRectHeight = std::max(80.0, plot.height() * 0.55);
    configureValueAxis(*y, spec.leftAxis, leftRange, diff, approxRectHeight);
    if (right) {
        configureValueAxis(*y2, spec.rightAxis, rightRange, diff, approxRectHeight);
    }

    if (diff) {
        auto* zero = new QCPItemStraightLine(&plot);
        zero->setClipAxisRect(rect);
        zero->point1->setCoords(firstYear, 0.0);
        zero->point2->setCoords(lastYear, 0.0);
        zero->setPen(QPen(t.text, std::max(1.0, z.lineWidth * 0.5)));
    }

    // Legend outside the data, in two centred rows: scenario colours, then line styles (only
    // when a chart has several series or "as loaded" lines). It stays short however many
    // scenarios are compared.
    QCPLegend* scenarioLegend = addLegendRow(plot, row++, style);
    plot.legend = scenarioLegend;
    for (int i = 0; i < static_cast<int>(input.scenarios.size()); ++i) {
        const PlottedScenario& s = input.scenarios[static_cast<size_t>(i)];
        if (!s.visible || s.projection == nullptr) {
            continue;
        }
        const QColor c = t.scenarioColour(s.colour, i);
        if (diff && i == input.differenceReference) {
            addLegendKey(plot, rect, scenarioLegend,
                         BuilderText::tr("%1 (reference: zero line)").arg(s.name),
                         QPen(t.text, std::max(1.0, z.lineWidth * 0.5)));
        } else {
            addLegendKey(plot, rect, scenarioLegend, s.name,
                         linePen(c, z.lineWidth, LineStyle::Solid),
                         t.scenarioMarkers ? scenarioMarker(style, c, i) : QCPScatterStyle());
        }
    }
    const bool anyReference =
        std::any_of(lines.begin(), lines.end(), [](const ChartLine& l) { return l.isReference; });
    QCPLegend* keyLegend = nullptr;
    if (spec.series.size() > 1 || anyReference) {
        keyLegend = addLegendRow(plot, row++, style);
        const QColor keyGrey = t.mutedText;
        if (spec.series.size() > 1) {
            for (const SeriesSpec& series : spec.series) {
                addLegendKey(plot, rect, keyLegend, series.label,
                             linePen(keyGrey, z.lineWidth, series.style));
            }
        }
        if (anyReference) {
            addLegendKey(plot, rect, keyLegend, BuilderText::tr("as loaded"),
                         linePen(keyGrey, z.referenceLineWidth, LineStyle::Dotted));
        }
    }
    QCPLegend* lastLegend = keyLegend != nullptr ? keyLegend : scenarioLegend;
    for (QCPLegend* legend : {scenarioLegend, keyLegend}) {
        if (legend != nullptr) {
            fitLegend(*legend, style, contentWidth);
        }
    }

    if (!style.footer.isEmpty()) {
        const QFont font = chartFont(style, z.footerPx);
        auto* footer = addText(plot, wrapText(style.footer, font, contentWidth, 6), font,
                               t.mutedText, Qt::AlignLeft | Qt::AlignTop);
        footer->setMargins(QMargins(m, static_cast<int>(z.footerPx * 0.8), m, m));
        plot.plotLayout()->addElement(row++, 0, footer);
    } else {
        QMargins margins = lastLegend->margins();
        margins.setBottom(m);
        lastLegend->setMargins(margins);
    }
    // Only the data area grows with the window; titles, legend and footer keep their height.
    for (int r = 0; r < plot.plotLayout()->rowCount(); ++r) {
        plot.plotLayout()->setRowStretchFactor(r, plot.plotLayout()->element(r, 0) == rect ? 1.0
                                                                                           : 0.001);
    }
    return lines;
}

void setYearCursor(QCustomPlot& plot, const ChartInput& input, const ChartStyle& style,
                   std::optional<double> year) {
    for (int i = plot.itemCount() - 1; i >= 0; --i) {
        if (plot.item(i)->objectName() == kCursorName) {
            plot.removeItem(i);
        }
    }
    QCPAxisRect* rect = plot.axisRect();
    if (!year || rect == nullptr) {
        return;
    }
    const ChartTheme& t = style.theme;
    const ChartSizes& z = style.sizes;
    QCPAxis* x = rect->axis(QCPAxis::atBottom);

    auto* line = new QCPItemStraightLine(&plot);
    line->setObjectName(kCursorName);
    line->setClipAxisRect(rect);
    line->point1->setCoords(*year, 0.0);
    line->point2->setCoords(*year, 1.0);
    line->setPen(QPen(t.cursor, std::max(1.0, z.gridWidth), Qt::DashLine));
    line->setLayer(kCursorLayer);

    for (int i = 0; i < plot.graphCount(); ++i) {
        QCPGraph* g = plot.graph(i);
        if (g->property("legendOnly").toBool() || g->property("reference").toBool()) {
            continue;
        }
        auto* tracer = new QCPItemTracer(&plot);
        tracer->setObjectName(kCursorName);
        tracer->setClipAxisRect(rect);
        tracer->setGraph(g);
        tracer->setGraphKey(*year);
        tracer->setInterpolating(false);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(z.lineWidth * 3.0);
        tracer->setPen(QPen(g->pen().color(), std::max(1.0, z.lineWidth * 0.6)));
        tracer->setBrush(t.background);
        tracer->setLayer(kCursorLayer);
    }

    auto* box = new QCPItemText(&plot);
    box->setObjectName(kCursorName);
    box->setClipToAxisRect(false);
    box->position->setAxisRect(rect);
    box->position->setType(QCPItemPosition::ptAxisRectRatio);
    // The box sits in the corner away from the cursor, inside the data area, so it never hides
    // the values it lists and never runs off the chart.
    const double mid = (x->range().lower + x->range().upper) / 2.0;
    const bool cursorOnRight = *year > mid;
    box->position->setCoords(cursorOnRight ? 0.01 : 0.99, 0.02);
    box->setPositionAlignment((cursorOnRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
    box->setTextAlignment(Qt::AlignLeft);
    const QFont font = chartFont(style, z.legendPx);
    const QFontMetricsF fm(font);
    QStringList lines = cursorText(input, *year);
    for (QString& text : lines) {
        text = fm.elidedText(text, Qt::ElideMiddle, std::max(80.0, plot.width() * 0.7));
    }
    box->setText(lines.join(QLatin1Char('\n')));
    box->setFont(font);
    box->setColor(t.text);
    box->setBrush(t.tooltipBackground);
    box->setPen(QPen(t.axis, 1.0));
    const int pad = static_cast<int>(z.legendPx * 0.5);
    box->setPadding(QMargins(pad, pad, pad, pad));
    box->setLayer(kCursorLayer);
}

} // namespace sovsim::ui
