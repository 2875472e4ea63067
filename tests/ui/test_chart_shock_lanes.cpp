// Shock lanes: which shock belongs to which scenario reads at a glance (a lane per scenario,
// labelled with its name in its colour, each shock a bar in that colour), and no text is cut,
// on the chart panel and in exports, at several sizes, in English and in Traditional Chinese.

#include "test_chart_shock_lanes.h"

#include "charts/ChartBuilder.h"
#include "charts/ChartSpec.h"
#include "charts/ChartWidget.h"
#include "export/ChartExporter.h"
#include "export/ExportCaption.h"
#include "mainwindow/Language.h"
#include "test_chart_fixtures.h"

#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>
#include <gtest/gtest.h>
#include <qcustomplot.h>

namespace sovsim::ui {
namespace {

using testing::ThreeScenarios;

sovsim::Shock shock(sovsim::ShockType type, int year, int month, int months, double severity) {
    sovsim::Shock s;
    s.type = type;
    s.start = {year, month};
    s.durationMonths = months;
    s.severity = severity;
    return s;
}

// The workshop: Japan cut off by its supplier, Kenya in an energy crisis with a demand
// surge on top of it (a second row) and a chip leap later (permanent); Brazil calm (no lane).
std::vector<PlottedScenario> scenariosWithOwnShocks(const ThreeScenarios& data) {
    auto s = data.plotted();
    s[0].name = QStringLiteral("Japan - resilience first");
    s[1].name = QStringLiteral("Kenya - negotiated dependence");
    s[1].shocks = {shock(sovsim::ShockType::EnergyCrisis, 2031, 6, 18, 0.6),
                   shock(sovsim::ShockType::DemandSurge, 2032, 1, 12, 0.5),
                   shock(sovsim::ShockType::ChipLeap, 2035, 1, 0, 0.7)};
    return s;
}

// Switches the application's language for one test and back.
class InLanguage {
public:
    explicit InLanguage(const QString& code) : locale_(QLocale()) { ok_ = language_.apply(code); }
    ~InLanguage() {
        language_.apply(QStringLiteral("en"));
        QLocale::setDefault(locale_);
    }
    bool ok() const { return ok_; }

private:
    Language language_;
    QLocale locale_;
    bool ok_ = false;
};

TEST(ShockLaneDataTest, OneLanePerScenarioWithShocksInScenarioOrder) {
    ThreeScenarios data;
    ChartInput input;
    input.spec = *findChart(QStringLiteral("compute"));
    input.scenarios = scenariosWithOwnShocks(data);
    const std::vector<ShockLane> lanes = shockLanes(input);
    ASSERT_EQ(lanes.size(), 2u) << "Brazil has no shock, so no lane";
    EXPECT_EQ(lanes[0].scenario, 0);
    EXPECT_EQ(lanes[0].shortName, QStringLiteral("Japan"));
    EXPECT_EQ(lanes[0].rowCount, 1);
    EXPECT_EQ(lanes[1].shortName, QStringLiteral("Kenya"));
    ASSERT_EQ(lanes[1].bars.size(), 3u);
    EXPECT_EQ(lanes[1].rowCount, 2) << "the surge overlaps the energy crisis";
    EXPECT_EQ(lanes[1].bars[0].row, 0);
    EXPECT_EQ(lanes[1].bars[1].row, 1);
    EXPECT_EQ(lanes[1].bars[2].row, 0) << "the leap starts after the crisis ends";
    EXPECT_TRUE(lanes[1].bars[2].permanent);
    EXPECT_DOUBLE_EQ(lanes[1].bars[2].endYear, yearRange(input).second);
    EXPECT_EQ(lanes[1].bars[0].details(),
              QStringLiteral("Energy crisis: Jun 2031 to Dec 2032, severity 60%"));
    EXPECT_EQ(lanes[1].bars[2].details(), QStringLiteral("Chip generation leap: from Jan 2035, "
                                                         "severity 70%"));

    input.scenarios[1].visible = false;
    EXPECT_EQ(shockLanes(input).size(), 1u) << "a hidden scenario has no lane";
}

TEST(ShockLaneDataTest, ShortNamesTellScenariosApart) {
    EXPECT_EQ(shortScenarioNames({QStringLiteral("Japan - resilience first"),
                                  QStringLiteral("Kenya - negotiated dependence")}),
              (QStringList{QStringLiteral("Japan"), QStringLiteral("Kenya")}));
    // Two scenarios of one country keep their whole names; the others stay short.
    EXPECT_EQ(shortScenarioNames({QStringLiteral("Japan - resilience first"),
                                  QStringLiteral("Japan - passive"), QStringLiteral("Kenya - x")}),
              (QStringList{QStringLiteral("Japan - resilience first"),
                           QStringLiteral("Japan - passive"), QStringLiteral("Kenya")}));
    EXPECT_EQ(shortScenarioNames({QStringLiteral("日本－韌性優先"), QStringLiteral("Plain")}),
              (QStringList{QStringLiteral("日本"), QStringLiteral("Plain")}));
}

TEST(ShockLaneDataTest, ExportCaptionListsEveryShockInFull) {
    ThreeScenarios data;
    ChartInput input;
    input.spec = *findChart(QStringLiteral("compute"));
    input.scenarios = scenariosWithOwnShocks(data);
    const QString caption = exportCaption(input, QString());
    for (const auto& name :
         {"Supplier cut-off", "Energy crisis", "Demand surge", "Chip generation leap",
          "Japan - resilience first", "Kenya - negotiated dependence"}) {
        EXPECT_TRUE(caption.contains(QString::fromUtf8(name))) << name;
    }
}

struct ExportCase {
    QSize size;
    ThemeId theme;
    const char* language;
};

class ShockLaneExportTest : public ::testing::TestWithParam<ExportCase> {};

TEST_P(ShockLaneExportTest, EveryChartShowsWholeLanesInTheScenarioColours) {
    const ExportCase c = GetParam();
    InLanguage language(QString::fromLatin1(c.language));
    ASSERT_TRUE(language.ok());
    ThreeScenarios data;
    for (const ChartSpec& spec : standardCharts()) {
        SCOPED_TRACE(spec.id.toStdString());
        ChartInput input;
        input.spec = spec;
        input.scenarios = scenariosWithOwnShocks(data);
        ExportOptions options;
        options.size = c.size;
        options.theme = c.theme;
        options.workshopName = QStringLiteral("Workshop");
        QCustomPlot plot;
        ChartExporter::layOutSlide(plot, input, options);
        const QImage image = plot.toPixmap(c.size.width(), c.size.height(), 1.0).toImage();
        EXPECT_EQ(image, ChartExporter::renderImage(input, options)) << "the export's own picture";
        testing::expectReadableLanes(plot, image, input, chartTheme(c.theme), {0, 1});
        testing::expectWholeLegends(plot);
        // The shock names are in the chart's language.
        bool named = false;
        for (const auto& t : shockLaneStrip(plot)->drawnTexts()) {
            named |= t.full == shockTypeName(sovsim::ShockType::SupplierCutoff);
        }
        EXPECT_TRUE(named);
    }
    if (QString::fromLatin1(c.language) == QStringLiteral("zh_TW")) {
        ChartInput input;
        input.spec = standardCharts().front();
        input.scenarios = scenariosWithOwnShocks(data);
        // Full-width punctuation in the tooltip's Chinese: "能源危機：…，嚴重程度 60%".
        EXPECT_TRUE(shockLanes(input)[1].bars[0].details().contains(QChar(0xFF1A)));
    }
}

INSTANTIATE_TEST_SUITE_P(SizesThemesLanguages, ShockLaneExportTest,
                         ::testing::Values(ExportCase{{1280, 720}, ThemeId::Light, "en"},
                                           ExportCase{{800, 600}, ThemeId::Light, "en"},
                                           ExportCase{{1280, 720}, ThemeId::Dark, "zh_TW"},
                                           ExportCase{{800, 600}, ThemeId::Print, "zh_TW"},
                                           ExportCase{{1920, 1080}, ThemeId::Dark, "en"}),
                         [](const auto& param) {
                             return QStringLiteral("%1x%2_%3_%4")
                                 .arg(param.param.size.width())
                                 .arg(param.param.size.height())
                                 .arg(keyOf(param.param.theme),
                                      QString::fromLatin1(param.param.language))
                                 .toStdString();
                         });

// Shows `chart` at `size` with `scenarios` (Japan's and Kenya's lanes) and checks what it drew.
void expectReadablePanel(ChartWidget& chart, QSize size, std::vector<PlottedScenario> scenarios) {
    chart.resize(size);
    chart.setScenarios(std::move(scenarios));
    chart.show();
    chart.replotNow();
    chart.plot()->replot();
    const QImage image = chart.plot()->grab().toImage();
    testing::expectReadableLanes(*chart.plot(), image, chart.input(), chartTheme(ThemeId::Light),
                                 {0, 1});
}

class ShockLaneWidgetTest : public ::testing::TestWithParam<QSize> {};

TEST_P(ShockLaneWidgetTest, ChartPanelShowsWholeLanesAndFullNamesInTooltips) {
    ThreeScenarios data;
    ChartWidget chart(*findChart(QStringLiteral("leverage")));
    expectReadablePanel(chart, GetParam(), scenariosWithOwnShocks(data));
    testing::expectWholeLegends(*chart.plot());

    // Hovering a bar shows the scenario and the shock in full, however short the bar's text.
    const ShockLaneStrip* strip = shockLaneStrip(*chart.plot());
    ASSERT_NE(strip, nullptr);
    for (const auto& bar : strip->drawnBars()) {
        const QPoint at = bar.rect.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, chart.plot()->mapToGlobal(at));
        QCoreApplication::sendEvent(chart.plot(), &help);
        EXPECT_EQ(QToolTip::text(), bar.toolTip);
        EXPECT_TRUE(bar.toolTip.contains(QStringLiteral(" to ")) ||
                    bar.toolTip.contains(QStringLiteral("from ")));
    }
    QToolTip::hideText();
}

TEST(ShockLaneCrowdTest, NamesWithoutRoomAreShortenedNeverCut) {
    // Three short shocks back to back on a small chart: no name fits whole anywhere.
    ThreeScenarios data;
    auto scenarios = scenariosWithOwnShocks(data);
    scenarios[1].shocks = {shock(sovsim::ShockType::EnergyCrisis, 2031, 1, 9, 0.6),
                           shock(sovsim::ShockType::PriceHike, 2031, 10, 9, 0.5),
                           shock(sovsim::ShockType::DemandSurge, 2032, 7, 9, 0.5)};
    ChartWidget chart(*findChart(QStringLiteral("energy")));
    expectReadablePanel(chart, QSize(300, 260), scenarios);
    const ShockLaneStrip* strip = shockLaneStrip(*chart.plot());
    ASSERT_NE(strip, nullptr);
    int shortened = 0;
    for (const auto& t : strip->drawnTexts()) {
        if (!t.laneLabel && t.text != t.full) {
            ++shortened;
            EXPECT_TRUE(t.text.endsWith(QChar(0x2026))) << t.text.toStdString();
            EXPECT_TRUE(t.toolTip.contains(t.full)) << "the tooltip has the whole name";
        }
    }
    EXPECT_GT(shortened, 0) << "the crowded lane should need shortened names";
}

INSTANTIATE_TEST_SUITE_P(Sizes, ShockLaneWidgetTest,
                         ::testing::Values(QSize(360, 300), QSize(520, 400), QSize(900, 560)),
                         [](const auto& param) {
                             return QStringLiteral("%1x%2")
                                 .arg(param.param.width())
                                 .arg(param.param.height())
                                 .toStdString();
                         });

} // namespace
} // namespace sovsim::ui
