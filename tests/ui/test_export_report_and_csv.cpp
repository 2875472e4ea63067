// The workshop report (page count, completeness, nothing left on failure) and the CSV exports
// (same columns as the CLI, every plotted value, every setting).

#include "charts/ChartSpec.h"
#include "export/CsvExport.h"
#include "export/ProjectedWorkshop.h"
#include "export/WorkshopReport.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"
#include "test_chart_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct ReportTest : ::testing::Test {
    QTemporaryDir dir;
    ProjectedWorkshop projected{sovsim::PresetCatalog::builtIn().defaultWorkshop()};
    ReportOptions options;
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        options.date = QDate(2026, 3, 14);
    }
};

TEST_F(ReportTest, HasCoverOneChartPerPageAndClosingPages) {
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    const ReportResult result =
        writeWorkshopReport(file, projected.workshop(), projected.plotted(), options);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_GE(result.coverPages, 1);
    EXPECT_GE(result.closingPages, 1);
    EXPECT_EQ(result.pageCount,
              result.coverPages + static_cast<int>(allCharts().size()) + result.closingPages);
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(testing::pdfPageCount(pdf), result.pageCount);

    // Two charts instead of all of them: exactly that many fewer pages.
    options.charts = {*findChart(QStringLiteral("compute")), *findChart(QStringLiteral("energy"))};
    const QString shorter = dir.filePath(QStringLiteral("short.pdf"));
    const ReportResult two =
        writeWorkshopReport(shorter, projected.workshop(), projected.plotted(), options);
    ASSERT_TRUE(two.ok) << two.error.toStdString();
    EXPECT_EQ(testing::pdfPageCount(readAll(shorter)),
              result.pageCount - static_cast<int>(allCharts().size()) + 2);
}

TEST_F(ReportTest, FailureLeavesNoFile) {
    const QString missing = dir.filePath(QStringLiteral("missing/report.pdf"));
    ReportResult result =
        writeWorkshopReport(missing, projected.workshop(), projected.plotted(), options);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.problem, ExportResult::Problem::Write);
    EXPECT_FALSE(QFile::exists(missing));

    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    auto plotted = projected.plotted();
    plotted.pop_back(); // charts and tables would disagree
    result = writeWorkshopReport(file, projected.workshop(), plotted, options);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(QFile::exists(file));
}

TEST(CsvExportTest, SeriesHaveTheCliColumnsAndEveryPlottedValue) {
    testing::ThreeScenarios data;
    auto scenarios = data.plotted();
    scenarios[2].visible = false;
    scenarios[0].name = QStringLiteral("Japan, \"resilience\"");
    const std::vector<ChartSpec> charts = {*findChart(QStringLiteral("compute")),
                                           *findChart(QStringLiteral("energy"))};
    const QByteArray csv = plottedSeriesCsv(charts, scenarios);
    const QList<QByteArray> rows = csv.split('\n');
    ASSERT_GT(rows.size(), 2);
    EXPECT_EQ(rows[0], QByteArray("scenario,date,metric,value"));
    // Two visible scenarios x steps x four metrics, plus the header and the final newline.
    EXPECT_EQ(rows.size(), 1 + 2 * data.japan.stepCount() * 4 + 1);
    EXPECT_TRUE(rows.last().isEmpty());
    EXPECT_EQ(rows[1], "\"Japan, \"\"resilience\"\"\",2025-01-01,compute_access_total_h100e," +
                           csvNumber(data.japan.at(sovsim::Metric::ComputeAccessTotal, 0)));
    EXPECT_FALSE(csv.contains("Brazil")) << "hidden scenarios are not plotted";
    EXPECT_TRUE(csv.contains(",dc_share_of_generation,"));
    // Values keep ten significant digits.
    const QList<QByteArray> fields = rows[2].split(',');
    const double value = fields.last().toDouble();
    const double expected = data.japan.at(sovsim::Metric::ComputeAssured, 0);
    EXPECT_NEAR(value, expected, std::abs(expected) * 1e-9);
}

TEST(CsvExportTest, SettingsListEveryParameterAndShock) {
    const sovsim::Workshop& workshop = sovsim::PresetCatalog::builtIn().defaultWorkshop();
    const QByteArray csv = settingsCsv(workshop);
    const QList<QByteArray> rows = csv.split('\n');
    EXPECT_EQ(rows[0], QByteArray("scenario,parameter,value,unit"));
    size_t shocks = 0;
    for (const auto& s : workshop.scenarios) {
        shocks += s.shocks.size();
    }
    EXPECT_EQ(static_cast<size_t>(rows.size()),
              1 + workshop.scenarios.size() * sovsim::allParameters().size() + 4 * shocks + 1);
    const sovsim::Scenario& first = workshop.scenarios.front();
    const sovsim::ParameterInfo* gdp = sovsim::findParameter("country.gdp_usd_bn");
    ASSERT_NE(gdp, nullptr);
    const QByteArray expected = csvField(QString::fromStdString(first.name)) +
                                ",country.gdp_usd_bn," + csvNumber(gdp->get(first)) + ",USD bn";
    EXPECT_TRUE(rows.contains(expected)) << expected.toStdString();
    EXPECT_TRUE(csv.contains(",shocks[0].type,supplier_cutoff,"));
}

TEST(CsvExportTest, NumbersAndFields) {
    EXPECT_EQ(csvNumber(0.1), QByteArray("0.1"));
    EXPECT_EQ(csvNumber(1234567.891), QByteArray("1234567.891"));
    EXPECT_EQ(csvNumber(std::nan("")), QByteArray());
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("plain")), QByteArray("plain"));
}

// Issue 11: a name a spreadsheet would run as a formula is written as text.
TEST(CsvExportTest, TextThatLooksLikeAFormulaIsWrittenAsText) {
    EXPECT_EQ(csvField(QStringLiteral("=1+1")), QByteArray("'=1+1"));
    EXPECT_EQ(csvField(QStringLiteral("+1")), QByteArray("'+1"));
    EXPECT_EQ(csvField(QStringLiteral("-1")), QByteArray("'-1"));
    EXPECT_EQ(csvField(QStringLiteral("@SUM(A1)")), QByteArray("'@SUM(A1)"));
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
              QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    EXPECT_EQ(csvField(QStringLiteral("a=b")), QByteArray("a=b"));
    testing::ThreeScenarios data;
    auto scenarios = data.plotted();
    scenarios[0].name = QStringLiteral("=cmd");
    const QByteArray csv = plottedSeriesCsv({*findChart(QStringLiteral("compute"))}, scenarios);
    EXPECT_TRUE(csv.contains("\n'=cmd,2025-01-01,compute_access_total_h100e,"));
    EXPECT_FALSE(csv.contains(",'")) << "numbers stay numbers";
}

} // namespace
} // namespace sovsim::ui
