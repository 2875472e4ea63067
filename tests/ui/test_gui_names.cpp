// Scenario names a facilitator never has to fix: a name SovSim generated follows the presets
// and the interface language (in the window, the summary table and exported charts), a typed
// name stays, and a new scenario starts without shocks unless they are copied on purpose.

#include "export/ProjectedWorkshop.h"
#include "mainwindow/Language.h"
#include "model/ScenarioNames.h"
#include "sovsim/Presets.h"
#include "test_window_fixture.h"
#include "widgets/ScenarioListPanel.h"
#include "widgets/ShockPanel.h"

#include <QListWidget>
#include <QUndoStack>

namespace sovsim::ui {
namespace {

using test::WindowTest;

class NamesTest : public WindowTest {
protected:
    std::string nameOf(int index) { return document().scenario(index).name; }
    QStringList legendNames() {
        settle();
        QStringList names;
        for (const auto& s : window.chartsArea()->chart(0)->input().scenarios) {
            names << s.name;
        }
        return names;
    }
    // Switches the interface language for one test and back to English afterwards.
    struct Chinese {
        Language language;
        Chinese() { EXPECT_TRUE(language.apply(QStringLiteral("zh_TW"))); }
        ~Chinese() { language.apply(QStringLiteral("en")); }
    };
};

TEST_F(NamesTest, ShippedNamesAreRecognisedAsGenerated) {
    EXPECT_EQ(nameOf(kenya), "Kenya - negotiated dependence");
    EXPECT_TRUE(ScenarioNames::isGenerated(document().scenario(kenya)));
    EXPECT_TRUE(ScenarioNames::isGenerated(document().scenario(japan)));
}

TEST_F(NamesTest, AGeneratedNameFollowsTheCountryAndUndoBringsItBack) {
    document().applyCountryPreset(kenya, "taiwan");
    EXPECT_EQ(nameOf(kenya), "Taiwan - negotiated dependence");
    EXPECT_TRUE(legendNames().contains(QStringLiteral("Taiwan - negotiated dependence")));
    EXPECT_FALSE(legendNames().contains(QStringLiteral("Kenya - negotiated dependence")));
    document().applyStrategyPreset(kenya, "taiwan_chips");
    EXPECT_EQ(nameOf(kenya), "Taiwan - chips as leverage");
    document().undoStack()->undo();
    document().undoStack()->undo();
    EXPECT_EQ(nameOf(kenya), "Kenya - negotiated dependence");
}

TEST_F(NamesTest, ATypedNameStaysWhenThePresetChanges) {
    document().renameScenario(kenya, QStringLiteral("Our plan"));
    document().applyCountryPreset(kenya, "taiwan");
    EXPECT_EQ(nameOf(kenya), "Our plan");
    EXPECT_TRUE(legendNames().contains(QStringLiteral("Our plan")));
}

TEST_F(NamesTest, AFollowingNameStaysUnique) {
    // Japan switched to Kenya's presets would take Kenya's name: it gets a number instead.
    document().applyCountryPreset(japan, "kenya");
    document().applyStrategyPreset(japan, "kenya_negotiated");
    EXPECT_EQ(nameOf(japan), "Kenya - negotiated dependence (2)");
    EXPECT_TRUE(ScenarioNames::isGenerated(document().scenario(japan)));
    // ... and still follows the presets afterwards.
    document().applyCountryPreset(japan, "france");
    EXPECT_EQ(nameOf(japan), "France - negotiated dependence");
}

TEST_F(NamesTest, GeneratedNamesReadInChineseInTheWindowAndInExports) {
    Chinese chinese;
    EXPECT_TRUE(legendNames().contains(QStringLiteral("日本－韌性優先")))
        << legendNames().join('|').toStdString();
    EXPECT_TRUE(legendNames().contains(QStringLiteral("肯亞－談判式依賴")));
    auto* list = window.scenarioList()->findChild<QListWidget*>();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->item(japan)->text(), QStringLiteral("日本－韌性優先"));
    // Exports are drawn from the same plotted names (the command line's export too).
    const ProjectedWorkshop projected(document().workshop());
    QStringList exported;
    for (const auto& p : projected.plotted()) {
        exported << p.name;
    }
    EXPECT_TRUE(exported.contains(QStringLiteral("日本－韌性優先")));
    // The file keeps the English name, so it reads the same on every machine.
    EXPECT_EQ(nameOf(japan), "Japan - resilience first");
    // A typed name is shown as typed.
    document().renameScenario(kenya, QStringLiteral("Kenya plan B"));
    EXPECT_TRUE(legendNames().contains(QStringLiteral("Kenya plan B")));
}

TEST_F(NamesTest, RenamingInTheListInChineseStoresTheTypedName) {
    Chinese chinese;
    auto* list = window.scenarioList()->findChild<QListWidget*>();
    ASSERT_NE(list, nullptr);
    list->item(kenya)->setText(QStringLiteral("肯亞方案"));
    EXPECT_EQ(nameOf(kenya), "肯亞方案");
    EXPECT_FALSE(ScenarioNames::isGenerated(document().scenario(kenya)));
    // Showing the translated generated name did not count as a rename.
    EXPECT_EQ(nameOf(japan), "Japan - resilience first");
}

TEST_F(NamesTest, ANewScenarioStartsWithoutShocksAndCanCopyThem) {
    ASSERT_FALSE(document().scenario(japan).shocks.empty());
    document().setCurrentIndex(japan);
    window.scenarioList()->addFromCountry("france");
    const int added = document().currentIndex();
    ASSERT_NE(added, japan);
    EXPECT_EQ(nameOf(added), "France - regulatory steering");
    EXPECT_TRUE(document().scenario(added).shocks.empty());

    const int steps = document().undoStack()->count();
    window.shockPanel()->copyShocksFrom(japan);
    EXPECT_EQ(document().scenario(added).shocks, document().scenario(japan).shocks);
    EXPECT_EQ(document().undoStack()->count(), steps + 1) << "one undo step";
    // Copying again adds nothing twice.
    window.shockPanel()->copyShocksFrom(japan);
    EXPECT_EQ(document().scenario(added).shocks.size(), document().scenario(japan).shocks.size());
    document().undoStack()->undo();
    EXPECT_TRUE(document().scenario(added).shocks.empty());
}

TEST_F(NamesTest, ADuplicateOfAGeneratedNameStaysGenerated) {
    document().duplicateScenario(kenya);
    const int copy = document().currentIndex();
    EXPECT_EQ(nameOf(copy), "Kenya - negotiated dependence (2)");
    document().applyCountryPreset(copy, "india");
    EXPECT_EQ(nameOf(copy), "India - negotiated dependence");
}

} // namespace
} // namespace sovsim::ui
