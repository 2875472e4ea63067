#pragma once
// §2d Market cloud: on-demand and spot capacity rented from the global cloud market, mostly
// abroad. Finite: a tight market, a low export-control tier and high prices leave part of the
// demand unserved, even in calm years; a cut-off interrupts it.

#include "model/Technology.h"

namespace sovsim::detail {

struct MarketCloud {
    double priceUsd = 0.0;       // p_M, USD per H100e-hour
    double availability = 0.0;   // m, 0..1
    double deliveredH100e = 0.0; // M_del
};

MarketCloud marketCloud(const Scenario& s, const Technology& tech, double residualH100e,
                        const ShockLevels& shock);

} // namespace sovsim::detail
