// Where `sovsim-cli run --csv` may write: never over one of its own input files (however the
// output is spelled), and through devices, FIFOs and its own standard output without replacing
// them. Special files are made in each test's temporary folder, never in the machine's /dev.

#include "CliProcess.h"
#include "SpecialFiles.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace sovsim::test {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRefusal = "is also an input file";

std::set<std::string> entriesOf(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        names.insert(e.path().filename().string());
    }
    return names;
}

struct stat lstatOf(const fs::path& path) {
    struct stat info {};
    EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
    return info;
}

// Runs the CLI from `dir`, so relative names such as "./w.json" are the user's spelling.
class WorkingDirectory {
public:
    explicit WorkingDirectory(const fs::path& dir) : previous_(fs::current_path()) {
        fs::current_path(dir);
    }
    ~WorkingDirectory() {
        std::error_code ec;
        fs::current_path(previous_, ec);
    }
    WorkingDirectory(const WorkingDirectory&) = delete;
    WorkingDirectory& operator=(const WorkingDirectory&) = delete;

private:
    fs::path previous_;
};

class CliOutput : public testing::Test {
protected:
    void SetUp() override {
        input_ = dir_ / "w.json";
        original_ = readFile(cliData("plain.json"));
        writeFile(input_, original_);
        expectedCsv_ = runCli({"run", input_.string(), "--csv", "-"}).out;
        ASSERT_NE(expectedCsv_.find("scenario,date,metric,value\n"), std::string::npos);
    }
    // The input is exactly as it was, and nothing was written beside it.
    void expectInputUntouched(const std::set<std::string>& expectedEntries) {
        EXPECT_EQ(readFile(input_), original_);
        EXPECT_TRUE(S_ISREG(lstatOf(input_).st_mode));
        EXPECT_EQ(entriesOf(dir_.path()), expectedEntries);
    }

    TempDir dir_;
    fs::path input_;
    std::string original_;
    std::string expectedCsv_;
};

TEST_F(CliOutput, RefusesTheInputAsOutputBySamePath) {
    const CliResult r = runCli({"run", input_.string(), "--csv", input_.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, input_.string() + ": is also an input file; choose another output\n");
    EXPECT_EQ(r.out, "");
    expectInputUntouched({"w.json"});
}

TEST_F(CliOutput, RefusesTheInputAsOutputSpelledDifferently) {
    const WorkingDirectory cwd(dir_.path());
    const CliResult r = runCli({"run", "w.json", "--csv", "./w.json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "./w.json: is also an input file (w.json); choose another output\n");
    const CliResult absolute = runCli({"run", "w.json", "--csv", (dir_ / "w.json").string()});
    EXPECT_EQ(absolute.exitCode, 2);
    EXPECT_NE(absolute.err.find(kRefusal), std::string::npos) << absolute.err;
    expectInputUntouched({"w.json"});
}

TEST_F(CliOutput, RefusesALinkToTheInput) {
    const fs::path link = dir_ / "results.csv";
    fs::create_symlink("w.json", link);
    const CliResult r = runCli({"run", input_.string(), "--csv", link.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(link.string() + ": " + std::string(kRefusal)), std::string::npos) << r.err;
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    expectInputUntouched({"results.csv", "w.json"});
}

TEST_F(CliOutput, RefusesAnyOfSeveralInputs) {
    const fs::path other = dir_ / "other.json";
    writeFile(other, readFile(cliData("two_scenarios.json")));
    const CliResult r =
        runCli({"run", other.string(), input_.string(), "--csv", (dir_ / "." / "w.json").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(kRefusal), std::string::npos) << r.err;
    expectInputUntouched({"other.json", "w.json"});
}

TEST_F(CliOutput, WritesTheCsvIntoAFifo) {
    const fs::path fifo = dir_ / "results.csv";
    FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    const CliResult r = runCli({"run", input_.string(), "--csv", fifo.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(reader.finish(), expectedCsv_);
    EXPECT_TRUE(S_ISFIFO(lstatOf(fifo).st_mode));
    expectInputUntouched({"results.csv", "w.json"});
}

TEST_F(CliOutput, WritesTheCsvThroughALinkToAFifo) {
    const fs::path fifo = dir_ / "pipe";
    const fs::path link = dir_ / "results.csv";
    FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    fs::create_symlink(fifo, link);
    const CliResult r = runCli({"run", input_.string(), "--csv", link.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(reader.finish(), expectedCsv_);
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_TRUE(S_ISFIFO(lstatOf(fifo).st_mode));
}

TEST_F(CliOutput, WritesTheCsvIntoANullDeviceAndLeavesIt) {
    const fs::path node = dir_ / "null";
    if (const std::string why = makeNullDevice(node); !why.empty()) {
        GTEST_SKIP() << why;
    }
    const fs::path link = dir_ / "results.csv";
    fs::create_symlink(node, link);
    for (const fs::path& out : {node, link}) {
        const CliResult r = runCli({"run", input_.string(), "--csv", out.string()});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_TRUE(S_ISCHR(lstatOf(node).st_mode));
        EXPECT_EQ(lstatOf(node).st_rdev, ::makedev(1, 3));
    }
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    expectInputUntouched({"null", "results.csv", "w.json"});
}

// `sovsim-cli run w.json --csv /dev/stdout | next`, spelled as the descriptor /dev/stdout links
// to, so that the code from before this test existed could not replace the machine's
// /dev/stdout.
TEST_F(CliOutput, WritesTheCsvToItsOwnStandardOutputWhenItIsAPipe) {
    const CliResult r = runCliIntoPipe({"run", input_.string(), "--csv", "/proc/self/fd/1"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, expectedCsv_);
    const CliResult dash = runCliIntoPipe({"run", input_.string(), "--csv", "-"});
    EXPECT_EQ(dash.exitCode, 0) << dash.err;
    EXPECT_EQ(dash.out, expectedCsv_);
}

} // namespace
} // namespace sovsim::test
