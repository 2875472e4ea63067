#pragma once
// A national strategy: one posture per stack layer and an intensity per policy lever.
// Any strategy applies to any country.

#include "sovsim/Stack.h"

#include <array>

namespace sovsim {

struct Strategy {
    std::array<Posture, kLayerCount> postures{Posture::Depend, Posture::Depend, Posture::Depend,
                                              Posture::Depend, Posture::Depend, Posture::Depend,
                                              Posture::Depend};
    std::array<double, kLeverCount> levers{}; // intensity of each lever, 0..1

    Posture posture(Layer layer) const { return postures[static_cast<size_t>(indexOf(layer))]; }
    double lever(Lever l) const { return levers[static_cast<size_t>(indexOf(l))]; }
    void setPosture(Layer layer, Posture p) { postures[static_cast<size_t>(indexOf(layer))] = p; }
    void setLever(Lever l, double v) { levers[static_cast<size_t>(indexOf(l))] = v; }

    bool operator==(const Strategy&) const = default;
};

} // namespace sovsim
