#pragma once
// Replaces one scenario by an edited copy: presets, shocks, names, a strategy copied from another
// scenario. Scenarios are small values, so keeping both versions is the simplest exact undo.

#include "sovsim/Scenario.h"

#include <QUndoCommand>

namespace sovsim::ui {

class WorkshopDocument;

class EditScenarioCommand : public QUndoCommand {
public:
    // Edits with the same non-zero `gesture` and text merge (e.g. one drag of a shock's severity).
    EditScenarioCommand(WorkshopDocument& document, int index, sovsim::Scenario changed,
                        const QString& text, int gesture = 0);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    WorkshopDocument& document_;
    int index_;
    sovsim::Scenario before_;
    sovsim::Scenario after_;
    int gesture_;
};

} // namespace sovsim::ui
