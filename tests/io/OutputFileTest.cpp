// writeFileAtomically replaces regular files only: devices, FIFOs and descriptors such as
// /proc/self/fd/N are written straight through and stay what they were. And an output that is
// the same file as an input is recognised however it is spelled. Every case runs in its own
// temporary folder; the machine's /dev is never touched.

#include "sovsim/OutputFile.h"

#include "SpecialFiles.h"
#include "TempFolder.h"
#include "sovsim/ScenarioFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <vector>

namespace sovsim {
namespace {

namespace fs = std::filesystem;
using test::contentsOf;
using test::FifoReader;
using test::lstatOf;
using test::writePlain;

std::string descriptorPath(int fd) {
    return "/proc/self/fd/" + std::to_string(fd);
}

class OutputFile : public test::TempFolderTest {
protected:
    OutputFile() : TempFolderTest("sovsim-output") {}
};

TEST_F(OutputFile, KindOfEachPath) {
    writePlain(dir_ / "file", "x");
    fs::create_symlink("file", dir_ / "link-to-file");
    fs::create_directory(dir_ / "folder");
    ASSERT_EQ(::mkfifo((dir_ / "fifo").c_str(), 0600), 0);
    fs::create_symlink(dir_ / "fifo", dir_ / "link-to-fifo");
    fs::create_symlink("/proc/self/fd/1", dir_ / "link-to-stdout");
    EXPECT_EQ(outputKindOf((dir_ / "missing").string()), OutputKind::NewFile);
    EXPECT_EQ(outputKindOf((dir_ / "no-folder" / "x").string()), OutputKind::NewFile);
    EXPECT_EQ(outputKindOf((dir_ / "file").string()), OutputKind::RegularFile);
    EXPECT_EQ(outputKindOf((dir_ / "link-to-file").string()), OutputKind::RegularFile);
    EXPECT_EQ(outputKindOf((dir_ / "folder").string()), OutputKind::Folder);
    EXPECT_EQ(outputKindOf((dir_ / "fifo").string()), OutputKind::Stream);
    EXPECT_EQ(outputKindOf((dir_ / "link-to-fifo").string()), OutputKind::Stream);
    EXPECT_EQ(outputKindOf((dir_ / "link-to-stdout").string()), OutputKind::Stream);
    // Descriptor names are streams whatever the descriptor is open on, even a regular file
    // (replacing that file would cut it off from the shell's redirection). Only looked at,
    // never written.
    for (const char* name : {"/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/2",
                             "/proc/thread-self/fd/1", "/proc/1/fd/1", "/dev/./stdout"}) {
        EXPECT_EQ(outputKindOf(name), OutputKind::Stream) << name;
    }
    EXPECT_EQ(outputKindOf("/proc/self/fd"), OutputKind::Folder);
}

TEST_F(OutputFile, WritesThroughAFifoAndLeavesItAFifo) {
    const fs::path fifo = dir_ / "out.csv";
    FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    const std::string text = "scenario,date,metric,value\n" + std::string(200000, 'x') + "\n";
    EXPECT_EQ(writeFileAtomically(fifo.string(), text), "");
    EXPECT_EQ(reader.finish(), text);
    EXPECT_TRUE(S_ISFIFO(lstatOf(fifo).st_mode));
    EXPECT_EQ(entries(), std::set<std::string>{"out.csv"}) << "no temporary file is left";
}

TEST_F(OutputFile, WritesThroughALinkToAFifo) {
    const fs::path fifo = dir_ / "pipe";
    const fs::path link = dir_ / "out.csv";
    FifoReader reader(fifo);
    ASSERT_TRUE(reader.ok());
    fs::create_symlink(fifo, link);
    EXPECT_EQ(writeFileAtomically(link.string(), "through the link\n"), "");
    EXPECT_EQ(reader.finish(), "through the link\n");
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_TRUE(S_ISFIFO(lstatOf(fifo).st_mode));
    EXPECT_EQ(entries(), (std::set<std::string>{"out.csv", "pipe"}));
}

TEST_F(OutputFile, WritesThroughANullDeviceAndLeavesItADevice) {
    const fs::path node = dir_ / "null";
    if (const std::string why = test::makeNullDevice(node); !why.empty()) {
        GTEST_SKIP() << why;
    }
    EXPECT_EQ(writeFileAtomically(node.string(), "gone\n"), "");
    const struct stat info = lstatOf(node);
    EXPECT_TRUE(S_ISCHR(info.st_mode));
    EXPECT_EQ(info.st_rdev, ::makedev(1, 3));
    EXPECT_EQ(entries(), std::set<std::string>{"null"});
}

TEST_F(OutputFile, WritesThroughALinkToANullDevice) {
    const fs::path node = dir_ / "null";
    if (const std::string why = test::makeNullDevice(node); !why.empty()) {
        GTEST_SKIP() << why;
    }
    const fs::path link = dir_ / "out.csv";
    fs::create_symlink(node, link);
    EXPECT_EQ(writeFileAtomically(link.string(), "gone\n"), "");
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_TRUE(S_ISCHR(lstatOf(node).st_mode));
    EXPECT_EQ(lstatOf(node).st_rdev, ::makedev(1, 3));
    EXPECT_EQ(entries(), (std::set<std::string>{"null", "out.csv"}));
}

TEST_F(OutputFile, RefusesABlockDeviceWithoutOpeningIt) {
    // A block device number that no disk has (loop device, highest minor): even a wrong write
    // could not reach a disk.
    const fs::path node = dir_ / "disk";
    if (::mknod(node.c_str(), S_IFBLK | 0600, ::makedev(7, 1048575)) != 0) {
        GTEST_SKIP() << "creating a device node needs root: " << std::strerror(errno);
    }
    EXPECT_EQ(writeFileAtomically(node.string(), "x"),
              "cannot write the file: it is a block device (expected a file, a character device "
              "or a pipe)");
    EXPECT_TRUE(S_ISBLK(lstatOf(node).st_mode));
    EXPECT_EQ(entries(), std::set<std::string>{"disk"});
}

TEST_F(OutputFile, ALinkToAFileReplacesTheFileAndKeepsTheLink) {
    const fs::path file = dir_ / "real.csv";
    const fs::path link = dir_ / "out.csv";
    writePlain(file, "old\n");
    fs::create_symlink("real.csv", link);
    EXPECT_EQ(writeFileAtomically(link.string(), "new\n"), "");
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
    EXPECT_EQ(fs::read_symlink(link), "real.csv");
    EXPECT_EQ(contentsOf(file), "new\n");
    EXPECT_EQ(entries(), (std::set<std::string>{"out.csv", "real.csv"}));
}

// What `sovsim-cli run ... --csv /dev/stdout | next` does: the descriptor is a pipe.
TEST_F(OutputFile, WritesThroughADescriptorOnAPipe) {
    int ends[2];
    ASSERT_EQ(::pipe2(ends, O_CLOEXEC), 0);
    EXPECT_EQ(writeFileAtomically(descriptorPath(ends[1]), "on the pipe\n"), "");
    ::close(ends[1]);
    std::string received;
    char buffer[256];
    for (ssize_t n = 0; (n = ::read(ends[0], buffer, sizeof buffer)) > 0;) {
        received.append(buffer, static_cast<size_t>(n));
    }
    ::close(ends[0]);
    EXPECT_EQ(received, "on the pipe\n");
}

// What `sovsim-cli run ... --csv /dev/stdout >> log.csv` does: the descriptor is a regular file
// the shell opened. It is appended to through the descriptor, not replaced by a new file.
TEST_F(OutputFile, ADescriptorOnARegularFileIsAppendedToNotReplaced) {
    const fs::path file = dir_ / "log.csv";
    writePlain(file, "earlier\n");
    const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    const ino_t inode = lstatOf(file).st_ino;
    EXPECT_EQ(writeFileAtomically(descriptorPath(fd), "later\n"), "");
    ::close(fd);
    EXPECT_EQ(contentsOf(file), "earlier\nlater\n");
    EXPECT_EQ(lstatOf(file).st_ino, inode);
    EXPECT_EQ(entries(), std::set<std::string>{"log.csv"});
}

TEST_F(OutputFile, ALinkToADescriptorIsWrittenThrough) {
    int ends[2];
    ASSERT_EQ(::pipe2(ends, O_CLOEXEC), 0);
    const fs::path link = dir_ / "out.csv";
    fs::create_symlink(descriptorPath(ends[1]), link);
    EXPECT_EQ(writeFileAtomically(link.string(), "linked\n"), "");
    ::close(ends[1]);
    char buffer[64] = {};
    EXPECT_EQ(::read(ends[0], buffer, sizeof buffer), 7);
    ::close(ends[0]);
    EXPECT_EQ(std::string(buffer), "linked\n");
    EXPECT_TRUE(S_ISLNK(lstatOf(link).st_mode));
}

TEST_F(OutputFile, SameFileHoweverItIsSpelled) {
    const fs::path input = dir_ / "w.json";
    writePlain(input, "{}");
    writePlain(dir_ / "other.json", "{}");
    fs::create_symlink("w.json", dir_ / "link.json");
    fs::create_hard_link(input, dir_ / "hard.json");
    const std::vector<std::string> inputs{(dir_ / "other.json").string(), input.string()};
    for (const fs::path& output : {input, dir_ / "." / "w.json", dir_ / "link.json",
                                   dir_ / "hard.json", dir_ / ".." / dir_.filename() / "w.json"}) {
        EXPECT_EQ(inputOverwrittenBy(output.string(), inputs), input.string()) << output;
    }
    EXPECT_EQ(inputOverwrittenBy((dir_ / "new.csv").string(), inputs), std::nullopt);
    EXPECT_EQ(inputOverwrittenBy((dir_ / "other.json").string(), {}), std::nullopt);
    EXPECT_FALSE(isSameExistingFile((dir_ / "missing").string(), (dir_ / "missing").string()));
    EXPECT_FALSE(isSameExistingFile(input.string(), (dir_ / "other.json").string()));
}

TEST_F(OutputFile, AFifoThatIsAlsoAnInputIsNoClash) {
    // Reading a pipe and then writing to it loses nothing: only regular files are protected.
    const fs::path fifo = dir_ / "pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::vector<std::string> inputs{fifo.string()};
    EXPECT_EQ(inputOverwrittenBy(fifo.string(), inputs), std::nullopt);
}

} // namespace
} // namespace sovsim
