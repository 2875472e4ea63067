#pragma once
// How a chart looks: colours for a background (light, dark, print) and sizes for a target
// (a panel in the window, a projector, a 4K slide). Kept apart from what a chart shows
// (ChartSpec) so the window, the exports and the report share one drawing path.

#include <QColor>
#include <QFont>
#include <QString>
#include <optional>

namespace sovsim::ui {

enum class ThemeId { Light, Dark, Print };

// "light", "dark", "print" (used by the CLI and in settings; never translated).
QString keyOf(ThemeId theme);
std::optional<ThemeId> themeFromKey(const QString& key);
QString displayNameOf(ThemeId theme); // translated

struct ChartTheme {
    ThemeId id = ThemeId::Light;
    QColor background;
    QColor text;      // titles, tick labels, legend
    QColor mutedText; // subtitle, footer
    QColor axis;      // axis lines and ticks
    QColor grid;      // major grid lines
    // Opacity of a scenario's colour in the bands that shade its shock periods on a chart.
    double shockBandAlpha = 0.14;
    QColor cursor; // year cursor line
    QColor tooltipBackground;
    // Print: each scenario also gets its own marker shape (and series their own dashes), so a
    // black-and-white photocopy still tells the lines apart.
    bool scenarioMarkers = false;
    bool transparentBackground = false; // PNG only: no background fill

    // The colour a scenario is drawn in under this theme.
    QColor scenarioColour(const QColor& chosen, int scenarioIndex) const;
};

ChartTheme chartTheme(ThemeId id);

// Sizes in pixels of the target; `scale` multiplies them all. A chart in the window uses the
// application font size; an export uses slideStyle(height) so text stays readable from the back
// of a room whatever the resolution.
struct ChartSizes {
    double titlePx = 15;
    double subtitlePx = 12;
    double axisTitlePx = 12;
    double tickPx = 11;
    double legendPx = 11;
    double footerPx = 10;
    double shockLabelPx = 11; // shock lanes above the data area
    double lineWidth = 2.0;
    double referenceLineWidth = 1.5;
    double gridWidth = 1.0;
    double markerSize = 7.0;
    double marginPx = 8; // outer margin around the whole chart
};

struct ChartStyle {
    ChartTheme theme = chartTheme(ThemeId::Light);
    ChartSizes sizes;
    bool showTitle = true;
    bool showSubtitle = false;
    QString footer;         // caption under the chart (exports); empty in the window
    QString fontFamily;     // empty: the application font
    int titleReservePx = 0; // right-hand space kept free of the title (window buttons float there)
};

// Style for a chart panel in the window; `fontPx` is the base text size (presentation mode
// passes a larger one).
ChartStyle windowStyle(ThemeId theme = ThemeId::Light, double fontPx = 12.0);
// Slide style for an export of the given pixel size: large title and subtitle, thick lines, text
// sized for a 1920x1080 projector and scaled with the output height.
ChartStyle slideStyle(ThemeId theme, int widthPx, int heightPx);

// The fonts exports use: DejaVu Sans for Latin text with Noto Sans CJK TC for Traditional
// Chinese, so output does not depend on the desktop's font settings.
QFont chartFont(const ChartStyle& style, double pixelSize, bool bold = false);

} // namespace sovsim::ui
