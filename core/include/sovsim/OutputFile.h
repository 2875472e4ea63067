#pragma once
// What is at an output path, and whether it is one of the inputs. Saving must never destroy what
// it did not mean to touch: a regular file is replaced atomically, but a device, a pipe or the
// program's own standard output is written straight through (renaming a new file over
// /dev/null would replace the system's /dev/null), and an output that is also an input is
// refused before the input is overwritten. The GUI's exporters (QSaveFile) and the core's writers
// (OutputWriter below, writeFileAtomically in ScenarioFile.h) take the same decision from here.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sovsim {

enum class OutputKind {
    NewFile,     // nothing there yet: a regular file is created, atomically
    RegularFile, // a regular file (after following symbolic links): replaced atomically
    Stream,      // a character device, FIFO or socket, or /dev/stdout, /dev/stderr,
                 // /dev/fd/N, /proc/self/fd/N: written straight through, never replaced
    Folder,      // cannot be written as a file
    Unsupported, // a block device: neither replaced nor written
};

// Looks at what `path` names, following symbolic links. A path that cannot be looked at
// (missing, in a missing folder, no permission) is a NewFile: creating it reports the problem.
OutputKind outputKindOf(const std::string& path);

// Writes `contents` to an existing stream (OutputKind::Stream) without creating, truncating or
// renaming anything: opened for writing and appending, as a shell's `>>` would. Blocks until a
// FIFO has a reader. Returns an error message, or an empty string on success.
std::string writeStraightThrough(const std::string& path, std::string_view contents);

// An output written piece by piece as it is produced, so memory does not grow with its size,
// under the rules above. A new or regular file is written to a temporary file in the same folder
// that commit() flushes to disk and renames over it (a link is followed: the file it points to
// is replaced, the link stays); a stream is written straight through; a folder or a block device
// is refused. Without a successful commit() the temporary file is removed, so a failure never
// leaves a partial or damaged file (a stream keeps what it was sent).
class OutputWriter {
public:
    // Opens the output; error() says why when it cannot be written. Blocks until a FIFO has a
    // reader.
    explicit OutputWriter(const std::string& path);
    ~OutputWriter();
    OutputWriter(const OutputWriter&) = delete;
    OutputWriter& operator=(const OutputWriter&) = delete;

    // "cannot write the file: ..." once something failed; empty while all is well.
    const std::string& error() const { return error_; }
    bool ok() const { return error_.empty(); }

    // Adds `data` to the output (buffered); false once something failed.
    bool write(std::string_view data);
    // Completes the output: writes what is buffered and puts a temporary file in place. Returns
    // the error message, or an empty string on success.
    std::string commit();

private:
    friend std::string writeStraightThrough(const std::string& path, std::string_view contents);
    OutputWriter(const std::string& path, OutputKind kind);
    void openTemporaryFile(const std::string& path);
    bool send(std::string_view data);
    bool flush();
    // Records the first failure, then release().
    void fail(const std::string& what, int error);
    // Closes the output and removes a temporary file that was not put in place.
    void release();

    int fd_ = -1;
    std::string temporary_; // empty for a stream
    std::string target_;    // what the temporary file replaces
    std::string folder_;
    std::string buffer_;
    std::string error_;
    bool committed_ = false;
};

// True when both paths name the same existing file (same device and inode after following
// symbolic links), however they are spelled: "w.json", "./w.json", a link to it.
bool isSameExistingFile(const std::string& a, const std::string& b);

// The first of `inputs` that writing `output` would overwrite: the same existing regular file.
// Streams are never clashes (reading a FIFO or a terminal and then writing to it loses
// nothing).
std::optional<std::string> inputOverwrittenBy(const std::string& output,
                                              std::span<const std::string> inputs);

} // namespace sovsim
