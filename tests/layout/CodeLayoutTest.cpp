// Layering rules checked as tests (the habit of QGIS's tests/code_layout): the model core stays
// free of Qt so the CLI, the tests and the benchmarks run without it, and the app stays a thin
// shell around the ui and core libraries.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = SOVSIM_SOURCE_DIR;
constexpr int kMaxAppFileLines = 300;

bool isSource(const fs::path& p) {
    const auto ext = p.extension().string();
    return ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc" || ext == ".cxx" ||
           ext == ".inl";
}

std::vector<fs::path> sourcesUnder(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) {
        return files;
    }
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file() && isSource(entry.path())) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// `#include <QString>`, `#include <QtCore/QObject>`, `# include "QWidget"`.
const std::regex& qtInclude() {
    static const std::regex re(R"(^\s*#\s*include\s*[<"]Q)");
    return re;
}

// Lines of `file` that include a Qt header, as "path:line: text".
std::vector<std::string> qtIncludesIn(const fs::path& file) {
    std::vector<std::string> hits;
    std::ifstream in(file);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (std::regex_search(line, qtInclude())) {
            hits.push_back(fs::relative(file, kSourceDir).string() + ":" + std::to_string(number) +
                           ": " + line);
        }
    }
    return hits;
}

int lineCount(const fs::path& file) {
    std::ifstream in(file);
    int n = 0;
    std::string line;
    while (std::getline(in, line)) {
        ++n;
    }
    return n;
}

TEST(CodeLayout, TheRegexRecognisesQtIncludes) {
    for (const char* line : {"#include <QString>", "#include <QtCore/QObject>",
                             "  #  include <QtWidgets>", "#include \"QCPGraph\""}) {
        EXPECT_TRUE(std::regex_search(std::string(line), qtInclude())) << line;
    }
    for (const char* line : {"#include <queue>", "#include \"sovsim/Model.h\"", "// QString",
                             "#include <vector> // not QVector"}) {
        EXPECT_FALSE(std::regex_search(std::string(line), qtInclude())) << line;
    }
}

TEST(CodeLayout, CoreIncludesNoQt) {
    const auto files = sourcesUnder(kSourceDir / "core");
    ASSERT_GE(files.size(), 10u) << "core/ sources not found under " << kSourceDir.string();
    for (const auto& file : files) {
        for (const auto& hit : qtIncludesIn(file)) {
            ADD_FAILURE() << hit << "\n  core/ must not include Qt; put Qt code in ui/ or app/.";
        }
    }
}

TEST(CodeLayout, CoreBuildDoesNotLinkQt) {
    std::ifstream in(kSourceDir / "core" / "CMakeLists.txt");
    ASSERT_TRUE(in) << "core/CMakeLists.txt not found";
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const auto comment = line.find('#');
        const std::string code = line.substr(0, comment);
        EXPECT_EQ(code.find("Qt"), std::string::npos) << "core/CMakeLists.txt:" << number << ": "
                                                      << line << "\n  core must build without Qt.";
    }
}

TEST(CodeLayout, AppFilesStayThin) {
    for (const auto& file : sourcesUnder(kSourceDir / "app")) {
        const int lines = lineCount(file);
        EXPECT_LE(lines, kMaxAppFileLines)
            << fs::relative(file, kSourceDir).string() << " has " << lines
            << " lines; app/ only wires things up. Move the logic into ui/ or core/.";
    }
}

} // namespace
