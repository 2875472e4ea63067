#include "undo/SetParameterCommand.h"

#include "model/Labels.h"
#include "model/WorkshopDocument.h"
#include "undo/CommandIds.h"

#include <atomic>

namespace sovsim::ui {

int nextGestureId() {
    static std::atomic<int> counter{0};
    return ++counter;
}

SetParameterCommand::SetParameterCommand(WorkshopDocument& document, int index,
                                         const sovsim::ParameterInfo& parameter, double value,
                                         int gesture)
    : document_(document), index_(index), parameter_(parameter),
      oldValue_(parameter.get(document.scenario(index))), newValue_(value), gesture_(gesture) {
    setText(Labels::tr("Change %1").arg(Labels::parameterLabel(parameter)));
}

void SetParameterCommand::undo() {
    write(oldValue_);
}
void SetParameterCommand::redo() {
    write(newValue_);
}

void SetParameterCommand::write(double value) {
    sovsim::Scenario changed = document_.scenario(index_);
    parameter_.set(changed, value);
    document_.setCurrentIndex(index_);
    document_.writeScenario(index_, changed);
}

int SetParameterCommand::id() const {
    return kSetParameterId;
}

bool SetParameterCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const SetParameterCommand*>(other);
    if (next == nullptr || gesture_ == 0 || next->gesture_ != gesture_ || next->index_ != index_ ||
        &next->parameter_ != &parameter_) {
        return false;
    }
    newValue_ = next->newValue_;
    // A drag that came back to where it started changed nothing: drop the step.
    setObsolete(newValue_ == oldValue_);
    return true;
}

} // namespace sovsim::ui
