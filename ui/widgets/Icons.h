#pragma once
// Small icons drawn in code for the scenario list's buttons. The desktop style's stock icons
// have nothing for "add", "duplicate" or "rename" (file-dialog folder icons are all there is on
// many Linux desktops), and a workshop user should read the button at a glance.

#include <QColor>
#include <QIcon>

class QWidget;

namespace sovsim::ui::icons {

QIcon add(const QWidget& widget);       // a plus sign
QIcon duplicate(const QWidget& widget); // two overlapping cards
QIcon rename(const QWidget& widget);    // a pencil
QIcon colour(const QWidget& widget);    // three colour dots
// A rounded square in `colour`: the scenario's swatch.
QIcon swatch(const QColor& colour, int size);

} // namespace sovsim::ui::icons
