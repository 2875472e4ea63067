#include "HumanNumbers.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace sovsim::cli {
namespace {

// Fixed-point text with trailing zeros removed ("12.0" -> "12"), so columns stay short.
std::string fixed(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string text = buf;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') {
            text.pop_back();
        }
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    if (text == "-0") {
        text = "0";
    }
    return text;
}

// Decimals that keep about three significant digits for a magnitude below 1000.
int decimalsFor(double magnitude) {
    if (magnitude >= 100.0) {
        return 0;
    }
    if (magnitude >= 10.0) {
        return 1;
    }
    if (magnitude >= 1.0) {
        return 2;
    }
    if (magnitude == 0.0) {
        return 0;
    }
    // 0.0342 -> 4 decimals: two leading zeros plus three significant digits.
    const int leadingZeros = static_cast<int>(std::floor(-std::log10(magnitude)));
    return leadingZeros + 3 > 12 ? 12 : leadingZeros + 3;
}

} // namespace

std::string humanise(double value) {
    if (!std::isfinite(value)) {
        return "n/a";
    }
    struct Scale {
        double factor;
        std::string_view suffix;
    };
    constexpr std::array<Scale, 4> kScales{{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}}};
    const double magnitude = std::fabs(value);
    for (const auto& scale : kScales) {
        // Round first so 999,950 reads "1M" rather than "1000k".
        const double scaled = magnitude / scale.factor;
        if (scaled >= 0.9995) {
            const int decimals = scaled >= 99.95 ? 0 : 1;
            return fixed(std::copysign(scaled, value), decimals) + std::string(scale.suffix);
        }
    }
    // Below a thousand: round to the decimals first, then check if rounding carried to 1000.
    const std::string text = fixed(value, decimalsFor(magnitude));
    if (text == "1000" || text == "-1000") {
        return std::string(value < 0 ? "-" : "") + "1k";
    }
    return text;
}

std::string humanisePercent(double share) {
    if (!std::isfinite(share)) {
        return "n/a";
    }
    const double percent = share * 100.0;
    const double magnitude = std::fabs(percent);
    const int decimals = magnitude >= 9.95 || magnitude == 0.0 ? 0 : (magnitude >= 0.995 ? 1 : 2);
    return fixed(percent, decimals) + "%";
}

} // namespace sovsim::cli
