#include "undo/EditScenarioCommand.h"

#include "model/WorkshopDocument.h"
#include "undo/CommandIds.h"

namespace sovsim::ui {

EditScenarioCommand::EditScenarioCommand(WorkshopDocument& document, int index,
                                         sovsim::Scenario changed, const QString& text, int gesture)
    : document_(document), index_(index), before_(document.scenario(index)),
      after_(std::move(changed)), gesture_(gesture) {
    setText(text);
}

void EditScenarioCommand::undo() {
    document_.setCurrentIndex(index_);
    document_.writeScenario(index_, before_);
}

void EditScenarioCommand::redo() {
    document_.setCurrentIndex(index_);
    document_.writeScenario(index_, after_);
}

int EditScenarioCommand::id() const {
    return kEditScenarioId;
}

bool EditScenarioCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditScenarioCommand*>(other);
    if (next == nullptr || gesture_ == 0 || next->gesture_ != gesture_ || next->index_ != index_ ||
        next->text() != text()) {
        return false;
    }
    after_ = next->after_;
    setObsolete(after_ == before_);
    return true;
}

} // namespace sovsim::ui
