#pragma once
// §4b Terms: what the leverage embodied in current contracts (terms leverage, a stock that
// follows bargaining leverage with a lag) buys: price, price lock, non-interruption clauses,
// protection of hosted capacity, and whether investors ask for guarantees.

#include "model/Technology.h"

namespace sovsim::detail {

struct Terms {
    double lock = 0.0;              // price lock, share of a price hike the country escapes
    double contractPrice = 0.0;     // p_c, USD per H100e-hour
    double nonInterruption = 0.0;   // n, protected share of contracted compute
    double protection = 0.0;        // pi_H, protected share of hosted capacity
    double guaranteeGap = 0.0;      // g_hat: how far terms fall short of the investors' threshold
    double deliveredContract = 1.0; // rho = n + (1 - n)(1 - s_cut): contracts honoured this step
};

Terms termsFrom(const Scenario& s, double termsLeverage, const Technology& tech,
                const ShockLevels& shock);

} // namespace sovsim::detail
