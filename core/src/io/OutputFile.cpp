// What an output path names, and writing straight through to devices and pipes. See
// sovsim/OutputFile.h for why saving needs this.

#include "sovsim/OutputFile.h"

#include "WriteAll.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace sovsim {
namespace {

namespace fs = std::filesystem;

// Enough for any real chain of links; a loop ends here instead of running forever.
constexpr int kMaxLinkHops = 40;
// Output is passed on in pieces of about this size.
constexpr size_t kBufferBytes = 64U * 1024U;

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
    OutputWriter out(path, OutputKind::Stream);
    out.write(contents);
    return out.commit();
}

OutputWriter::OutputWriter(const std::string& path) : OutputWriter(path, outputKindOf(path)) {}

OutputWriter::OutputWriter(const std::string& path, OutputKind kind) {
    if (path.empty()) {
        error_ = "no file name given";
        return;
    }
    switch (kind) {
    case OutputKind::Stream:
        // No O_CREAT: if the device or pipe went away, fail rather than leave a regular file in
        // its place. O_APPEND keeps what a shell's redirection already wrote to a file behind
        // /dev/stdout; devices and pipes ignore it.
        do {
            fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
        } while (fd_ < 0 && errno == EINTR);
        if (fd_ < 0) {
            fail("cannot open the file for writing", errno);
        }
        return;
    case OutputKind::Folder:
        error_ = "cannot write the file: a folder has that name";
        return;
    case OutputKind::Unsupported:
        error_ = "cannot write the file: it is a block device (expected a file, a character "
                 "device or a pipe)";
        return;
    case OutputKind::NewFile:
    case OutputKind::RegularFile:
        openTemporaryFile(path);
        return;
    }
}

void OutputWriter::openTemporaryFile(const std::string& path) {
    std::error_code ec;
    fs::path target(path);
    if (fs::is_symlink(target, ec)) {
        // Replace the file the link points to, not the link itself.
        const fs::path resolved = fs::canonical(target, ec);
        if (!ec) {
            target = resolved;
        }
    }
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // The temporary file must be in the same folder: rename() is only atomic within a file system.
    std::string temporary = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    fd_ = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd_ < 0) {
        error_ =
            "cannot create a file in the folder '" + folder.string() + "': " + std::strerror(errno);
        return;
    }
    temporary_ = std::move(temporary);
    target_ = target.string();
    folder_ = folder.string();
    struct stat existing {};
    const mode_t mode = ::stat(target.c_str(), &existing) == 0 ? existing.st_mode & 07777 : 0644;
    if (::fchmod(fd_, mode) != 0) {
        fail("cannot set the file permissions", errno);
    }
}

OutputWriter::~OutputWriter() {
    release();
}

void OutputWriter::fail(const std::string& what, int error) {
    if (error_.empty()) {
        error_ = what + ": " + std::strerror(error);
    }
    release();
}

void OutputWriter::release() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        temporary_.clear();
    }
}

bool OutputWriter::send(std::string_view data) {
    if (const int error = io::writeAll(fd_, data); error != 0) {
        fail("cannot write the file", error);
        return false;
    }
    return true;
}

bool OutputWriter::flush() {
    if (!ok()) {
        return false;
    }
    const bool sent = send(buffer_);
    buffer_.clear();
    return sent;
}

bool OutputWriter::write(std::string_view data) {
    if (!ok() || committed_) {
        return false;
    }
    if (data.size() >= kBufferBytes) {
        return flush() && send(data);
    }
    buffer_.append(data);
    return buffer_.size() < kBufferBytes || flush();
}

std::string OutputWriter::commit() {
    if (committed_) {
        return {};
    }
    if (!flush()) {
        return error_;
    }
    if (temporary_.empty()) { // a stream: nothing to put in place
        const int fd = std::exchange(fd_, -1);
        if (::close(fd) != 0 && errno != EINTR) {
            fail("cannot write the file", errno);
            return error_;
        }
        committed_ = true;
        return {};
    }
    if (::fsync(fd_) != 0) {
        fail("cannot write the file to disk", errno);
        return error_;
    }
    if (::close(std::exchange(fd_, -1)) != 0) {
        fail("cannot write the file", errno);
        return error_;
    }
    if (std::rename(temporary_.c_str(), target_.c_str()) != 0) {
        fail("cannot replace the file", errno);
        return error_;
    }
    temporary_.clear();
    committed_ = true;
    // Make the rename itself durable; failing here cannot damage the file any more.
    if (const int dir = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
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
