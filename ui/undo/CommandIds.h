#pragma once
// Ids that let QUndoStack merge repeated edits of one value into one undo step, and the
// "gesture" numbers that say which edits belong to one slider drag.

namespace sovsim::ui {

enum CommandId { kSetParameterId = 1, kEditScenarioId = 2 };

// A fresh gesture number (never 0). A slider takes one when the user presses it; every value it
// sends until release carries that number, so the whole drag becomes one undo step.
int nextGestureId();

} // namespace sovsim::ui
