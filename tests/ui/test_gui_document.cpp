// The workshop document: edits re-run only the edited scenario, undo is exact, one slider drag is
// one undo step, "modified" follows the undo stack, list edits undo completely.

#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "sovsim/PlainText.h"
#include "sovsim/Presets.h"
#include "sovsim/ScenarioFile.h"
#include "test_gui_helpers.h"
#include "undo/CommandIds.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <set>

namespace sovsim::ui {
namespace {

using test::scenarioOf;

const sovsim::ParameterInfo& parameter(std::string_view path) {
    const auto* p = sovsim::findParameter(path);
    EXPECT_NE(p, nullptr) << path;
    return *p;
}

class DocumentTest : public ::testing::Test {
protected:
    void SetUp() override {
        document.reset(sovsim::PresetCatalog::builtIn().defaultWorkshop());
        kenya = scenarioOf(document, "kenya");
        japan = scenarioOf(document, "japan");
        ASSERT_GE(kenya, 0);
        ASSERT_GE(japan, 0);
    }
    double kenyaPower() const { return power.get(document.scenario(kenya)); }

    WorkshopDocument document;
    const sovsim::ParameterInfo& power = parameter("country.dc_power_available_gw");
    int kenya = -1;
    int japan = -1;
};

TEST_F(DocumentTest, EditReRunsOnlyTheEditedScenario) {
    const auto kenyaBefore = document.entry(kenya).projection;
    const auto japanBefore = document.entry(japan).projection;
    QSignalSpy updated(&document, &WorkshopDocument::projectionsUpdated);

    document.setParameter(kenya, power, kenyaPower() * 4);
    EXPECT_TRUE(document.hasPendingRuns());
    document.runPendingNow();

    ASSERT_EQ(updated.count(), 1);
    EXPECT_EQ(updated.at(0).at(0).value<QList<int>>(), QList<int>{kenya});
    EXPECT_NE(document.entry(kenya).projection, kenyaBefore);
    EXPECT_EQ(document.entry(japan).projection, japanBefore);
}

TEST_F(DocumentTest, BurstOfEditsRunsOnceOnTheEventLoop) {
    QSignalSpy updated(&document, &WorkshopDocument::projectionsUpdated);
    const double start = kenyaPower();
    const int gesture = nextGestureId();
    for (int i = 1; i <= 10; ++i) {
        document.setParameter(kenya, power, start + 0.01 * i, gesture);
    }
    EXPECT_EQ(updated.count(), 0); // nothing runs inside the burst
    ASSERT_TRUE(updated.wait(5000));
    EXPECT_EQ(updated.count(), 1);
    EXPECT_FALSE(document.hasPendingRuns());
}

TEST_F(DocumentTest, UndoRestoresTheExactPreviousScenarioAndProjection) {
    const sovsim::Scenario before = document.scenario(kenya);
    const auto projectionBefore = document.entry(kenya).projection;

    document.setParameter(kenya, power, 1.2345);
    document.runPendingNow();
    ASSERT_EQ(kenyaPower(), 1.2345);
    document.undoStack()->undo();
    document.runPendingNow();

    EXPECT_EQ(document.scenario(kenya), before);
    EXPECT_EQ(document.entry(kenya).projection, projectionBefore);
    document.undoStack()->redo();
    EXPECT_EQ(kenyaPower(), 1.2345);
}

TEST_F(DocumentTest, OneDragIsOneUndoStep) {
    const double start = kenyaPower();
    const int gesture = nextGestureId();
    for (double v : {0.2, 0.5, 0.9, 1.5}) {
        document.setParameter(kenya, power, v, gesture);
    }
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(kenyaPower(), 1.5);
    document.undoStack()->undo();
    EXPECT_EQ(kenyaPower(), start);
}

TEST_F(DocumentTest, TwoDragsAreTwoSteps) {
    document.setParameter(kenya, power, 0.5, nextGestureId());
    document.setParameter(kenya, power, 0.7, nextGestureId());
    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST_F(DocumentTest, DragBackToTheStartLeavesNoStep) {
    const double start = kenyaPower();
    const int gesture = nextGestureId();
    document.setParameter(kenya, power, start * 2, gesture);
    document.setParameter(kenya, power, start, gesture);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST_F(DocumentTest, ModifiedFollowsTheUndoStack) {
    QSignalSpy modified(&document, &WorkshopDocument::modifiedChanged);
    EXPECT_FALSE(document.isModified());
    document.setParameter(kenya, power, 2.0);
    EXPECT_TRUE(document.isModified());
    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified());
    ASSERT_EQ(modified.count(), 2);
    EXPECT_TRUE(modified.at(0).at(0).toBool());
    EXPECT_FALSE(modified.at(1).at(0).toBool());
}

TEST_F(DocumentTest, UndoSelectsTheScenarioItChanges) {
    document.setCurrentIndex(kenya);
    document.setParameter(kenya, power, 2.0);
    document.setCurrentIndex(japan);
    document.undoStack()->undo();
    EXPECT_EQ(document.currentIndex(), kenya);
}

TEST_F(DocumentTest, RemoveAndUndoBringsBackTheWholeScenario) {
    const int count = document.scenarioCount();
    const sovsim::Scenario removed = document.scenario(kenya);
    const QColor colour = document.entry(kenya).colour;
    document.removeScenario(kenya);
    ASSERT_EQ(document.scenarioCount(), count - 1);
    EXPECT_EQ(scenarioOf(document, "kenya"), -1);
    document.undoStack()->undo();
    ASSERT_EQ(document.scenarioCount(), count);
    EXPECT_EQ(document.scenario(kenya), removed);
    EXPECT_EQ(document.entry(kenya).colour, colour);
}

TEST_F(DocumentTest, DuplicateGetsANewNameAndAFreeColour) {
    const int count = document.scenarioCount();
    document.duplicateScenario(kenya);
    ASSERT_EQ(document.scenarioCount(), count + 1);
    const auto& copy = document.entry(kenya + 1);
    EXPECT_NE(copy.scenario.name, document.scenario(kenya).name);
    EXPECT_EQ(copy.scenario.country, document.scenario(kenya).country);
    for (int i = 0; i < count + 1; ++i) {
        if (i != kenya + 1) {
            EXPECT_NE(document.entry(i).colour, copy.colour) << i;
        }
    }
    EXPECT_EQ(document.currentIndex(), kenya + 1);
}

// Issue 11: the window never makes a workshop its own file reader would refuse.
TEST_F(DocumentTest, NamesAFileCannotHoldAreRefused) {
    const std::string before = document.scenario(kenya).name;
    document.renameScenario(kenya, QStringLiteral("a\u001b[31mRED"));
    document.renameScenario(kenya, QStringLiteral("two\nlines"));
    document.renameScenario(kenya, QString(sovsim::kMaxNameCharacters + 1, QLatin1Char('x')));
    document.renameWorkshop(QStringLiteral("tab\there"));
    EXPECT_EQ(document.scenario(kenya).name, before);
    EXPECT_EQ(document.undoStack()->count(), 0);
    document.renameScenario(kenya, QString(sovsim::kMaxNameCharacters, QLatin1Char('x')));
    EXPECT_EQ(document.scenario(kenya).name, std::string(sovsim::kMaxNameCharacters, 'x'));
}

TEST_F(DocumentTest, CopiesOfALongNameStayWithinTheLimit) {
    document.renameScenario(kenya, QString(sovsim::kMaxNameCharacters, QChar(0x540D)));
    document.duplicateScenario(kenya);
    document.duplicateScenario(kenya);
    const sovsim::Workshop workshop = document.workshop();
    std::set<std::string> names;
    for (const auto& s : workshop.scenarios) {
        EXPECT_LE(sovsim::characterCount(s.name), sovsim::kMaxNameCharacters) << s.name;
        names.insert(s.name);
    }
    EXPECT_EQ(names.size(), workshop.scenarios.size());
    const sovsim::LoadResult reread = sovsim::parseDocument(sovsim::serialise(workshop), "w.json");
    EXPECT_TRUE(reread.ok()) << reread.errors.front().toString();
}

TEST_F(DocumentTest, NoMoreScenariosThanAFileHolds) {
    while (document.canAddScenario()) {
        document.duplicateScenario(0);
    }
    ASSERT_EQ(document.scenarioCount(), static_cast<int>(sovsim::kMaxScenarios));
    document.duplicateScenario(0);
    document.addScenario(document.scenario(0));
    EXPECT_EQ(document.scenarioCount(), static_cast<int>(sovsim::kMaxScenarios));
    const sovsim::LoadResult reread =
        sovsim::parseDocument(sovsim::serialise(document.workshop()), "w.json");
    EXPECT_TRUE(reread.ok()) << reread.errors.front().toString();
}

TEST_F(DocumentTest, MoveAndUndoRestoreTheOrder) {
    const auto before = document.workshop();
    document.moveScenario(0, 1);
    EXPECT_EQ(document.scenario(1), before.scenarios[0]);
    EXPECT_EQ(document.currentIndex(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.workshop(), before);
}

TEST_F(DocumentTest, ApplyStrategyToAnotherScenarioIsOneStep) {
    document.applyStrategyTo(japan, kenya);
    EXPECT_EQ(document.scenario(kenya).strategy, document.scenario(japan).strategy);
    EXPECT_EQ(document.scenario(kenya).country,
              sovsim::PresetCatalog::builtIn().findCountry("kenya")->profile);
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(
        document.scenario(kenya),
        sovsim::PresetCatalog::builtIn().defaultWorkshop().scenarios[static_cast<size_t>(kenya)]);
}

TEST_F(DocumentTest, CountryPresetReplacesTheProfile) {
    document.setParameter(kenya, power, 3.0);
    document.applyCountryPreset(kenya, "kenya");
    EXPECT_EQ(document.scenario(kenya).country,
              sovsim::PresetCatalog::builtIn().findCountry("kenya")->profile);
}

TEST_F(DocumentTest, OutOfRangeValuesAreRefused) {
    const auto before = document.scenario(kenya);
    document.setParameter(kenya, power, power.max + 1);
    EXPECT_EQ(document.scenario(kenya), before);
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(DocumentTest, ResetClearsHistoryAndModified) {
    document.setParameter(kenya, power, 2.0);
    document.reset(sovsim::PresetCatalog::builtIn().defaultWorkshop(), QStringLiteral("/x.json"));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), QStringLiteral("/x.json"));
}

} // namespace
} // namespace sovsim::ui
