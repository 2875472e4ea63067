#pragma once
// The shocks of the current scenario on a strip of years, one lane per shock. Drag a bar
// sideways to move the shock in time (in whole months, one undo step per drag); click a bar to
// select its card; the arrow keys move the selected shock by a month (a run of presses is one undo
// step).

#include "sovsim/Scenario.h"
#include "undo/EditGesture.h"

#include <QColor>
#include <QWidget>
#include <optional>

namespace sovsim::ui {

class ShockTimeline : public QWidget {
    Q_OBJECT

public:
    explicit ShockTimeline(QWidget* parent = nullptr);

    void setScenario(const sovsim::Scenario& scenario);
    // The scenario's chart colour: bars here look like the shock lanes and bands on the charts.
    void setColour(const QColor& colour);
    void setSelected(int shock);
    int selected() const { return selected_; }

    // Geometry, public for tests: the x of a date and the bar of a shock.
    double xOfYears(double yearsSince2025) const;
    QRectF barRect(int shock) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void shockSelected(int shock);
    // The user moved a shock to a new start; `gesture` groups one drag into one undo step.
    void shockMoved(int shock, sovsim::YearMonth start, int gesture);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF plotArea() const;
    int laneHeight() const;
    int monthsAt(double x) const; // whole months since 2025-01 at x
    int maxStartMonths() const;

    sovsim::Scenario scenario_;
    QColor colour_;
    int selected_ = -1;
    struct Drag {
        int shock = -1;
        int grabOffsetMonths = 0; // from the shock's start to where the mouse took it
        int gesture = 0;
    };
    std::optional<Drag> drag_;
    EditGesture keyGesture_;
};

} // namespace sovsim::ui
