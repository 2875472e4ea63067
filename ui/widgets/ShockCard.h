#pragma once
// One shock as an editable card: what happens, when it starts, how long it lasts, how severe it
// is, and a button to remove it. The card only reports edits; the panel turns them into undo
// steps on the document.

#include "sovsim/Shock.h"
#include "undo/EditGesture.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace sovsim::ui {

class RealSlider;

class ShockCard : public QFrame {
    Q_OBJECT

public:
    explicit ShockCard(QWidget* parent = nullptr);

    // Shows `shock`; `lastYear` is the last year a shock may start in (the timeline's end).
    void setShock(const sovsim::Shock& shock, int lastYear);
    void setSelected(bool selected);
    void retranslate();

    QComboBox* typePicker() const { return type_; }
    QSpinBox* startYear() const { return year_; }
    QComboBox* startMonth() const { return month_; }
    QSpinBox* duration() const { return duration_; }
    RealSlider* severity() const { return severity_; }
    QToolButton* removeButton() const { return remove_; }

Q_SIGNALS:
    // The edited shock; `gesture` is non-zero while the severity handle is dragged.
    void edited(const sovsim::Shock& shock, int gesture);
    void removeRequested();
    void selected();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitEdit(int gesture = 0);
    void updateSeverityText();

    sovsim::Shock shock_;
    QLabel* typeLabel_ = nullptr;
    QComboBox* type_ = nullptr;
    QLabel* startLabel_ = nullptr;
    QSpinBox* year_ = nullptr;
    QComboBox* month_ = nullptr;
    QLabel* durationLabel_ = nullptr;
    QSpinBox* duration_ = nullptr;
    QLabel* severityLabel_ = nullptr;
    RealSlider* severity_ = nullptr;
    QLabel* severityValue_ = nullptr;
    QToolButton* remove_ = nullptr;
    // Which edits make one undo step (a drag, or arrow steps in quick succession).
    EditGesture gesture_;
    EditGesture yearGesture_;
    EditGesture durationGesture_;
};

} // namespace sovsim::ui
