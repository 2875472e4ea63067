#include "charts/ChartData.h"

#include "model/ScenarioNames.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace sovsim::ui {
namespace {

class DataText {
    Q_DECLARE_TR_FUNCTIONS(DataText)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool drawable(const PlottedScenario& s) {
    return s.visible && s.projection != nullptr;
}

// Value of `metric` in `p` at calendar `year`, linearly interpolated between steps so scenarios
// on different timelines (monthly vs quarterly) can still be subtracted. NaN outside the run.
double valueAtYear(const sovsim::Projection& p, sovsim::Metric metric, double year) {
    const int n = p.stepCount();
    if (n == 0) {
        return kNaN;
    }
    const double first = p.yearAt(0);
    const double last = p.yearAt(n - 1);
    if (year < first - 1e-9 || year > last + 1e-9) {
        return kNaN;
    }
    // Last step starting on or before `year` (steps may differ in length: weeks within months).
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (p.yearAt(mid) <= year + 1e-12) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    const int i = lo;
    if (i == n - 1) {
        return p.at(metric, i);
    }
    const double y0 = p.yearAt(i);
    const double y1 = p.yearAt(i + 1);
    const double w = y1 > y0 ? std::clamp((year - y0) / (y1 - y0), 0.0, 1.0) : 0.0;
    return p.at(metric, i) * (1.0 - w) + p.at(metric, i + 1) * w;
}

ChartLine makeLine(const ChartInput& input, int scenario, int series, bool isReference) {
    const PlottedScenario& s = input.scenarios[static_cast<size_t>(scenario)];
    const SeriesSpec& spec = input.spec.series[static_cast<size_t>(series)];
    const double scale = input.spec.axis(spec.axis).scale;
    const sovsim::Projection& p = isReference ? *s.reference : *s.projection;
    const sovsim::Projection* base =
        input.differenceMode()
            ? input.scenarios[static_cast<size_t>(input.differenceReference)].projection
            : nullptr;
    const bool sameTimeline = base != nullptr && base->timeline() == p.timeline();

    ChartLine line;
    line.scenario = scenario;
    line.series = series;
    line.isReference = isReference;
    const int n = p.stepCount();
    line.years.resize(n);
    line.values.resize(n);
    const auto values = p.series(spec.metric);
    for (int i = 0; i < n; ++i) {
        const double year = p.yearAt(i);
        double v = values[static_cast<size_t>(i)];
        if (base != nullptr) {
            v -= sameTimeline ? base->at(spec.metric, i) : valueAtYear(*base, spec.metric, year);
        }
        line.years[i] = year;
        line.values[i] = v * scale;
    }
    return line;
}

QString monthYear(double year) {
    const double whole = std::floor(year + 1e-9);
    const int month = std::clamp(static_cast<int>((year - whole) * 12.0 + 0.5) + 1, 1, 12);
    return QLocale().toString(QDate(static_cast<int>(whole), month, 1), QStringLiteral("MMM yyyy"));
}

// Where a shock falls on a chart of the years [first, last], unclipped; nullopt when it falls
// outside them.
struct Period {
    double start = 0;
    double end = 0;
    bool permanent = false;
};
std::optional<Period> plottedPeriod(const sovsim::Shock& shock, double first, double last) {
    Period p;
    p.permanent = shock.type == sovsim::ShockType::ChipLeap;
    p.start = sovsim::kStartYear + shock.startYears();
    p.end = p.permanent ? last : sovsim::kStartYear + shock.endYears();
    if (p.end <= first || p.start >= last) {
        return std::nullopt;
    }
    return p;
}

// Where a short name may end: "Japan - resilience first", "日本－韌性優先".
const QStringList& nameSeparators() {
    static const QStringList separators{QStringLiteral(" - "),      QStringLiteral(" \u2013 "),
                                        QStringLiteral(" \u2014 "), QStringLiteral("\uFF0D"),
                                        QStringLiteral("\u2014"),   QStringLiteral("\uFF1A"),
                                        QStringLiteral(": ")};
    return separators;
}

QString withUnit(const QString& value, const QString& unit) {
    if (unit.isEmpty()) {
        return value;
    }
    if (unit == QStringLiteral("%")) {
        return value + unit;
    }
    return value + QLatin1Char(' ') + unit;
}

} // namespace

PlottedScenario plottedScenario(const sovsim::Scenario& scenario,
                                const sovsim::Projection* projection, const QColor& colour,
                                const sovsim::Projection* reference) {
    PlottedScenario p;
    p.name = ScenarioNames::display(scenario);
    p.colour = colour;
    p.projection = projection;
    p.reference = reference;
    p.shocks = scenario.shocks;
    p.countryPreset = scenario.countryPreset;
    return p;
}

bool ChartInput::differenceMode() const {
    return differenceReference >= 0 && differenceReference < static_cast<int>(scenarios.size()) &&
           scenarios[static_cast<size_t>(differenceReference)].projection != nullptr;
}

std::vector<ChartLine> chartLines(const ChartInput& input) {
    std::vector<ChartLine> lines;
    const bool diff = input.differenceMode();
    for (int i = 0; i < static_cast<int>(input.scenarios.size()); ++i) {
        const PlottedScenario& s = input.scenarios[static_cast<size_t>(i)];
        if (!drawable(s) || (diff && i == input.differenceReference)) {
            continue;
        }
        for (int k = 0; k < static_cast<int>(input.spec.series.size()); ++k) {
            lines.push_back(makeLine(input, i, k, false));
            if (s.reference != nullptr) {
                lines.push_back(makeLine(input, i, k, true));
            }
        }
    }
    return lines;
}

std::pair<double, double> yearRange(const ChartInput& input) {
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const PlottedScenario& s : input.scenarios) {
        if (!drawable(s) || s.projection->stepCount() == 0) {
            continue;
        }
        lo = std::min(lo, s.projection->yearAt(0));
        hi = std::max(hi, s.projection->yearAt(s.projection->stepCount() - 1));
    }
    if (lo > hi) {
        return {double(sovsim::kStartYear), 2040.0};
    }
    return {lo, std::max(hi, lo + 1.0)};
}

QString shockTypeName(sovsim::ShockType type) {
    switch (type) {
    case sovsim::ShockType::SupplierCutoff:
        return DataText::tr("Supplier cut-off");
    case sovsim::ShockType::PriceHike:
        return DataText::tr("Supplier price hike");
    case sovsim::ShockType::EnergyCrisis:
        return DataText::tr("Energy crisis");
    case sovsim::ShockType::ChipLeap:
        return DataText::tr("Chip generation leap");
    case sovsim::ShockType::DemandSurge:
        return DataText::tr("Demand surge");
    }
    return {};
}

QString ShockBand::label() const {
    QString text = shockTypeName(type);
    if (!scenarios.isEmpty()) {
        text = DataText::tr("%1 (%2)", "shock (scenarios that have it)")
                   .arg(text, scenarios.join(QStringLiteral(", ")));
    }
    return text;
}

std::vector<ShockBand> shockBands(const ChartInput& input) {
    const auto [first, last] = yearRange(input);
    std::vector<ShockBand> bands;
    int plotted = 0;
    for (const PlottedScenario& s : input.scenarios) {
        if (!drawable(s)) {
            continue;
        }
        ++plotted;
        for (const sovsim::Shock& shock : s.shocks) {
            const std::optional<Period> period = plottedPeriod(shock, first, last);
            if (!period) {
                continue; // outside the plotted years
            }
            const auto [start, end, permanent] = *period;
            auto same = [&](const ShockBand& b) {
                return b.type == shock.type && b.permanent == permanent &&
                       std::abs(b.startYear - start) < 1e-9 && std::abs(b.endYear - end) < 1e-9 &&
                       b.severity == shock.severity;
            };
            auto it = std::find_if(bands.begin(), bands.end(), same);
            if (it == bands.end()) {
                ShockBand b;
                b.type = shock.type;
                b.startYear = start; // clipped to the plotted years below, after merging
                b.endYear = end;
                b.permanent = permanent;
                b.severity = shock.severity;
                bands.push_back(b);
                it = bands.end() - 1;
            }
            if (!it->scenarios.contains(s.name)) {
                it->scenarios << s.name;
            }
        }
    }
    for (ShockBand& b : bands) {
        b.startYear = std::max(b.startYear, first);
        b.endYear = std::min(b.endYear, last);
        if (b.scenarios.size() == plotted) {
            b.scenarios.clear(); // everybody has it: no need to name anyone
        }
    }
    std::sort(bands.begin(), bands.end(),
              [](const ShockBand& a, const ShockBand& b) { return a.startYear < b.startYear; });
    return bands;
}

QString severityText(double severity) {
    return QLocale().toString(severity * 100.0, 'f', 0) + QLatin1Char('%');
}

QString ShockBar::name() const {
    return shockTypeName(type);
}

QString ShockBar::details() const {
    return permanent
               ? DataText::tr("%1: from %2, severity %3", "shock: from date, severity")
                     .arg(name(), monthYear(startYear), severityText(severity))
               : DataText::tr("%1: %2 to %3, severity %4", "shock: dates, severity")
                     .arg(name(), monthYear(startYear), monthYear(endYear), severityText(severity));
}

QStringList shortScenarioNames(const QStringList& names) {
    QStringList shortNames;
    for (const QString& name : names) {
        qsizetype cut = name.size();
        for (const QString& separator : nameSeparators()) {
            const qsizetype at = name.indexOf(separator);
            if (at > 0) {
                cut = std::min(cut, at);
            }
        }
        shortNames << name.left(cut).trimmed();
    }
    // A short name shared by two scenarios ("Japan" twice) would not tell them apart.
    for (qsizetype i = 0; i < shortNames.size(); ++i) {
        if (shortNames.count(shortNames[i]) > 1 || shortNames[i].isEmpty()) {
            const QString shared = shortNames[i];
            for (qsizetype j = 0; j < shortNames.size(); ++j) {
                if (shortNames[j] == shared) {
                    shortNames[j] = names[j];
                }
            }
        }
    }
    return shortNames;
}

std::vector<ShockLane> shockLanes(const ChartInput& input) {
    const auto [first, last] = yearRange(input);
    std::vector<ShockLane> lanes;
    for (int i = 0; i < static_cast<int>(input.scenarios.size()); ++i) {
        const PlottedScenario& s = input.scenarios[static_cast<size_t>(i)];
        if (!drawable(s)) {
            continue;
        }
        ShockLane lane;
        lane.scenario = i;
        lane.name = s.name;
        for (const sovsim::Shock& shock : s.shocks) {
            if (const std::optional<Period> period = plottedPeriod(shock, first, last)) {
                ShockBar bar;
                bar.type = shock.type;
                bar.startYear = std::max(period->start, first);
                bar.endYear = std::min(period->end, last);
                bar.permanent = period->permanent;
                bar.severity = shock.severity;
                lane.bars.push_back(bar);
            }
        }
        if (lane.bars.empty()) {
            continue;
        }
        std::stable_sort(
            lane.bars.begin(), lane.bars.end(),
            [](const ShockBar& a, const ShockBar& b) { return a.startYear < b.startYear; });
        // Bars that overlap in time go to the first row where they fit.
        std::vector<double> rowEnds;
        for (ShockBar& bar : lane.bars) {
            size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] > bar.startYear + 1e-9) {
                ++row;
            }
            if (row == rowEnds.size()) {
                rowEnds.push_back(bar.endYear);
            }
            rowEnds[row] = bar.endYear;
            bar.row = static_cast<int>(row);
        }
        lane.rowCount = static_cast<int>(rowEnds.size());
        lanes.push_back(std::move(lane));
    }
    QStringList names;
    for (const ShockLane& lane : lanes) {
        names << lane.name;
    }
    const QStringList shortNames = shortScenarioNames(names);
    for (size_t i = 0; i < lanes.size(); ++i) {
        lanes[i].shortName = shortNames[static_cast<qsizetype>(i)];
    }
    return lanes;
}

QString formatValue(double value, double magnitudeHint) {
    if (!std::isfinite(value)) {
        return DataText::tr("n/a");
    }
    const double m = std::abs(magnitudeHint != 0.0 ? magnitudeHint : value);
    const int decimals = m >= 100 ? 0 : m >= 10 ? 1 : m >= 1 ? 2 : 3;
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'f', decimals);
    // "-0" reads as a bug to a workshop audience.
    if (text.startsWith(QLatin1Char('-')) && locale.toDouble(text) == 0.0) {
        text.remove(0, 1);
    }
    return text;
}

QStringList cursorText(const ChartInput& input, double year) {
    QStringList lines;
    lines << monthYear(year);
    const bool diff = input.differenceMode();
    if (diff) {
        lines << DataText::tr("Difference from %1")
                     .arg(input.scenarios[static_cast<size_t>(input.differenceReference)].name);
    }
    const bool oneSeries = input.spec.series.size() == 1;
    for (const ChartLine& line : chartLines(input)) {
        if (line.isReference || line.years.isEmpty()) {
            continue;
        }
        const auto it = std::lower_bound(line.years.begin(), line.years.end(), year);
        qsizetype i = it - line.years.begin();
        if (i > 0 && (i == line.years.size() || year - line.years[i - 1] < line.years[i] - year)) {
            --i;
        }
        const PlottedScenario& s = input.scenarios[static_cast<size_t>(line.scenario)];
        const SeriesSpec& spec = input.spec.series[static_cast<size_t>(line.series)];
        const AxisSpec& axis = input.spec.axis(spec.axis);
        const QString unit =
            diff && !axis.differenceUnit.isEmpty() ? axis.differenceUnit : axis.unit;
        QString value = formatValue(line.values[i]);
        if (diff && line.values[i] > 0) {
            value.prepend(QLatin1Char('+'));
        }
        // The legend key without its axis note: "share of generation (%, right axis)" -> "share of
        // generation"; the value already carries the unit.
        const QString series = spec.label.section(QStringLiteral(" ("), 0, 0);
        const QString who =
            oneSeries ? s.name : DataText::tr("%1, %2", "scenario, series").arg(s.name, series);
        lines << DataText::tr("%1: %2", "name: value").arg(who, withUnit(value, unit));
    }
    return lines;
}

} // namespace sovsim::ui
