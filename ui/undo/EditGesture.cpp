#include "undo/EditGesture.h"

#include "undo/CommandIds.h"

namespace sovsim::ui {

void EditGesture::press() {
    dragId_ = nextGestureId();
    stepId_ = 0; // a drag ends any run of key steps
}

void EditGesture::release() {
    dragId_ = 0;
}

int EditGesture::forEdit(bool handleHeld) {
    if (handleHeld && dragId_ != 0) {
        return dragId_;
    }
    if (stepId_ == 0 || !sinceStep_.isValid() || sinceStep_.elapsed() >= kPauseMs) {
        stepId_ = nextGestureId();
    }
    sinceStep_.start();
    return stepId_;
}

} // namespace sovsim::ui
