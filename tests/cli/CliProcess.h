#pragma once
// Runs the built sovsim-cli as a user would, capturing exit code, standard output and standard
// error through temporary files. Tests meet the tool through its process boundary, so they
// also catch crashes (a signal is reported as exit code -1).

#include <filesystem>
#include <string>
#include <vector>

namespace sovsim::test {

struct CliResult {
    int exitCode = -1; // -1 when the process did not exit normally (crash, signal)
    std::string out;
    std::string err;
    std::vector<std::string> outLines() const;
};

// A fresh directory for one test, removed (with everything in it) afterwards.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// Runs sovsim-cli with `args` (no shell interpretation of them); stdin is /dev/null.
CliResult runCli(const std::vector<std::string>& args);
// The same with standard output a pipe the test reads, as in `sovsim-cli ... | next`.
CliResult runCliIntoPipe(const std::vector<std::string>& args);

// Paths of the test inputs in tests/data/cli and the shipped scenarios.
std::string cliData(const std::string& name);
std::string shippedScenario(const std::string& relative);

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& contents);

// Splits CSV text into lines, dropping the final empty line.
std::vector<std::string> lines(const std::string& text);

} // namespace sovsim::test
