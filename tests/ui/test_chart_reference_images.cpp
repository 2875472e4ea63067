// The same input gives the same picture: each theme's rendering of a fixed chart is compared with
// a committed reference image, with a small tolerance for font rasterisation differences.
// To accept a deliberate change of look, run the tests with SOVSIM_UPDATE_REFERENCE_IMAGES=1,
// look at the new images in tests/data/ui/reference/ and commit them with the change.

#include "charts/ChartSpec.h"
#include "export/ChartExporter.h"
#include "test_chart_fixtures.h"

#include <QDir>
#include <QImage>
#include <cmath>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

struct Difference {
    double meanAbs = 0;      // mean absolute difference per channel, 0..255
    double changedShare = 0; // share of pixels where some channel differs by more than 64
};

Difference compare(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    long long changed = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d[] = {
                std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                std::abs(qBlue(p[col]) - qBlue(q[col])), std::abs(qAlpha(p[col]) - qAlpha(q[col]))};
            sum += d[0] + d[1] + d[2] + d[3];
            if (*std::max_element(std::begin(d), std::end(d)) > 64) {
                ++changed;
            }
        }
    }
    const double pixels = static_cast<double>(x.width()) * x.height();
    return {sum / (pixels * 4.0), static_cast<double>(changed) / pixels};
}

class ReferenceImageTest : public ::testing::TestWithParam<ThemeId> {};

TEST_P(ReferenceImageTest, RenderingMatchesTheCommittedReference) {
    testing::ThreeScenarios data;
    ChartInput input;
    input.spec = *findChart(QStringLiteral("compute"));
    input.scenarios = data.plotted();
    for (PlottedScenario& s : input.scenarios) {
        s.countryPreset.clear(); // keep preset sources (edited elsewhere) out of the picture
    }
    ExportOptions options;
    options.size = QSize(960, 540);
    options.theme = GetParam();
    options.workshopName = QStringLiteral("Reference workshop");
    const QImage image = ChartExporter::renderImage(input, options);
    ASSERT_EQ(image.size(), options.size);

    const QString file = QDir(QStringLiteral(SOVSIM_UI_REFERENCE_DIR))
                             .filePath(QStringLiteral("compute-%1.png").arg(keyOf(GetParam())));
    if (qEnvironmentVariableIsSet("SOVSIM_UPDATE_REFERENCE_IMAGES")) {
        ASSERT_TRUE(QDir().mkpath(QStringLiteral(SOVSIM_UI_REFERENCE_DIR)));
        ASSERT_TRUE(image.save(file));
        GTEST_SKIP() << "wrote " << file.toStdString();
    }
    const QImage reference(file);
    ASSERT_FALSE(reference.isNull())
        << file.toStdString() << " is missing; run with SOVSIM_UPDATE_REFERENCE_IMAGES=1";
    ASSERT_EQ(reference.size(), image.size());
    const Difference d = compare(image, reference);
    EXPECT_LT(d.meanAbs, 2.0) << "mean channel difference " << d.meanAbs;
    EXPECT_LT(d.changedShare, 0.01) << "share of clearly changed pixels " << d.changedShare;
}

INSTANTIATE_TEST_SUITE_P(Themes, ReferenceImageTest,
                         ::testing::Values(ThemeId::Light, ThemeId::Dark, ThemeId::Print),
                         [](const auto& param) { return keyOf(param.param).toStdString(); });

} // namespace
} // namespace sovsim::ui
