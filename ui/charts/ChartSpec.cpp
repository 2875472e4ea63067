#include "charts/ChartSpec.h"

#include <QCoreApplication>
#include <algorithm>

namespace sovsim::ui {
namespace {

// Translation context for chart wording (lupdate sees ChartText::tr).
class ChartText {
    Q_DECLARE_TR_FUNCTIONS(ChartText)
};

using sovsim::Metric;

AxisSpec computeAxis() {
    return {ChartText::tr("Compute"), ChartText::tr("H100-equivalents"), {}, 1.0, true, true};
}

// Shares are stored as 0..1 and shown as percentages; a difference of percentages is in points.
AxisSpec percentAxis(const QString& title) {
    return {title, ChartText::tr("%"), ChartText::tr("percentage points"), 100.0, true};
}

ChartSpec computeChart() {
    ChartSpec c;
    c.id = QStringLiteral("compute");
    c.title = ChartText::tr("Compute access");
    c.subtitle = ChartText::tr("All compute the country can use, and the part that keeps running "
                               "if foreign suppliers cut it off");
    c.leftAxis = computeAxis();
    c.series = {{Metric::ComputeAccessTotal, ChartText::tr("total"), LineStyle::Solid},
                {Metric::ComputeAssured, ChartText::tr("assured"), LineStyle::Dashed}};
    return c;
}

ChartSpec energyChart() {
    ChartSpec c;
    c.id = QStringLiteral("energy");
    c.title = ChartText::tr("Energy demand of data centres");
    c.subtitle = ChartText::tr("Power drawn by data centres in the country, and their share of "
                               "national electricity generation");
    c.leftAxis = {ChartText::tr("Data-centre load"), ChartText::tr("GW"), {}, 1.0, true};
    c.rightAxis = percentAxis(ChartText::tr("Share of generation"));
    c.series = {
        {Metric::DcLoad, ChartText::tr("load (GW, left axis)"), LineStyle::Solid, AxisSide::Left},
        {Metric::DcShareOfGeneration, ChartText::tr("share of generation (%, right axis)"),
         LineStyle::Dashed, AxisSide::Right}};
    return c;
}

ChartSpec leverageChart() {
    ChartSpec c;
    c.id = QStringLiteral("leverage");
    c.title = ChartText::tr("Bargaining leverage");
    c.subtitle = ChartText::tr("The country's share of the gains from a compute deal with "
                               "foreign suppliers");
    c.leftAxis = percentAxis(ChartText::tr("Share of deal gains"));
    c.series = {{Metric::BargainingLeverage, ChartText::tr("leverage"), LineStyle::Solid}};
    return c;
}

ChartSpec criticalChart() {
    ChartSpec c;
    c.id = QStringLiteral("critical_inference");
    c.title = ChartText::tr("Critical inference coverage");
    c.subtitle = ChartText::tr("Share of the AI inference public services need that is "
                               "actually served");
    c.leftAxis = percentAxis(ChartText::tr("Coverage"));
    c.series = {{Metric::CriticalInferenceCoverage, ChartText::tr("coverage"), LineStyle::Solid}};
    return c;
}

ChartSpec costChart() {
    ChartSpec c;
    c.id = QStringLiteral("public_cost");
    c.title = ChartText::tr("Public cost");
    c.subtitle = ChartText::tr("Public money spent on AI since January 2025");
    c.leftAxis = {ChartText::tr("Cumulative cost"), ChartText::tr("USD bn"), {}, 1.0, true, true};
    c.series = {{Metric::PublicCostCumulative, ChartText::tr("cumulative"), LineStyle::Solid}};
    return c;
}

ChartSpec costPerComputeChart() {
    ChartSpec c;
    c.id = QStringLiteral("public_cost_per_compute");
    c.title = ChartText::tr("Public cost of compute");
    c.subtitle = ChartText::tr("Public money spent per H100e of compute the country uses for a "
                               "year: lower means more compute per public dollar");
    c.leftAxis = {ChartText::tr("Public cost"),
                  ChartText::tr("USD per H100e-year"),
                  {},
                  1.0,
                  true,
                  true,
                  true};
    c.series = {{Metric::PublicCostPerH100e, ChartText::tr("per H100e-year"), LineStyle::Solid}};
    return c;
}

ChartSpec languageChart() {
    ChartSpec c;
    c.id = QStringLiteral("language");
    c.title = ChartText::tr("Local-language capability");
    c.subtitle = ChartText::tr("How well the models available serve national languages, law "
                               "and culture (100 = as well as English)");
    c.leftAxis = {ChartText::tr("Capability"), ChartText::tr("score 0-100"),
                  ChartText::tr("points"), 100.0, true};
    c.series = {{Metric::LocalLanguageCapability, ChartText::tr("capability"), LineStyle::Solid}};
    return c;
}

ChartSpec agencyChart() {
    ChartSpec c;
    c.id = QStringLiteral("agency");
    c.title = ChartText::tr("Agency index");
    c.subtitle = ChartText::tr("Leverage, critical coverage, assured compute and language "
                               "capability combined");
    c.leftAxis = {ChartText::tr("Agency"), ChartText::tr("score 0-100"), ChartText::tr("points"),
                  100.0, true};
    c.series = {{Metric::AgencyIndex, ChartText::tr("agency"), LineStyle::Solid}};
    return c;
}

ChartSpec priceChart() {
    ChartSpec c;
    c.id = QStringLiteral("contract_price");
    c.title = ChartText::tr("Contract price");
    c.subtitle = ChartText::tr("Price paid under sovereign compute access agreements");
    c.leftAxis = {ChartText::tr("Price"), ChartText::tr("USD per H100e-hour"), {}, 1.0, true};
    c.series = {{Metric::ContractPrice, ChartText::tr("contract price"), LineStyle::Solid}};
    return c;
}

} // namespace

QString AxisSpec::titleWithUnit(bool difference) const {
    const QString& u = difference && !differenceUnit.isEmpty() ? differenceUnit : unit;
    if (u.isEmpty()) {
        return title;
    }
    return ChartText::tr("%1 (%2)", "axis title (unit)").arg(title, u);
}

bool ChartSpec::hasRightAxis() const {
    return std::any_of(series.begin(), series.end(),
                       [](const SeriesSpec& s) { return s.axis == AxisSide::Right; });
}

std::vector<ChartSpec> standardCharts() {
    return {computeChart(),  energyChart(),         leverageChart(),
            criticalChart(), costPerComputeChart(), languageChart()};
}

std::vector<ChartSpec> extraCharts() {
    return {costChart(), agencyChart(), priceChart()};
}

std::vector<ChartSpec> allCharts() {
    std::vector<ChartSpec> charts = standardCharts();
    for (ChartSpec& c : extraCharts()) {
        charts.push_back(std::move(c));
    }
    return charts;
}

std::optional<ChartSpec> findChart(const QString& id) {
    for (ChartSpec& c : allCharts()) {
        if (c.id == id) {
            return std::move(c);
        }
    }
    return std::nullopt;
}

QStringList chartIds() {
    QStringList ids;
    for (const ChartSpec& c : allCharts()) {
        ids << c.id;
    }
    return ids;
}

} // namespace sovsim::ui
