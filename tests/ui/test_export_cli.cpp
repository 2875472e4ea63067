// `sovsim-cli export` and `sovsim-cli report`: option checking through the command handlers,
// and the real executable run with no display at all.

#include "Arguments.h"
#include "ExportCommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sstream>

namespace sovsim::cli {
namespace {

const std::string kDefaultWorkshop = SOVSIM_SCENARIO_DIR "/workshops/default.json";

struct CliResult {
    int code = -1;
    std::string out;
    std::string err;
};

CliResult runHandler(const Command& command, std::vector<std::string> args) {
    std::ostringstream out;
    std::ostringstream err;
    Console console{out, err};
    CliResult r;
    r.code = command.handler(args, console);
    r.out = out.str();
    r.err = err.str();
    return r;
}

TEST(ExportCliTest, WritesEachChartInEachFormat) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string out = dir.filePath(QStringLiteral("charts")).toStdString();
    const CliResult r = runHandler(kExportCommand, {kDefaultWorkshop, "--charts", "compute,energy",
                                                    "--format", "png,svg", "--size", "1024x768",
                                                    "--theme", "print", "--out", out});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* name : {"compute.png", "compute.svg", "energy.png", "energy.svg"}) {
        const QString file = QString::fromStdString(out) + QLatin1Char('/') + QLatin1String(name);
        EXPECT_TRUE(QFile::exists(file)) << name;
        EXPECT_NE(r.out.find(name), std::string::npos) << "paths are printed";
    }
    EXPECT_EQ(QImage(QString::fromStdString(out) + QStringLiteral("/compute.png")).size(),
              QSize(1024, 768));
}

TEST(ExportCliTest, BadOptionsAreUsageErrors) {
    const std::vector<std::vector<std::string>> bad = {
        {kDefaultWorkshop, "--out", "x", "--charts", "nonsense"},
        {kDefaultWorkshop, "--out", "x", "--format", "gif"},
        {kDefaultWorkshop, "--out", "x", "--size", "big"},
        {kDefaultWorkshop, "--out", "x", "--theme", "neon"},
        {kDefaultWorkshop},                                  // no --out
        {"--out", "x"},                                      // no FILE
        {kDefaultWorkshop, "--out", "x", "--colour", "red"}, // unknown option
        {kDefaultWorkshop, "--out", "x", "--language", "fr"},
    };
    for (const auto& args : bad) {
        EXPECT_THROW(runHandler(kExportCommand, args), UsageError) << args.back();
    }
}

TEST(ExportCliTest, BadFilesExitWithTwoAndWriteNothing) {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"sovsim-workshop\", \"version\": 1, \"scenarios\": [");
    }
    const std::string out = dir.filePath(QStringLiteral("out")).toStdString();
    const CliResult r = runHandler(kExportCommand, {broken.toStdString(), "--out", out});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("broken.json"), std::string::npos) << r.err;
    EXPECT_FALSE(QFile::exists(QString::fromStdString(out) + QStringLiteral("/compute.png")));

    const CliResult unknown = runHandler(
        kExportCommand, {kDefaultWorkshop, "--out", out, "--difference-from", "Atlantis"});
    EXPECT_EQ(unknown.code, 2);
}

TEST(ReportCliTest, WritesTheReport) {
    QTemporaryDir dir;
    const std::string out = dir.filePath(QStringLiteral("report.pdf")).toStdString();
    const CliResult r =
        runHandler(kReportCommand, {kDefaultWorkshop, "--out", out, "--date", "2026-05-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    QFile pdf(QString::fromStdString(out));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().startsWith("%PDF-"));
    EXPECT_THROW(runHandler(kReportCommand, {kDefaultWorkshop, "--out", out, "--date", "May 1"}),
                 UsageError);
    EXPECT_THROW(runHandler(kReportCommand, {kDefaultWorkshop}), UsageError);
}

// The real program, with no display and no platform chosen: it must pick the offscreen
// platform itself.
TEST(ExportCliTest, WorksWithNoDisplay) {
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess cli;
    cli.setProcessEnvironment(env);
    const QString out = dir.filePath(QStringLiteral("charts"));
    cli.start(QStringLiteral(SOVSIM_CLI_PATH),
              {QStringLiteral("export"), QString::fromStdString(kDefaultWorkshop),
               QStringLiteral("--charts"), QStringLiteral("leverage"), QStringLiteral("--format"),
               QStringLiteral("pdf"), QStringLiteral("--out"), out});
    ASSERT_TRUE(cli.waitForFinished(120000));
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/leverage.pdf")));
}

// An output that is also an input is refused before anything is read or written, however it
// is spelled; the input stays byte for byte.
struct OutputIsInputTest : ::testing::Test {
    QTemporaryDir dir;
    std::string input;
    QByteArray original;
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        input = dir.filePath(QStringLiteral("w.json")).toStdString();
        QFile source(QString::fromStdString(kDefaultWorkshop));
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        original = source.readAll();
        QFile copy(QString::fromStdString(input));
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
        copy.write(original);
    }
    QByteArray contentsOf(const std::string& path) const {
        QFile f(QString::fromStdString(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QStringList entries() const {
        return QDir(dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
};

TEST_F(OutputIsInputTest, ReportRefusesItsInput) {
    const std::string dotted = dir.path().toStdString() + "/./w.json";
    const std::string link = dir.filePath(QStringLiteral("report.pdf")).toStdString();
    ASSERT_TRUE(QFile::link(QString::fromStdString(input), QString::fromStdString(link)));
    for (const std::string& out : {input, dotted, link}) {
        const CliResult r = runHandler(kReportCommand, {input, "--out", out});
        EXPECT_EQ(r.code, 2) << out;
        EXPECT_NE(r.err.find(out + ": is also an input file"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("choose another output"), std::string::npos) << r.err;
        EXPECT_EQ(r.out, "");
    }
    EXPECT_EQ(contentsOf(input), original);
    EXPECT_TRUE(QFileInfo(QString::fromStdString(link)).isSymLink());
    EXPECT_EQ(entries(), (QStringList{QStringLiteral("report.pdf"), QStringLiteral("w.json")}));
}

TEST_F(OutputIsInputTest, ExportRefusesToWriteAChartOverAnInput) {
    // The workshop is read from a file that has the name of a chart the export writes.
    const std::string named = dir.filePath(QStringLiteral("compute.png")).toStdString();
    ASSERT_TRUE(QFile::rename(QString::fromStdString(input), QString::fromStdString(named)));
    const CliResult same =
        runHandler(kExportCommand, {named, "--out", dir.path().toStdString(), "--charts",
                                    "energy,compute", "--format", "svg,png"});
    EXPECT_EQ(same.code, 2);
    EXPECT_NE(same.err.find("compute.png: is also an input file"), std::string::npos) << same.err;
    EXPECT_EQ(same.out, "");
    EXPECT_EQ(contentsOf(named), original);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("compute.png")}) << "nothing else written";

    // A chart file that is a link to the input.
    const QString charts = dir.filePath(QStringLiteral("charts"));
    ASSERT_TRUE(QDir().mkpath(charts));
    ASSERT_TRUE(QFile::link(QString::fromStdString(named), charts + QStringLiteral("/energy.svg")));
    const CliResult linked =
        runHandler(kExportCommand, {named, "--out", charts.toStdString(), "--charts", "energy"});
    EXPECT_EQ(linked.code, 0) << "energy.png is not the input: " << linked.err;
    const CliResult refused =
        runHandler(kExportCommand, {named, "--out", charts.toStdString(), "--charts", "energy",
                                    "--format", "png,svg"});
    EXPECT_EQ(refused.code, 2);
    EXPECT_NE(refused.err.find("energy.svg: is also an input file"), std::string::npos)
        << refused.err;
    EXPECT_EQ(contentsOf(named), original);
}

// `report --out -` writes the PDF, and only the PDF, to standard output.
TEST(ReportCliTest, DashWritesThePdfToStandardOutput) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcess cli;
    cli.setWorkingDirectory(dir.path()); // a file named "-" would appear here
    cli.start(QStringLiteral(SOVSIM_CLI_PATH),
              {QStringLiteral("report"), QString::fromStdString(kDefaultWorkshop),
               QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--date"),
               QStringLiteral("2026-05-01")});
    ASSERT_TRUE(cli.waitForFinished(120000));
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QByteArray pdf = cli.readAllStandardOutput();
    EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(80).toStdString();
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_TRUE(QDir(dir.path()).isEmpty()) << "no file named '-'";
}

} // namespace
} // namespace sovsim::cli
