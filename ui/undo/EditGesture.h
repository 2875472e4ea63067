#pragma once
// Which edits of one control make one undo step. A drag (press to release) is one step, and so
// are key or wheel steps that follow each other within a short pause: pressing the right arrow
// twenty times to reach a value is one adjustment, not twenty entries in History.

#include <QElapsedTimer>

namespace sovsim::ui {

class EditGesture {
public:
    // Steps further apart than this start a new undo step.
    static constexpr int kPauseMs = 1000;

    // The handle was pressed / released: everything in between is one drag.
    void press();
    void release();

    // The gesture number for an edit made now (never 0): the drag's while the handle is held,
    // otherwise the previous step's if it came less than kPauseMs ago.
    int forEdit(bool handleHeld);

private:
    int dragId_ = 0;
    int stepId_ = 0;
    QElapsedTimer sinceStep_;
};

} // namespace sovsim::ui
