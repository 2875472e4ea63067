#pragma once
// Scenario colours. The Okabe-Ito palette stays distinguishable for the common forms of colour
// blindness, which matters on a projector in a room of twenty people.

#include <QColor>
#include <array>

namespace sovsim::ui {

namespace okabeIto {
inline constexpr QRgb kBlack = 0x000000;
inline constexpr QRgb kOrange = 0xE69F00;
inline constexpr QRgb kSkyBlue = 0x56B4E9;
inline constexpr QRgb kBluishGreen = 0x009E73;
inline constexpr QRgb kYellow = 0xF0E442;
inline constexpr QRgb kBlue = 0x0072B2;
inline constexpr QRgb kVermillion = 0xD55E00;
inline constexpr QRgb kReddishPurple = 0xCC79A7;
} // namespace okabeIto

// The order scenarios take colours in: strong, well separated hues first. Yellow comes last
// because it is faint on white.
inline constexpr int kScenarioColourCount = 8;
const std::array<QColor, kScenarioColourCount>& scenarioColours();

// Colour of the scenario at `index` (0-based) in a workshop; wraps around after eight.
QColor scenarioColour(int index);

// The scenario colour adjusted so it stays visible on a dark background (black becomes white,
// dark blue is lightened).
QColor colourOnDark(const QColor& colour);

// WCAG contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// Black or white, whichever reads better on `fill`.
QColor textColourOn(const QColor& fill);
// `colour` darkened (on a light background) or lightened (on a dark one) just enough to reach
// `minRatio` against `background`, so text in a scenario's colour stays legible (yellow on white).
QColor legibleOn(const QColor& colour, const QColor& background, double minRatio = 3.0);
// `top` painted with its alpha over the opaque `bottom`.
QColor blendOver(const QColor& top, const QColor& bottom);

} // namespace sovsim::ui
