// ChartExporter::writeAtomically (charts, the report and the CSV exports of the window and of
// `sovsim-cli export` and `report`) replaces regular files only: a FIFO, a device node or a
// descriptor is written straight through and stays what it was. Every special file is made in
// the test's own temporary folder; the machine's /dev is never touched.

#include "SpecialFiles.h"
#include "export/ChartExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <fcntl.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

namespace sovsim::ui {
namespace {

namespace fs = std::filesystem;

struct stat lstatOf(const fs::path& path) {
    struct stat info {};
    EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
    return info;
}

QStringList entriesOf(const QTemporaryDir& dir) {
    return QDir(dir.path())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                   QDir::Name);
}

QByteArray readAll(const fs::path& path) {
    QFile f(QString::fromStdString(path.string()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct ExportOutputTest : ::testing::Test {
    QTemporaryDir dir;
    fs::path root;
    const QByteArray data = QByteArray("%PDF-1.4\n") + QByteArray(150000, 'x') + "\n%%EOF\n";
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        root = fs::path(dir.path().toStdString());
    }
    static QString q(const fs::path& path) { return QString::fromStdString(path.string()); }
};

TEST_F(ExportOutputTest, WritesThroughAFifoAndLeavesItAFifo) {
    const fs::path fifo = root / "chart.pdf";
    test::FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    const ExportResult result = ChartExporter::writeAtomically(q(fifo), data);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(reader.finish(), data.toStdString());
    EXPECT_TRUE(S_ISFIFO(lstatOf(fifo).st_mode));
    EXPECT_EQ(entriesOf(dir), QStringList{QStringLiteral("chart.pdf")});
}

TEST_F(ExportOutputTest, WritesThroughALinkToAFifo) {
    const fs::path fifo = root / "pipe";
    const fs::path link = root / "chart.pdf";
    test::FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    fs::create_symlink(fifo, link);
    const ExportResult result = ChartExporter::writeAtomically(q(link), data);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(reader.finish(), data.toStdString());
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_TRUE(S_ISFIFO(lstatOf(fifo).st_mode));
}

TEST_F(ExportOutputTest, WritesThroughANullDeviceAndALinkToIt) {
    const fs::path node = root / "null";
    if (const std::string why = test::makeNullDevice(node); !why.empty()) {
        GTEST_SKIP() << why;
    }
    const fs::path link = root / "chart.png";
    fs::create_symlink(node, link);
    for (const fs::path& out : {node, link}) {
        const ExportResult result = ChartExporter::writeAtomically(q(out), data);
        EXPECT_TRUE(result.ok) << result.error.toStdString();
        EXPECT_TRUE(S_ISCHR(lstatOf(node).st_mode));
        EXPECT_EQ(lstatOf(node).st_rdev, ::makedev(1, 3));
    }
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_EQ(entriesOf(dir), (QStringList{QStringLiteral("chart.png"), QStringLiteral("null")}));
}

TEST_F(ExportOutputTest, ALinkToAFileReplacesTheFileAndKeepsTheLink) {
    const fs::path file = root / "real.svg";
    const fs::path link = root / "chart.svg";
    {
        QFile f(q(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    fs::create_symlink("real.svg", link);
    const ExportResult result = ChartExporter::writeAtomically(q(link), data);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_EQ(fs::read_symlink(link), "real.svg");
    EXPECT_EQ(readAll(file), data);
    EXPECT_EQ(entriesOf(dir),
              (QStringList{QStringLiteral("chart.svg"), QStringLiteral("real.svg")}));
}

// `sovsim-cli report w.json --out /dev/stdout | next`: the descriptor is a pipe.
TEST_F(ExportOutputTest, WritesThroughADescriptorOnAPipe) {
    int ends[2];
    ASSERT_EQ(::pipe2(ends, O_CLOEXEC), 0);
    std::string received;
    std::thread reader([&] {
        char buffer[65536];
        for (ssize_t n = 0; (n = ::read(ends[0], buffer, sizeof buffer)) > 0;) {
            received.append(buffer, static_cast<size_t>(n));
        }
    });
    const ExportResult result =
        ChartExporter::writeAtomically(QStringLiteral("/proc/self/fd/%1").arg(ends[1]), data);
    ::close(ends[1]);
    reader.join();
    ::close(ends[0]);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(received, data.toStdString());
}

TEST_F(ExportOutputTest, RefusesAFolder) {
    const fs::path folder = root / "chart.png";
    fs::create_directory(folder);
    const ExportResult result = ChartExporter::writeAtomically(q(folder), data);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.problem, ExportResult::Problem::Write);
    EXPECT_TRUE(fs::is_directory(folder));
}

} // namespace
} // namespace sovsim::ui
