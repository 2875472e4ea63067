#pragma once
// How parameter values are shown beside their sliders: shares as percentages, large numbers with
// group separators, the unit after the number, all in the user's language.

#include "sovsim/Parameters.h"

#include <QString>

namespace sovsim::ui {

// Factor from the model's value to the shown value (100 for shares, 1 otherwise).
double displayScale(const sovsim::ParameterInfo& parameter);
// "1,234", "0.35", "12.5": at most three significant decimals, trailing zeros dropped.
QString formatNumber(double value);
// An amount of money given in USD bn, as people say it: "USD 1.2 bn", "USD 50 million".
QString formatUsdBn(double usdBn);
// The value with its unit as shown next to a slider: "200 TWh/yr", "30 %", "tier 2".
QString formatParameter(const sovsim::ParameterInfo& parameter, double value);
// Rounds a slider value to three significant digits so files stay readable ("1230", not
// "1234.5678"), keeping it within the parameter's range. Integers are rounded to whole numbers.
// A value closer to zero than half of `resolution` (the slider's step there) is zero when the
// range holds zero: a handle shown at 0 stores 0, not arithmetic noise such as 3.47e-18.
double roundForSlider(const sovsim::ParameterInfo& parameter, double value,
                      double resolution = 0.0);

} // namespace sovsim::ui
