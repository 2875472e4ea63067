#include "widgets/PanelScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace sovsim::ui {

PanelScrollArea::PanelScrollArea(QWidget* panel, QWidget* parent) : QScrollArea(parent) {
    setWidget(panel);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panel->installEventFilter(this);
}

QSize PanelScrollArea::minimumSizeHint() const {
    const int panelWidth = widget() != nullptr ? widget()->minimumSizeHint().width() : 0;
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    return {panelWidth + scrollBar + 2 * frameWidth(), QScrollArea::minimumSizeHint().height()};
}

QSize PanelScrollArea::sizeHint() const {
    const QSize base = QScrollArea::sizeHint();
    return {std::max(base.width(), minimumSizeHint().width()), base.height()};
}

bool PanelScrollArea::eventFilter(QObject* watched, QEvent* event) {
    // A font change (presentation mode) or new content changes what the panel needs.
    if (watched == widget() && event->type() == QEvent::LayoutRequest) {
        updateGeometry();
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace sovsim::ui
