#pragma once
// Special files for the output tests, made inside a test's own temporary folder so no test ever
// touches the machine's /dev: a FIFO with a reader that collects what is written to it, and a
// null character device node. Header-only, shared by the io, cli and ui tests.

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <string>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

namespace sovsim::test {

// Makes a FIFO at `path` and reads everything written to it on a thread, from construction
// until finish(). The reading end is opened at once (without blocking), so a writer never waits
// for it, and a test whose writer never opens the FIFO (the bug this catches) ends instead of
// hanging.
class FifoReader {
public:
    explicit FifoReader(const std::filesystem::path& path) {
        if (::mkfifo(path.c_str(), 0600) != 0) {
            return;
        }
        fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd_ >= 0) {
            thread_ = std::thread([this] { readUntilDone(); });
        }
    }
    ~FifoReader() { finish(); }
    FifoReader(const FifoReader&) = delete;
    FifoReader& operator=(const FifoReader&) = delete;

    bool ok() const { return fd_ >= 0; }

    // Call once the writer has returned: collects what is left and stops reading.
    const std::string& finish() {
        done_ = true;
        if (thread_.joinable()) {
            thread_.join();
        }
        if (fd_ >= 0) {
            ::close(fd_);
            fd_ = -1;
        }
        return text_;
    }

private:
    void readUntilDone() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
        bool writerClosed = false;
        while (std::chrono::steady_clock::now() < deadline) {
            // Read before polling: once the writer has returned, its bytes are already in the
            // pipe, so a poll that starts after this finds them.
            const bool finishing = done_;
            pollfd p{fd_, POLLIN, 0};
            const int ready = ::poll(&p, 1, 20);
            if (ready > 0 && (p.revents & POLLIN) != 0) {
                char buffer[65536];
                const ssize_t n = ::read(fd_, buffer, sizeof buffer);
                if (n > 0) {
                    text_.append(buffer, static_cast<size_t>(n));
                    continue;
                }
            }
            if (ready > 0 && (p.revents & POLLHUP) != 0 && (p.revents & POLLIN) == 0) {
                writerClosed = true; // every writer has gone and nothing is left to read
            }
            if (writerClosed || (ready == 0 && finishing)) {
                return;
            }
            if (ready < 0 && errno != EINTR) {
                return;
            }
        }
    }

    int fd_ = -1;
    std::atomic<bool> done_{false};
    std::string text_;
    std::thread thread_;
};

// Makes a character device node at `path` that is a null device (major 1, minor 3), like
// /dev/null. Needs root; on failure returns why (for GTEST_SKIP) and makes nothing usable.
inline std::string makeNullDevice(const std::filesystem::path& path) {
    if (::mknod(path.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0) {
        return errno == EPERM ? "creating a device node needs root (mknod: EPERM)"
                              : std::string("mknod failed: ") + std::strerror(errno);
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        // A temporary folder on a file system mounted "nodev" refuses to open device nodes.
        return std::string("the temporary folder does not allow devices: ") + std::strerror(errno);
    }
    ::close(fd);
    return {};
}

} // namespace sovsim::test
