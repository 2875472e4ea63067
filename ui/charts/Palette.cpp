#include "charts/Palette.h"

#include <algorithm>
#include <cmath>

namespace sovsim::ui {

const std::array<QColor, kScenarioColourCount>& scenarioColours() {
    using namespace okabeIto;
    static const std::array<QColor, kScenarioColourCount> colours{
        QColor(kBlue),          QColor(kVermillion), QColor(kBluishGreen), QColor(kOrange),
        QColor(kReddishPurple), QColor(kSkyBlue),    QColor(kBlack),       QColor(kYellow)};
    return colours;
}

QColor scenarioColour(int index) {
    const int n = kScenarioColourCount;
    const int i = ((index % n) + n) % n;
    return scenarioColours()[static_cast<size_t>(i)];
}

QColor colourOnDark(const QColor& colour) {
    if (colour.lightness() < 40) {
        return QColor(0xF0, 0xF0, 0xF0); // black on dark would vanish: use near-white
    }
    if (colour.lightness() < 110) {
        return colour.lighter(140); // Okabe-Ito blue is too dark on a dark slide
    }
    return colour;
}

namespace {

double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColourOn(const QColor& fill) {
    const QColor black(0x10, 0x10, 0x10);
    const QColor white(0xFF, 0xFF, 0xFF);
    return contrastRatio(black, fill) >= contrastRatio(white, fill) ? black : white;
}

QColor legibleOn(const QColor& colour, const QColor& background, double minRatio) {
    const bool darkBackground = luminance(background) < 0.5;
    QColor c = colour;
    c.setAlpha(255);
    for (int i = 0; i < 20 && contrastRatio(c, background) < minRatio; ++i) {
        c = darkBackground ? c.lighter(115) : c.darker(115);
    }
    return c;
}

QColor blendOver(const QColor& top, const QColor& bottom) {
    const double a = top.alphaF();
    const auto mix = [a](double t, double b) { return t * a + b * (1.0 - a); };
    return QColor::fromRgbF(static_cast<float>(mix(top.redF(), bottom.redF())),
                            static_cast<float>(mix(top.greenF(), bottom.greenF())),
                            static_cast<float>(mix(top.blueF(), bottom.blueF())));
}

} // namespace sovsim::ui
