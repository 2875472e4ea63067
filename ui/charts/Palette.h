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

} // namespace sovsim::ui
