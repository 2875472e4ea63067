#pragma once
// Hand-made projections for chart and export tests. They are fixed curves, not model output, so
// rendering tests (and the reference images) do not move when the model is recalibrated.

#include "charts/ChartData.h"
#include "charts/Palette.h"
#include "sovsim/Projection.h"

#include <QByteArray>
#include <QRegularExpression>
#include <cmath>
#include <memory>
#include <vector>

namespace sovsim::ui::testing {

// A projection whose every metric is a smooth, distinct curve scaled by `level`; shares stay
// in [0, 1]. Value of metric m at step i: base(m) * level * (1 + 0.05 * i/12) for stocks.
inline sovsim::Projection syntheticProjection(double level,
                                              sovsim::Timeline timeline = sovsim::Timeline{}) {
    sovsim::Projection p(timeline);
    for (const auto& info : sovsim::allMetrics()) {
        auto series = p.series(info.metric);
        const double base = 1000.0 * (static_cast<int>(info.metric) + 1);
        for (int i = 0; i < p.stepCount(); ++i) {
            const double years = p.yearsAt(i);
            double v = 0.0;
            if (info.isShare) {
                v = std::clamp(0.2 * level + 0.03 * years + 0.05 * std::sin(years), 0.0, 1.0);
            } else {
                v = base * level * (1.0 + 0.08 * years) + 50.0 * std::sin(years * level);
            }
            series[static_cast<size_t>(i)] = v;
        }
    }
    return p;
}

// Pages in a PDF: "/Type /Page" objects (not the "/Type /Pages" tree node).
inline int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

inline sovsim::Shock cutoff2030() {
    sovsim::Shock s;
    s.type = sovsim::ShockType::SupplierCutoff;
    s.start = {2030, 1};
    s.durationMonths = 24;
    s.severity = 0.8;
    return s;
}

// Three scenarios the way the workshop window would hand them to a chart. The projections live
// in this object, so keep it alive while its scenarios are plotted.
struct ThreeScenarios {
    sovsim::Projection japan = syntheticProjection(1.0);
    sovsim::Projection kenya = syntheticProjection(0.5);
    sovsim::Projection brazil = syntheticProjection(0.75);
    sovsim::Projection kenyaLoaded = syntheticProjection(0.45);

    std::vector<PlottedScenario> plotted() const {
        std::vector<PlottedScenario> out(3);
        out[0].name = QStringLiteral("Japan - resilience");
        out[0].projection = &japan;
        out[0].shocks = {cutoff2030()};
        out[0].countryPreset = "japan";
        out[1].name = QStringLiteral("Kenya - negotiated");
        out[1].projection = &kenya;
        out[1].reference = &kenyaLoaded;
        out[1].shocks = {cutoff2030()};
        out[1].countryPreset = "kenya";
        out[2].name = QStringLiteral("Brazil - market");
        out[2].projection = &brazil;
        out[2].countryPreset = "brazil";
        for (int i = 0; i < 3; ++i) {
            out[static_cast<size_t>(i)].colour = scenarioColour(i);
        }
        return out;
    }
};

} // namespace sovsim::ui::testing
