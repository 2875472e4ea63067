// What an output path names, and writing straight through to devices and pipes. See
// sovsim/OutputFile.h for why saving needs this.

#include "sovsim/OutputFile.h"

#include "WriteAll.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace sovsim {
namespace {

namespace fs = std::filesystem;

// Enough for any real chain of links; a loop ends here instead of running forever.
constexpr int kMaxLinkHops = 40;

bool allDigits(const std::string& text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N, /proc/thread-self/fd/N, /proc/PID/fd/N:
// names of a descriptor the program already has open. Whatever they point to (a pipe, a
// terminal, a file the shell opened) must be written through that descriptor, never replaced.
bool isDescriptorPath(const fs::path& path) {
    if (path == "/dev/stdout" || path == "/dev/stderr") {
        return true;
    }
    if (!allDigits(path.filename().string())) {
        return false;
    }
    const fs::path folder = path.parent_path();
    if (folder == "/dev/fd" || folder == "/proc/self/fd" || folder == "/proc/thread-self/fd") {
        return true;
    }
    const fs::path process = folder.parent_path();
    return folder.filename() == "fd" && process.parent_path() == "/proc" &&
           allDigits(process.filename().string());
}

// True when `path`, or any link on the way to what it names, is a descriptor path (a link the
// user made to /dev/stdout counts too).
bool namesAnOpenDescriptor(fs::path path) {
    for (int hop = 0; hop < kMaxLinkHops; ++hop) {
        path = path.lexically_normal();
        if (isDescriptorPath(path)) {
            return true;
        }
        std::error_code ec;
        if (!fs::is_symlink(path, ec)) {
            return false;
        }
        const fs::path target = fs::read_symlink(path, ec);
        if (ec) {
            return false;
        }
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    return false;
}

} // namespace

OutputKind outputKindOf(const std::string& path) {
    if (!path.empty() && namesAnOpenDescriptor(fs::path(path))) {
        return OutputKind::Stream;
    }
    struct stat info {};
    if (path.empty() || ::stat(path.c_str(), &info) != 0) {
        return OutputKind::NewFile;
    }
    if (S_ISREG(info.st_mode)) {
        return OutputKind::RegularFile;
    }
    if (S_ISDIR(info.st_mode)) {
        return OutputKind::Folder;
    }
    if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode)) {
        return OutputKind::Stream;
    }
    return OutputKind::Unsupported;
}

std::string writeStraightThrough(const std::string& path, std::string_view contents) {
    // No O_CREAT: if the device or pipe went away, fail rather than leave a regular file in its
    // place. O_APPEND keeps what a shell's redirection already wrote to a file behind
    // /dev/stdout; devices and pipes ignore it.
    int fd = -1;
    do {
        fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return std::string("cannot open the file for writing: ") + std::strerror(errno);
    }
    if (const int error = io::writeAll(fd, contents); error != 0) {
        ::close(fd);
        return std::string("cannot write the file: ") + std::strerror(error);
    }
    if (::close(fd) != 0 && errno != EINTR) {
        return std::string("cannot write the file: ") + std::strerror(errno);
    }
    return {};
}

bool isSameExistingFile(const std::string& a, const std::string& b) {
    struct stat first {};
    struct stat second {};
    return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

std::optional<std::string> inputOverwrittenBy(const std::string& output,
                                              std::span<const std::string> inputs) {
    if (outputKindOf(output) != OutputKind::RegularFile) {
        return std::nullopt;
    }
    for (const std::string& input : inputs) {
        if (isSameExistingFile(output, input)) {
            return input;
        }
    }
    return std::nullopt;
}

} // namespace sovsim
