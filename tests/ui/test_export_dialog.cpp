// The export dialog of the window: a chart panel's button preselects its own chart, and the
// chosen charts, formats, size and theme are what gets written.

#include "export/ExportDialog.h"
#include "test_chart_fixtures.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

TEST(ChartExportDialogTest, ExportsTheChosenChartInTheChosenFormats) {
    testing::ThreeScenarios data;
    ExportContext context;
    context.workshopName = QStringLiteral("Dialog test");
    context.scenarios = data.plotted();
    ChartExportDialog dialog(context, QStringLiteral("energy"));
    EXPECT_EQ(dialog.selectedCharts(), QStringList{QStringLiteral("energy")});
    ASSERT_FALSE(dialog.selectedFormats().empty());

    // Pick the 4:3 preset through the size box, as a user would.
    auto* size = dialog.findChild<QComboBox*>();
    ASSERT_NE(size, nullptr);
    const int classic = size->findData(QSize(1600, 1200));
    ASSERT_GE(classic, 0);
    size->setCurrentIndex(classic);
    EXPECT_EQ(dialog.options().size, QSize(1600, 1200));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    dialog.setFolder(dir.filePath(QStringLiteral("slides")));
    const QStringList written = dialog.exportNow();
    ASSERT_EQ(written.size(), static_cast<qsizetype>(dialog.selectedFormats().size()));
    for (const QString& path : written) {
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
        EXPECT_TRUE(path.contains(QStringLiteral("energy."))) << path.toStdString();
    }
    const QString png = dir.filePath(QStringLiteral("slides/energy.png"));
    if (QFile::exists(png)) {
        EXPECT_EQ(QImage(png).size(), QSize(1600, 1200));
    }
}

TEST(ChartExportDialogTest, WithoutAChartEveryChartIsSelected) {
    ChartExportDialog dialog(ExportContext{}, QString());
    EXPECT_EQ(dialog.selectedCharts(), chartIds());
}

} // namespace
} // namespace sovsim::ui
