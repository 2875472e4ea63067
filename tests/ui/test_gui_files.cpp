// Files through the main window: save then open reproduces the workshop; a malformed or missing
// file is reported with its position and field and leaves the open workshop untouched; a failed
// save leaves the document modified.

#include "SpecialFiles.h"
#include "charts/ChartWidget.h"
#include "mainwindow/ExportActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/StatusNotice.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"
#include "test_gui_helpers.h"
#include "widgets/ChartsArea.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace sovsim::ui {
namespace {

using test::RecordingReporter;
using test::scenarioOf;

class FilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        window.setErrorReporter(&reporter);
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    void write(const QString& file, const QByteArray& text) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QTemporaryDir dir;
    RecordingReporter reporter;
    MainWindow window;
};

TEST_F(FilesTest, SaveThenOpenReproducesTheWorkshop) {
    auto& document = window.document();
    const int kenya = scenarioOf(document, "kenya");
    ASSERT_GE(kenya, 0);
    document.setParameter(kenya, *sovsim::findParameter("country.dc_power_available_gw"), 0.75);
    sovsim::Scenario withShock = document.scenario(kenya);
    withShock.shocks.push_back({sovsim::ShockType::EnergyCrisis, {2033, 7}, 18, 0.55});
    document.editScenario(kenya, withShock, QStringLiteral("Add shock"));
    document.renameScenario(kenya, QStringLiteral("Kenya – more power 電力"));
    document.addScenario(document.scenario(0));
    document.renameWorkshop(QStringLiteral("Test workshop"));
    ASSERT_TRUE(document.isModified());

    const QString file = path("saved.json");
    ASSERT_TRUE(window.saveTo(file));
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), file);
    EXPECT_TRUE(reporter.savePaths.empty());

    MainWindow reopened;
    reopened.setErrorReporter(&reporter);
    ASSERT_TRUE(reopened.openFile(file));
    EXPECT_EQ(reopened.document().workshop(), document.workshop());
    EXPECT_FALSE(reopened.document().isModified());
    EXPECT_EQ(reopened.document().filePath(), file);
}

TEST_F(FilesTest, MalformedFileIsReportedAndTheWorkshopKept) {
    auto& document = window.document();
    document.setParameter(0, *sovsim::findParameter("country.gdp_usd_bn"), 1234.0);
    const auto before = document.workshop();
    const QString pathBefore = document.filePath();

    const QString file = path("broken.json");
    write(file, "{\n  \"format\": \"sovsim-workshop\",\n  \"version\": 1,\n  \"name\": \"x\",\n"
                "  \"scenarios\": [\n    {\"name\": \"a\", \"country\": {\"gdp_usd_bn\": -5}}\n"
                "  ]\n}\n");
    EXPECT_FALSE(window.openFile(file));

    ASSERT_EQ(reporter.loadPaths.size(), 1u);
    EXPECT_EQ(reporter.loadPaths[0], file);
    ASSERT_FALSE(reporter.loadErrors.empty());
    const auto& error = reporter.loadErrors[0];
    EXPECT_EQ(error.line, 6);
    EXPECT_GT(error.column, 0);
    EXPECT_NE(error.fieldPath.find("gdp_usd_bn"), std::string::npos) << error.fieldPath;
    const QString text = describeFileError(error);
    EXPECT_TRUE(text.contains(QStringLiteral("6"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("gdp_usd_bn"))) << text.toStdString();

    EXPECT_EQ(document.workshop(), before);
    EXPECT_EQ(document.filePath(), pathBefore);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST_F(FilesTest, SyntaxErrorNamesLineAndColumn) {
    const QString file = path("syntax.json");
    write(file, "{\n  \"format\": \"sovsim-workshop\",\n  \"version\": 1,,\n}\n");
    EXPECT_FALSE(window.openFile(file));
    ASSERT_FALSE(reporter.loadErrors.empty());
    EXPECT_EQ(reporter.loadErrors[0].line, 3);
    EXPECT_GT(reporter.loadErrors[0].column, 0);
}

TEST_F(FilesTest, MissingFileIsReported) {
    const auto before = window.document().workshop();
    EXPECT_FALSE(window.openFile(path("does-not-exist.json")));
    ASSERT_EQ(reporter.loadErrors.size(), 1u);
    EXPECT_FALSE(reporter.loadErrors[0].problem.empty());
    EXPECT_EQ(window.document().workshop(), before);
}

TEST_F(FilesTest, AnOversizedFileIsRefusedWithoutReadingIt) {
    // The window shares the command line's reader and its size cap: a sparse 65 MB file is
    // refused by its size, quickly, and the open workshop stays.
    const QString file = path("huge.json");
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(qint64{65} * 1024 * 1024));
    }
    const auto before = window.document().workshop();
    EXPECT_FALSE(window.openFile(file));
    ASSERT_EQ(reporter.loadErrors.size(), 1u);
    EXPECT_NE(reporter.loadErrors[0].problem.find("too large"), std::string::npos)
        << reporter.loadErrors[0].problem;
    EXPECT_EQ(window.document().workshop(), before);
}

TEST_F(FilesTest, SavingOverANamedPipeWritesThroughAndKeepsThePipe) {
    // Saving to a FIFO (e.g. a facilitator piping to another tool) must not replace the pipe
    // with a regular file; the pipe's reader gets the workshop.
    const std::filesystem::path fifo = path("pipe.json").toStdString();
    sovsim::test::FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    ASSERT_TRUE(window.saveTo(QString::fromStdString(fifo.string())));
    const std::string text = reader.finish();
    EXPECT_NE(text.find("\"sovsim-workshop\""), std::string::npos);
    struct stat info {};
    ASSERT_EQ(::lstat(fifo.c_str(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

TEST_F(FilesTest, FailedSaveKeepsTheDocumentModified) {
    window.document().setParameter(0, *sovsim::findParameter("country.gdp_usd_bn"), 999.0);
    const QString file = path("no-such-folder/out.json");
    EXPECT_FALSE(window.saveTo(file));
    ASSERT_EQ(reporter.savePaths.size(), 1u);
    EXPECT_FALSE(reporter.saveReasons[0].isEmpty());
    EXPECT_TRUE(window.document().isModified());
    EXPECT_TRUE(window.document().filePath().isEmpty());
}

TEST_F(FilesTest, SaveReplacesAnExistingFileCompletely) {
    const QString file = path("replace.json");
    write(file, QByteArray(100000, 'x'));
    ASSERT_TRUE(window.saveTo(file));
    MainWindow reopened;
    reopened.setErrorReporter(&reporter);
    ASSERT_TRUE(reopened.openFile(file));
    EXPECT_EQ(reopened.document().workshop(), window.document().workshop());
}

TEST_F(FilesTest, ScenarioFileOpensAsOneScenario) {
    const QString file =
        QStringLiteral(SOVSIM_SCENARIO_DIR) + QStringLiteral("/examples/france-price-hike.json");
    ASSERT_TRUE(window.openFile(file));
    EXPECT_EQ(window.document().scenarioCount(), 1);
    EXPECT_TRUE(reporter.loadErrors.empty());
}

} // namespace
} // namespace sovsim::ui

namespace sovsim::ui {
namespace {

TEST_F(FilesTest, ExportMenuWritesEveryChartTheReportAndTheData) {
    auto* exports = window.exportActions();
    ASSERT_NE(exports, nullptr);
    const QString folder = path("charts");
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(exports->exportAllCharts(folder));
    const int charts = window.chartsArea()->chartCount();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), charts * 3);
    for (const char* ext : {"png", "svg", "pdf"}) {
        EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.") + QLatin1String(ext)}).size(),
                  charts)
            << ext;
    }

    const QString report = path("report.pdf");
    ASSERT_TRUE(exports->exportReport(report));
    QFile pdf(report);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));

    const QString csv = path("series.csv");
    ASSERT_TRUE(exports->exportSeriesCsv(csv));
    QFile series(csv);
    ASSERT_TRUE(series.open(QIODevice::ReadOnly));
    const QByteArray header = series.readLine().trimmed();
    EXPECT_EQ(header, QByteArray("scenario,date,metric,value"));
    EXPECT_TRUE(reporter.savePaths.empty());
}

TEST_F(FilesTest, ExportsAreAnnouncedWithAnOpenFolderButton) {
    QStringList opened;
    window.statusNotice()->setFolderOpener([&opened](const QString& f) { opened << f; });
    const QString folder = path("slides");
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(window.exportActions()->exportAllCharts(folder));
    EXPECT_TRUE(window.statusNotice()->message().contains(QDir::toNativeSeparators(folder)))
        << window.statusNotice()->message().toStdString();
    ASSERT_FALSE(window.statusNotice()->openFolderButton()->isHidden());
    window.statusNotice()->openFolderButton()->click();
    EXPECT_EQ(opened, QStringList{QDir(folder).absolutePath()});
}

TEST_F(FilesTest, CopyingAChartIsAnnounced) {
    window.chartsArea()->chart(0)->copyToClipboard();
    EXPECT_TRUE(window.statusNotice()->message().contains(QStringLiteral("clipboard")))
        << window.statusNotice()->message().toStdString();
    EXPECT_TRUE(window.statusNotice()->openFolderButton()->isHidden()) << "no folder to open";
}

TEST_F(FilesTest, ExportToAMissingFolderIsReported) {
    EXPECT_FALSE(window.exportActions()->exportSettingsCsv(path("missing/settings.csv")));
    ASSERT_EQ(reporter.savePaths.size(), 1u);
    EXPECT_FALSE(QFile::exists(path("missing/settings.csv")));
}

} // namespace
} // namespace sovsim::ui
