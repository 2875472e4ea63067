#pragma once
// Undoable changes to the list of scenarios and to the workshop's name. Removing keeps the whole
// entry (colour and state when loaded included), so undo brings back exactly what was there.

#include "model/ScenarioEntry.h"

#include <QString>
#include <QUndoCommand>
#include <memory>

namespace sovsim::ui {

class WorkshopDocument;

class AddScenarioCommand : public QUndoCommand {
public:
    AddScenarioCommand(WorkshopDocument& document, int index, std::unique_ptr<ScenarioEntry> entry,
                       const QString& text);
    void undo() override;
    void redo() override;

private:
    WorkshopDocument& document_;
    int index_;
    int previousCurrent_;
    std::unique_ptr<ScenarioEntry> entry_; // held here while undone
};

class RemoveScenarioCommand : public QUndoCommand {
public:
    RemoveScenarioCommand(WorkshopDocument& document, int index);
    void undo() override;
    void redo() override;

private:
    WorkshopDocument& document_;
    int index_;
    std::unique_ptr<ScenarioEntry> entry_; // held here while removed
};

class MoveScenarioCommand : public QUndoCommand {
public:
    MoveScenarioCommand(WorkshopDocument& document, int from, int to);
    void undo() override;
    void redo() override;

private:
    WorkshopDocument& document_;
    int from_;
    int to_;
};

class RenameWorkshopCommand : public QUndoCommand {
public:
    RenameWorkshopCommand(WorkshopDocument& document, QString name);
    void undo() override;
    void redo() override;

private:
    WorkshopDocument& document_;
    QString before_;
    QString after_;
};

} // namespace sovsim::ui
