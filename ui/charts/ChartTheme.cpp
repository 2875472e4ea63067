#include "charts/ChartTheme.h"

#include "charts/Palette.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>

namespace sovsim::ui {
namespace {

class ThemeText {
    Q_DECLARE_TR_FUNCTIONS(ThemeText)
};

// Reference slide: sizes below are pixels at 1920x1080 and scale with the output.
constexpr double kSlideWidth = 1920.0;
constexpr double kSlideHeight = 1080.0;

} // namespace

QString keyOf(ThemeId theme) {
    switch (theme) {
    case ThemeId::Light:
        return QStringLiteral("light");
    case ThemeId::Dark:
        return QStringLiteral("dark");
    case ThemeId::Print:
        return QStringLiteral("print");
    }
    return QStringLiteral("light");
}

std::optional<ThemeId> themeFromKey(const QString& key) {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::Print}) {
        if (keyOf(id) == key) {
            return id;
        }
    }
    return std::nullopt;
}

QString displayNameOf(ThemeId theme) {
    switch (theme) {
    case ThemeId::Light:
        return ThemeText::tr("Light");
    case ThemeId::Dark:
        return ThemeText::tr("Dark (for projectors)");
    case ThemeId::Print:
        return ThemeText::tr("Print (black and white)");
    }
    return {};
}

QColor ChartTheme::scenarioColour(const QColor& chosen, int scenarioIndex) const {
    const QColor base = chosen.isValid() ? chosen : ui::scenarioColour(scenarioIndex);
    return id == ThemeId::Dark ? colourOnDark(base) : base;
}

ChartTheme chartTheme(ThemeId id) {
    ChartTheme t;
    t.id = id;
    switch (id) {
    case ThemeId::Light:
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.text = QColor(0x20, 0x20, 0x20);
        t.mutedText = QColor(0x55, 0x55, 0x55);
        t.axis = QColor(0x60, 0x60, 0x60);
        t.grid = QColor(0xDD, 0xDD, 0xDD);
        t.cursor = QColor(0x40, 0x40, 0x40);
        t.tooltipBackground = QColor(0xFF, 0xFF, 0xFF, 0xEE);
        break;
    case ThemeId::Dark:
        t.background = QColor(0x1E, 0x22, 0x28);
        t.text = QColor(0xF2, 0xF2, 0xF2);
        t.mutedText = QColor(0xB8, 0xBC, 0xC4);
        t.axis = QColor(0xA0, 0xA4, 0xAC);
        t.grid = QColor(0x3A, 0x40, 0x48);
        t.cursor = QColor(0xE0, 0xE0, 0xE0);
        t.tooltipBackground = QColor(0x2A, 0x2F, 0x36, 0xEE);
        t.shockBandAlpha = 0.22;
        break;
    case ThemeId::Print:
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.text = QColor(0x00, 0x00, 0x00);
        t.mutedText = QColor(0x33, 0x33, 0x33);
        t.axis = QColor(0x00, 0x00, 0x00);
        t.grid = QColor(0xCC, 0xCC, 0xCC);
        t.cursor = QColor(0x00, 0x00, 0x00);
        t.tooltipBackground = QColor(0xFF, 0xFF, 0xFF, 0xF0);
        t.shockBandAlpha = 0.12;
        t.scenarioMarkers = true;
        break;
    }
    return t;
}

ChartStyle windowStyle(ThemeId theme, double fontPx) {
    ChartStyle s;
    s.theme = chartTheme(theme);
    const double f = std::max(8.0, fontPx);
    s.sizes.titlePx = f * 1.25;
    s.sizes.subtitlePx = f;
    s.sizes.axisTitlePx = f;
    s.sizes.tickPx = f * 0.92;
    s.sizes.legendPx = f * 0.92;
    s.sizes.footerPx = f * 0.85;
    s.sizes.shockLabelPx = f * 0.85;
    s.sizes.lineWidth = std::max(2.0, f / 6.0);
    s.sizes.referenceLineWidth = std::max(1.5, f / 8.0);
    s.sizes.gridWidth = 1.0;
    s.sizes.markerSize = f * 0.6;
    s.sizes.marginPx = f * 0.5;
    s.showTitle = true;
    s.showSubtitle = false;
    return s;
}

ChartStyle slideStyle(ThemeId theme, int widthPx, int heightPx) {
    ChartStyle s;
    s.theme = chartTheme(theme);
    // Scale by the tighter side so a 4:3 slide gets the same proportions as 16:9.
    const double k = std::max(0.25, std::min(widthPx / kSlideWidth, heightPx / kSlideHeight));
    s.sizes.titlePx = 52 * k;
    s.sizes.subtitlePx = 30 * k;
    s.sizes.axisTitlePx = 30 * k;
    s.sizes.tickPx = 28 * k;
    s.sizes.legendPx = 28 * k;
    s.sizes.footerPx = 20 * k;
    s.sizes.shockLabelPx = 24 * k;
    s.sizes.lineWidth = 6 * k;
    s.sizes.referenceLineWidth = 4 * k;
    s.sizes.gridWidth = std::max(1.0, 1.5 * k);
    s.sizes.markerSize = 20 * k;
    s.sizes.marginPx = 36 * k;
    s.showTitle = true;
    s.showSubtitle = true;
    s.fontFamily = QStringLiteral("DejaVu Sans");
    return s;
}

QFont chartFont(const ChartStyle& style, double pixelSize, bool bold) {
    QFont font = style.fontFamily.isEmpty() ? QGuiApplication::font() : QFont();
    if (!style.fontFamily.isEmpty()) {
        // Noto Sans CJK TC carries the Traditional Chinese glyphs DejaVu lacks.
        font.setFamilies({style.fontFamily, QStringLiteral("Noto Sans CJK TC"),
                          QStringLiteral("Noto Sans CJK SC")});
        font.setStyleHint(QFont::SansSerif);
    }
    font.setPixelSize(std::max(1, static_cast<int>(pixelSize + 0.5)));
    font.setBold(bold);
    return font;
}

} // namespace sovsim::ui
