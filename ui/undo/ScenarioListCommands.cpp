#include "undo/ScenarioListCommands.h"

#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "model/WorkshopDocument.h"

#include <algorithm>

namespace sovsim::ui {

AddScenarioCommand::AddScenarioCommand(WorkshopDocument& document, int index,
                                       std::unique_ptr<ScenarioEntry> entry, const QString& text)
    : document_(document), index_(index), previousCurrent_(document.currentIndex()),
      entry_(std::move(entry)) {
    setText(text);
}

void AddScenarioCommand::redo() {
    document_.insertEntry(index_, std::move(entry_));
    document_.setCurrentIndex(index_);
}

void AddScenarioCommand::undo() {
    entry_ = document_.takeEntry(index_);
    document_.setCurrentIndex(std::min(previousCurrent_, document_.scenarioCount() - 1));
}

RemoveScenarioCommand::RemoveScenarioCommand(WorkshopDocument& document, int index)
    : document_(document), index_(index) {
    setText(
        Labels::tr("Remove scenario \"%1\"").arg(ScenarioNames::display(document.scenario(index))));
}

void RemoveScenarioCommand::redo() {
    entry_ = document_.takeEntry(index_);
    document_.setCurrentIndex(std::min(index_, document_.scenarioCount() - 1));
}

void RemoveScenarioCommand::undo() {
    document_.insertEntry(index_, std::move(entry_));
    document_.setCurrentIndex(index_);
}

MoveScenarioCommand::MoveScenarioCommand(WorkshopDocument& document, int from, int to)
    : document_(document), from_(from), to_(to) {
    setText(
        Labels::tr("Move scenario \"%1\"").arg(ScenarioNames::display(document.scenario(from))));
}

void MoveScenarioCommand::redo() {
    document_.moveEntry(from_, to_);
    document_.setCurrentIndex(to_);
}

void MoveScenarioCommand::undo() {
    document_.moveEntry(to_, from_);
    document_.setCurrentIndex(from_);
}

RenameWorkshopCommand::RenameWorkshopCommand(WorkshopDocument& document, QString name)
    : document_(document), before_(document.workshopName()), after_(std::move(name)) {
    setText(Labels::tr("Rename workshop"));
}

void RenameWorkshopCommand::redo() {
    document_.writeWorkshopName(after_);
}
void RenameWorkshopCommand::undo() {
    document_.writeWorkshopName(before_);
}

} // namespace sovsim::ui
