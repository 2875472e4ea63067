#include "CliProcess.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sovsim::test {
namespace {

// Single quotes stop the shell from interpreting anything; an embedded quote is closed,
// escaped and reopened.
std::string shellQuoted(const std::string& arg) {
    std::string text = "'";
    for (const char c : arg) {
        text += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return text + "'";
}

} // namespace

std::vector<std::string> CliResult::outLines() const {
    return lines(out);
}

TempDir::TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "sovsim-cli-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    // A test may have made a folder read-only; give write access back so it can be removed.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path_, ec)) {
        if (entry.is_directory(ec)) {
            std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all,
                                         std::filesystem::perm_options::add, ec);
        }
    }
    std::filesystem::remove_all(path_, ec);
}

CliResult runCli(const std::vector<std::string>& args) {
    const TempDir capture;
    const auto outPath = capture / "stdout";
    const auto errPath = capture / "stderr";
    std::string command = shellQuoted(SOVSIM_CLI_PATH);
    for (const auto& arg : args) {
        command += " " + shellQuoted(arg);
    }
    command +=
        " </dev/null >" + shellQuoted(outPath.string()) + " 2>" + shellQuoted(errPath.string());

    CliResult result;
    const int status = std::system(command.c_str());
    if (status != -1 && WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    }
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

CliResult runCliIntoPipe(const std::vector<std::string>& args) {
    const TempDir capture;
    const auto errPath = capture / "stderr";
    std::string command = shellQuoted(SOVSIM_CLI_PATH);
    for (const auto& arg : args) {
        command += " " + shellQuoted(arg);
    }
    command += " </dev/null 2>" + shellQuoted(errPath.string());

    CliResult result;
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        throw std::runtime_error("cannot start " + command);
    }
    char buffer[65536];
    for (size_t n = 0; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
        result.out.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    if (status != -1 && WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    }
    result.err = readFile(errPath);
    return result;
}

std::string cliData(const std::string& name) {
    return std::string(SOVSIM_TEST_DATA_DIR) + "/cli/" + name;
}

std::string shippedScenario(const std::string& relative) {
    return std::string(SOVSIM_SCENARIO_DIR) + "/" + relative;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::filesystem::path& path, const std::string& contents) {
    std::ofstream out(path, std::ios::binary);
    out << contents;
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        result.push_back(line);
    }
    return result;
}

} // namespace sovsim::test
