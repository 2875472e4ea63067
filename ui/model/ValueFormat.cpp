#include "model/ValueFormat.h"

#include "model/Labels.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sovsim::ui {

double displayScale(const sovsim::ParameterInfo& parameter) {
    const std::string_view u = parameter.unit;
    return (u == "share 0-1" || u == "fraction/yr" || u == "intensity 0-1") ? 100.0 : 1.0;
}

QString formatNumber(double value) {
    const double magnitude = std::fabs(value);
    int decimals = 0;
    if (magnitude == 0.0 || magnitude >= 100.0) {
        decimals = 0;
    } else if (magnitude >= 10.0) {
        decimals = 1;
    } else if (magnitude >= 1.0) {
        decimals = 2;
    } else {
        // Three significant digits below one: 0.0123, 0.5.
        decimals = std::clamp(2 - static_cast<int>(std::floor(std::log10(magnitude))), 1, 6);
    }
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(1);
        }
    }
    return text;
}

QString formatUsdBn(double usdBn) {
    if (std::fabs(usdBn) < 1.0) {
        return Labels::tr("USD %1 million").arg(formatNumber(usdBn * 1000.0));
    }
    return Labels::tr("USD %1 bn").arg(formatNumber(usdBn));
}

QString formatParameter(const sovsim::ParameterInfo& parameter, double value) {
    if (parameter.path == "country.export_control_tier") {
        return Labels::tr("tier %1").arg(static_cast<int>(std::lround(value)));
    }
    const QString number = formatNumber(value * displayScale(parameter));
    const QString unit = Labels::unitText(parameter);
    if (unit.isEmpty()) {
        return number;
    }
    //: A number followed by its unit, e.g. "200 TWh/yr".
    return Labels::tr("%1 %2").arg(number, unit);
}

double roundForSlider(const sovsim::ParameterInfo& parameter, double value, double resolution) {
    if (parameter.min <= 0.0 && parameter.max >= 0.0 && std::fabs(value) < resolution / 2.0) {
        return 0.0;
    }
    double rounded = value;
    if (parameter.kind != sovsim::ParameterKind::Number) {
        rounded = std::round(value);
    } else if (value != 0.0) {
        const double digits = 3 - std::ceil(std::log10(std::fabs(value)));
        const double factor = std::pow(10.0, digits);
        rounded = std::round(value * factor) / factor;
    }
    return std::clamp(rounded, parameter.min, parameter.max);
}

} // namespace sovsim::ui
