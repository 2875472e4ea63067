#pragma once
// Numbers as people read them off a projected slide: "12.3k", "1.2M", "0.85", "37%".
// Only for tables meant for reading; CSV output keeps full precision.

#include <string>

namespace sovsim::cli {

// About three significant digits with a k/M/B/T suffix from a thousand up; "n/a" when the value
// is not finite.
std::string humanise(double value);

// A share in [0, 1] as a percentage: 0.853 -> "85%", 0.034 -> "3.4%".
std::string humanisePercent(double share);

} // namespace sovsim::cli
