#include "charts/Palette.h"

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

} // namespace sovsim::ui
