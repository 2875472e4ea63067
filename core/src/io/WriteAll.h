#pragma once
// Writes a whole buffer to an open file descriptor: write() may take only part of it (a pipe, a
// signal), so it is called until everything is written. Shared by the atomic writer and the
// straight-through writer for devices and pipes.

#include <cerrno>
#include <cstddef>
#include <string_view>
#include <unistd.h>

namespace sovsim::io {

// Returns 0 when every byte was written, or the errno of the failure (EIO when the descriptor
// took nothing without saying why).
inline int writeAll(int fd, std::string_view contents) {
    const char* data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return written < 0 ? errno : EIO;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    return 0;
}

} // namespace sovsim::io
