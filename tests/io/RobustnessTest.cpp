// Damaged files never crash the reader and never load half-way: every truncation and many
// single-character edits of a valid workshop either load completely or give located messages.

#include "IoTestSupport.h"
#include "sovsim/ScenarioFile.h"

#include <gtest/gtest.h>

namespace sovsim {
namespace {

using test::ioDataPath;
using test::readFile;
using test::testCatalog;

void expectLocatedOrLoaded(const std::string& text, const std::string& what) {
    LoadResult r;
    ASSERT_NO_THROW(r = parseDocument(text, "damaged.json", testCatalog())) << what;
    if (r.ok()) {
        EXPECT_FALSE(r.workshop.scenarios.empty()) << what;
        return;
    }
    EXPECT_TRUE(r.workshop.scenarios.empty()) << what;
    EXPECT_LE(r.errors.size(), 21U) << what;
    for (const auto& e : r.errors) {
        EXPECT_EQ(e.file, "damaged.json");
        EXPECT_FALSE(e.problem.empty()) << what;
        if (e.problem.find("more problems not shown") == std::string::npos) {
            EXPECT_GE(e.line, 1) << what << ": " << e.toString();
            EXPECT_GE(e.column, 1) << what << ": " << e.toString();
        }
    }
}

TEST(Robustness, EveryTruncation) {
    const std::string text = readFile(ioDataPath("valid/full-workshop.json"));
    ASSERT_FALSE(text.empty());
    for (size_t n = 0; n < text.size(); ++n) {
        expectLocatedOrLoaded(text.substr(0, n), "first " + std::to_string(n) + " bytes");
    }
}

TEST(Robustness, SingleCharacterEdits) {
    const std::string text = readFile(ioDataPath("valid/full-workshop.json"));
    for (size_t i = 0; i < text.size(); ++i) {
        for (const char c : {'"', '{', ']', ',', '0', 'x', '\0', '\xC3'}) {
            std::string damaged = text;
            damaged[i] = c;
            expectLocatedOrLoaded(damaged, "byte " + std::to_string(i) + " replaced");
        }
    }
}

} // namespace
} // namespace sovsim
