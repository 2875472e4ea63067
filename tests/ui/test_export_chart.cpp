// Chart exports: files of the requested kind and size, complete or absent, the same pixels for
// the same input, matching the committed reference images, captioned, and on the clipboard.

#include "charts/ChartSpec.h"
#include "export/ChartExporter.h"
#include "export/ExportCaption.h"
#include "test_chart_fixtures.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

using testing::ThreeScenarios;

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct ExportTest : ::testing::Test {
    ThreeScenarios data;
    QTemporaryDir dir;
    ChartInput input;
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        input.spec = *findChart(QStringLiteral("compute"));
        input.scenarios = data.plotted();
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

class PngSizeTest : public ExportTest, public ::testing::WithParamInterface<QSize> {};

TEST_P(PngSizeTest, PngHasTheRequestedPixelSize) {
    ExportOptions options;
    options.size = GetParam();
    const QString file = path(QStringLiteral("chart.png"));
    const ExportResult result = ChartExporter::exportChart(input, options, file);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sizes, PngSizeTest,
                         ::testing::Values(QSize(1920, 1080), QSize(3840, 2160), QSize(1024, 768),
                                           QSize(1600, 1200)));

TEST_F(ExportTest, SvgIsWellFormedAndCarriesTitleLegendAndCaption) {
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.workshopName = QStringLiteral("Test workshop");
    const QString file = path(QStringLiteral("chart.svg"));
    const ExportResult result = ChartExporter::exportChart(input, options, file);
    ASSERT_TRUE(result.ok) << result.error.toStdString();

    QXmlStreamReader xml(readAll(file));
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters) {
            text += xml.text().toString() + QLatin1Char('\n');
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(text.contains(input.spec.title));
    for (const PlottedScenario& s : input.scenarios) {
        EXPECT_TRUE(text.contains(s.name)) << s.name.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("assured"))) << "series key in the legend";
    EXPECT_TRUE(text.contains(versionLine())) << "caption with the versions";
}

TEST_F(ExportTest, PdfIsOneVectorPage) {
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    const QString file = path(QStringLiteral("chart.pdf"));
    const ExportResult result = ChartExporter::exportChart(input, options, file);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF")) << "file is complete";
    EXPECT_EQ(testing::pdfPageCount(pdf), 1);
    EXPECT_FALSE(pdf.contains("/Subtype /Image")) << "lines and text are vectors, not a bitmap";
}

TEST_F(ExportTest, FailedExportLeavesNoFile) {
    ExportOptions options;
    const QString missingDir = path(QStringLiteral("no/such/folder/chart.png"));
    ExportResult result = ChartExporter::exportChart(input, options, missingDir);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.problem, ExportResult::Problem::Write);
    EXPECT_TRUE(result.error.contains(QStringLiteral("chart.png")));
    EXPECT_FALSE(QFile::exists(missingDir));

    options.size = QSize(10, 10);
    const QString tooSmall = path(QStringLiteral("small.png"));
    result = ChartExporter::exportChart(input, options, tooSmall);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.problem, ExportResult::Problem::BadRequest);
    EXPECT_FALSE(QFile::exists(tooSmall));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary files left behind";
}

TEST_F(ExportTest, FailedExportKeepsAnExistingFile) {
    const QString file = path(QStringLiteral("chart.png"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    ExportOptions options;
    options.size = QSize(100000, 5);
    EXPECT_FALSE(ChartExporter::exportChart(input, options, file).ok);
    EXPECT_EQ(readAll(file), QByteArray("previous export"));
}

TEST_F(ExportTest, SameInputGivesTheSameImage) {
    ExportOptions options;
    options.size = QSize(960, 540);
    const QImage a = ChartExporter::renderImage(input, options);
    const QImage b = ChartExporter::renderImage(input, options);
    EXPECT_EQ(a, b);
    // And the input matters: a different scenario gives a different image.
    input.scenarios[2].visible = false;
    EXPECT_NE(ChartExporter::renderImage(input, options), a);
}

TEST_F(ExportTest, ThemesAndTransparency) {
    ExportOptions options;
    options.size = QSize(960, 540);
    const QImage light = ChartExporter::renderImage(input, options);
    options.theme = ThemeId::Dark;
    const QImage dark = ChartExporter::renderImage(input, options);
    options.theme = ThemeId::Print;
    const QImage print = ChartExporter::renderImage(input, options);
    EXPECT_GT(qGray(light.pixel(2, 2)), 240);
    EXPECT_LT(qGray(dark.pixel(2, 2)), 60);
    EXPECT_GT(qGray(print.pixel(2, 2)), 240);
    EXPECT_NE(light, print) << "print adds markers so greyscale copies stay readable";

    options.theme = ThemeId::Light;
    options.transparentBackground = true;
    const QImage clear = ChartExporter::renderImage(input, options);
    EXPECT_EQ(qAlpha(clear.pixel(2, 2)), 0);
    EXPECT_EQ(qAlpha(light.pixel(2, 2)), 255);
}

TEST_F(ExportTest, CopyPutsTheImageOnTheClipboard) {
    ExportOptions options;
    options.size = QSize(800, 450);
    ASSERT_TRUE(ChartExporter::copyToClipboard(input, options));
    EXPECT_EQ(QGuiApplication::clipboard()->image().size(), QSize(800, 450));
}

TEST_F(ExportTest, CaptionNamesScenariosShocksVersionsAndSources) {
    const QString caption = exportCaption(input, QStringLiteral("Tokyo workshop"));
    EXPECT_TRUE(caption.contains(QStringLiteral("Tokyo workshop")));
    for (const PlottedScenario& s : input.scenarios) {
        EXPECT_TRUE(caption.contains(s.name));
    }
    EXPECT_TRUE(caption.contains(shockTypeName(sovsim::ShockType::SupplierCutoff)));
    EXPECT_TRUE(caption.contains(QStringLiteral("2030-01")));
    EXPECT_TRUE(caption.contains(versionLine()));
    EXPECT_TRUE(caption.contains(QStringLiteral("Sources")));
    EXPECT_FALSE(presetSources(input.scenarios).isEmpty());
    for (const QString& source : presetSources(input.scenarios)) {
        EXPECT_FALSE(source.contains(QStringLiteral("http"))) << "short form for slides";
    }
}

TEST(ExportOptionsTest, SizesAndFormatsParseStrictly) {
    EXPECT_EQ(parseExportSize(QStringLiteral("1920x1080")), QSize(1920, 1080));
    EXPECT_EQ(parseExportSize(QStringLiteral(" 3840 X 2160 ")), QSize(3840, 2160));
    EXPECT_FALSE(parseExportSize(QStringLiteral("1920")));
    EXPECT_FALSE(parseExportSize(QStringLiteral("1920x")));
    EXPECT_FALSE(parseExportSize(QStringLiteral("-5x100")));
    EXPECT_FALSE(parseExportSize(QStringLiteral("100x100"))); // below the minimum side
    EXPECT_FALSE(parseExportSize(QStringLiteral("99999x1080")));
    EXPECT_EQ(exportFormatFromKey(QStringLiteral("SVG")), ExportFormat::Svg);
    EXPECT_FALSE(exportFormatFromKey(QStringLiteral("gif")));
    const auto presets = exportSizePresets();
    ASSERT_FALSE(presets.empty());
    EXPECT_EQ(presets.front().size, kDefaultExportSize);
}

} // namespace
} // namespace sovsim::ui
