// The export dialog of the window: a chart panel's button preselects its own chart, and the
// chosen charts, formats, size and theme are what gets written.

#include "export/ExportDialog.h"
#include "test_chart_fixtures.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    QStringList asked;
    dialog.setCreateFolderPrompt([&asked](QWidget*, const QString& folder) {
        asked << folder;
        return true;
    });
    const QStringList written = dialog.exportNow();
    EXPECT_EQ(asked, QStringList{dir.filePath(QStringLiteral("slides"))})
        << "a missing folder is created only after asking";
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

TEST(ChartExportDialogTest, AMissingFolderIsNeverCreatedWithoutAsking) {
    testing::ThreeScenarios data;
    ExportContext context;
    context.scenarios = data.plotted();
    ChartExportDialog dialog(context, QStringLiteral("compute"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("not-yet"));
    dialog.setFolder(missing);
    dialog.setCreateFolderPrompt([](QWidget*, const QString&) { return false; });
    QStringList messages;
    QObject::connect(&dialog, &ChartExportDialog::exported,
                     [&messages](const QString& message, const QString&) { messages << message; });
    dialog.accept();
    EXPECT_FALSE(QFileInfo::exists(missing)) << "the user said no";
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST(ChartExportDialogTest, TheSuggestedFolderAlwaysExists) {
    ChartExportDialog dialog(ExportContext{}, QString());
    EXPECT_TRUE(QDir(dialog.folder()).exists()) << dialog.folder().toStdString();
}

TEST(ChartExportDialogTest, AcceptingSaysWhatWasWrittenWhere) {
    testing::ThreeScenarios data;
    ExportContext context;
    context.scenarios = data.plotted();
    ChartExportDialog dialog(context, QStringLiteral("leverage"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    dialog.setFolder(dir.path());
    QStringList messages;
    QStringList folders;
    QObject::connect(&dialog, &ChartExportDialog::exported,
                     [&](const QString& message, const QString& folder) {
                         messages << message;
                         folders << folder;
                     });
    dialog.accept();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(folders.front(), QDir(dir.path()).absolutePath());
    EXPECT_TRUE(messages.front().contains(QDir::toNativeSeparators(dir.path())))
        << messages.front().toStdString();
}

TEST(ChartExportDialogTest, WithoutAChartEveryChartIsSelected) {
    ChartExportDialog dialog(ExportContext{}, QString());
    EXPECT_EQ(dialog.selectedCharts(), chartIds());
}

} // namespace
} // namespace sovsim::ui
