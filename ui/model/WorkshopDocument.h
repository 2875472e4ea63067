#pragma once
// The open workshop as the window edits it: the scenarios with their colours, visibility and
// state when loaded, the scenario being edited, the file it came from and the undo history.
// Every edit goes through an undo command, so "modified" simply follows the undo stack's clean
// state. Re-runs of the model are coalesced: a burst of edits (a slider drag) re-runs each edited
// scenario once per pass of the event loop, and scenarios that were not edited never re-run.

#include "model/ScenarioEntry.h"
#include "sovsim/Parameters.h"
#include "sovsim/Scenario.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QTimer;
class QUndoStack;

namespace sovsim::ui {

class WorkshopDocument : public QObject {
    Q_OBJECT

public:
    explicit WorkshopDocument(QObject* parent = nullptr);
    ~WorkshopDocument() override;

    // --- The whole workshop -------------------------------------------------------------------
    // Replaces everything (New, Open): clears the undo history and marks the document unmodified.
    // Every scenario's current state becomes its "state when loaded".
    void reset(const sovsim::Workshop& workshop, const QString& filePath = {});
    sovsim::Workshop workshop() const;
    const QString& workshopName() const { return workshopName_; }
    // Absolute path of the file the workshop was loaded from or last saved to; empty if none.
    const QString& filePath() const { return filePath_; }
    // After a successful save: remembers the path and marks the document unmodified.
    void markSaved(const QString& filePath);
    bool isModified() const;
    QUndoStack* undoStack() const { return undoStack_; }

    // --- Scenarios ----------------------------------------------------------------------------
    int scenarioCount() const { return static_cast<int>(entries_.size()); }
    bool isValidIndex(int index) const { return index >= 0 && index < scenarioCount(); }
    const ScenarioEntry& entry(int index) const { return *entries_.at(static_cast<size_t>(index)); }
    const sovsim::Scenario& scenario(int index) const { return entry(index).scenario; }
    // The scenario the panels edit; -1 only when the workshop has no scenarios.
    int currentIndex() const { return current_; }
    void setCurrentIndex(int index);

    // View state: shown on screen only, neither saved nor undone.
    void setVisible(int index, bool visible);
    void setColour(int index, const QColor& colour);

    // --- Edits (each pushes one undo command) --------------------------------------------------
    // `gesture` groups the edits of one slider drag into one undo step; 0 is a step of its own.
    void setParameter(int index, const sovsim::ParameterInfo& parameter, double value,
                      int gesture = 0);
    // Replaces a scenario as one undo step named `undoText` ("Add shock"). Edits with the same
    // non-zero `gesture` and `undoText` merge into one step. Does nothing if nothing changes.
    void editScenario(int index, const sovsim::Scenario& changed, const QString& undoText,
                      int gesture = 0);
    void applyCountryPreset(int index, const std::string& presetId);
    void applyStrategyPreset(int index, const std::string& presetId);
    // Copies the strategy (postures and levers, and its preset name) of `from` onto `to`.
    void applyStrategyTo(int from, int to);
    // Names are trimmed; a name a file cannot hold (empty, with a control character or longer
    // than sovsim::kMaxNameCharacters) is refused, so every workshop saved here opens again.
    void renameScenario(int index, const QString& name);
    void renameWorkshop(const QString& name);
    // False once the workshop has as many scenarios as a file may hold (sovsim::kMaxScenarios);
    // adding and duplicating then do nothing.
    bool canAddScenario() const;
    // Inserts a scenario after the current one (or at the end) and makes it current.
    void addScenario(const sovsim::Scenario& scenario);
    void duplicateScenario(int index);
    void removeScenario(int index);
    void moveScenario(int from, int to);

    // --- Re-runs ------------------------------------------------------------------------------
    // Runs every scenario whose inputs changed since its last run, now, instead of on the next
    // pass of the event loop. Tests and exports call this to see the latest results.
    void runPendingNow();
    bool hasPendingRuns() const;

    // --- Primitives for the undo commands (ui/undo/); everything else uses the edits above ----
    void writeScenario(int index, const sovsim::Scenario& scenario);
    void insertEntry(int index, std::unique_ptr<ScenarioEntry> entry);
    std::unique_ptr<ScenarioEntry> takeEntry(int index);
    void moveEntry(int from, int to);
    void writeWorkshopName(const QString& name);
    // A new entry for `scenario` in the first colour no other scenario uses.
    std::unique_ptr<ScenarioEntry> makeEntry(const sovsim::Scenario& scenario) const;

Q_SIGNALS:
    // New or Open replaced everything.
    void workshopReset();
    // The inputs of one scenario changed (the panels refresh if it is the current one).
    void scenarioChanged(int index);
    // Scenarios were added, removed, reordered, renamed, recoloured, shown or hidden.
    void scenarioListChanged();
    void currentIndexChanged(int index);
    // These scenarios' projections were re-run in place.
    void projectionsUpdated(const QList<int>& indices);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void workshopNameChanged(const QString& name);

private:
    void scheduleRun(ScenarioEntry& entry);
    QString nameForCopy(const QString& name) const;
    // `name`, or "name (2)", "name (3)"... so no two scenarios share a name (files require it).
    QString uniqueName(const QString& name, int exceptIndex = -1) const;
    // `changed` with its name regenerated if scenario `index` had a generated name (see
    // ScenarioNames), kept unique among the other scenarios.
    sovsim::Scenario followPresets(int index, const sovsim::Scenario& changed) const;
    bool nameTaken(const QString& name, int exceptIndex = -1) const;

    std::vector<std::unique_ptr<ScenarioEntry>> entries_;
    QString workshopName_;
    QString filePath_;
    int current_ = -1;
    QUndoStack* undoStack_ = nullptr;
    QTimer* runTimer_ = nullptr;
};

QString toQString(const std::string& text);
std::string toStdString(const QString& text);

} // namespace sovsim::ui
