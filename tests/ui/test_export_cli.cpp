// `sovsim-cli export` and `sovsim-cli report`: option checking through the command handlers,
// and the real executable run with no display at all.

#include "Arguments.h"
#include "ExportCommands.h"

#include <QFile>
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

} // namespace
} // namespace sovsim::cli
