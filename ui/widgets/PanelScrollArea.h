#pragma once
// A vertical scroll area for an editing panel that never squeezes the panel narrower than it
// can be drawn: its minimum width follows the panel's, so a dock holding it grows instead of
// clipping values and reset buttons (as would happen with the larger text of presentation mode).

#include <QScrollArea>

namespace sovsim::ui {

class PanelScrollArea : public QScrollArea {
    Q_OBJECT

public:
    explicit PanelScrollArea(QWidget* panel, QWidget* parent = nullptr);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace sovsim::ui
