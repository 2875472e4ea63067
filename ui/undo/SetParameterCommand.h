#pragma once
// Sets one registry parameter (a resource, a posture, a lever) of one scenario. Consecutive
// values from the same slider drag merge into one step, and a drag that ends where it started
// leaves no step at all.

#include "sovsim/Parameters.h"

#include <QUndoCommand>

namespace sovsim::ui {

class WorkshopDocument;

class SetParameterCommand : public QUndoCommand {
public:
    SetParameterCommand(WorkshopDocument& document, int index,
                        const sovsim::ParameterInfo& parameter, double value, int gesture);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void write(double value);

    WorkshopDocument& document_;
    int index_;
    const sovsim::ParameterInfo& parameter_;
    double oldValue_;
    double newValue_;
    int gesture_;
};

} // namespace sovsim::ui
