// writeFileAtomically never damages the file it replaces and never leaves a temporary file
// behind, whatever goes wrong.

#include "TempFolder.h"
#include "sovsim/OutputFile.h"
#include "sovsim/ScenarioFile.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace sovsim {
namespace {

namespace fs = std::filesystem;
using test::contentsOf;
using test::writePlain;

constexpr uid_t kNobody = 65534;

class AtomicWrite : public test::TempFolderTest {
protected:
    AtomicWrite() : TempFolderTest("sovsim-io") {}
    void SetUp() override {
        TempFolderTest::SetUp();
        fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
        target_ = dir_ / "workshop.json";
    }

    fs::path target_;
};

TEST_F(AtomicWrite, CreatesTheFile) {
    EXPECT_EQ(writeFileAtomically(target_.string(), "new contents\n"), "");
    EXPECT_EQ(contentsOf(target_), "new contents\n");
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

TEST_F(AtomicWrite, ReplacesTheFileAndKeepsItsPermissions) {
    writePlain(target_, "old contents\n");
    fs::permissions(target_, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(writeFileAtomically(target_.string(), "new contents\n"), "");
    EXPECT_EQ(contentsOf(target_), "new contents\n");
    EXPECT_EQ(fs::status(target_).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

TEST_F(AtomicWrite, RefusesAFolderAndLeavesItAlone) {
    fs::create_directory(target_);
    writePlain(target_ / "inside.txt", "keep me");
    const std::string problem = writeFileAtomically(target_.string(), "new contents\n");
    EXPECT_EQ(problem, "cannot write the file: a folder has that name");
    EXPECT_TRUE(fs::is_directory(target_));
    EXPECT_EQ(contentsOf(target_ / "inside.txt"), "keep me");
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

TEST_F(AtomicWrite, ReportsAMissingFolder) {
    const fs::path path = dir_ / "no-such-folder" / "workshop.json";
    const std::string problem = writeFileAtomically(path.string(), "new contents\n");
    EXPECT_EQ(problem, "cannot create a file in the folder '" + (dir_ / "no-such-folder").string() +
                           "': No such file or directory");
    EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicWrite, ReadOnlyFolderLeavesTheOldFileIntact) {
    writePlain(target_, "old contents\n");
    fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);
    std::string problem;
    // Root ignores folder permissions, so the write runs on a thread whose file-system identity
    // is an ordinary user (the file-system uid is per thread; dropping it from root also drops
    // root's permission override).
    std::thread writer([&] {
        if (::geteuid() == 0) {
            ::setfsgid(kNobody);
            ::setfsuid(kNobody);
        }
        problem = writeFileAtomically(target_.string(), "new contents\n");
    });
    writer.join();
    EXPECT_EQ(problem,
              "cannot create a file in the folder '" + dir_.string() + "': Permission denied");
    EXPECT_EQ(contentsOf(target_), "old contents\n");
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

TEST_F(AtomicWrite, FailedWriteRemovesTheTemporaryFile) {
    writePlain(target_, "old contents\n");
    // A file-size limit makes write() fail part-way, as a full disk would.
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto* const previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const std::string problem = writeFileAtomically(target_.string(), std::string(100000, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    EXPECT_EQ(problem, "cannot write the file: File too large");
    EXPECT_EQ(contentsOf(target_), "old contents\n");
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

// --- OutputWriter: the same guarantees for an output written piece by piece (issue 11). ---

TEST_F(AtomicWrite, AWriterReplacesTheFileOnlyWhenCommitted) {
    writePlain(target_, "old contents\n");
    {
        OutputWriter out(target_.string());
        ASSERT_TRUE(out.ok()) << out.error();
        for (int i = 0; i < 50000; ++i) {
            ASSERT_TRUE(out.write("row " + std::to_string(i) + "\n"));
        }
        // Pieces go to the temporary file as they come, not all at the end...
        size_t temporaryBytes = 0;
        for (const auto& e : fs::directory_iterator(dir_)) {
            if (e.path() != target_) {
                temporaryBytes += fs::file_size(e.path());
            }
        }
        EXPECT_GT(temporaryBytes, 100000U);
        // ...and the old file stays whole until the end.
        EXPECT_EQ(contentsOf(target_), "old contents\n");
        EXPECT_EQ(out.commit(), "");
    }
    const std::string written = contentsOf(target_);
    EXPECT_TRUE(written.starts_with("row 0\nrow 1\n"));
    EXPECT_TRUE(written.ends_with("row 49999\n"));
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

TEST_F(AtomicWrite, AWriterThatIsNotCommittedLeavesNothing) {
    writePlain(target_, "old contents\n");
    {
        OutputWriter out(target_.string());
        ASSERT_TRUE(out.write(std::string(200000, 'x')));
    }
    EXPECT_EQ(contentsOf(target_), "old contents\n");
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
    {
        OutputWriter out((dir_ / "new.csv").string());
        ASSERT_TRUE(out.write("partial"));
    }
    EXPECT_EQ(entries(), std::set<std::string>{"workshop.json"});
}

TEST_F(AtomicWrite, AWriterRefusesAFolderAtOnce) {
    fs::create_directory(target_);
    OutputWriter out(target_.string());
    EXPECT_FALSE(out.ok());
    EXPECT_EQ(out.error(), "cannot write the file: a folder has that name");
    EXPECT_FALSE(out.write("x"));
    EXPECT_EQ(out.commit(), "cannot write the file: a folder has that name");
}

} // namespace
} // namespace sovsim
