#pragma once
// One parameter of the current scenario as a slider row: its label and value with unit on the
// first line, the slider (with a mark at the preset value) and a reset button on the second.
// It sends edits to the document and follows the document when undo or a preset changes the
// value. A slider drag carries one gesture number so it becomes one undo step.

#include "sovsim/Parameters.h"
#include "undo/EditGesture.h"

#include <QObject>
#include <QString>
#include <optional>

class QGridLayout;
class QLabel;
class QToolButton;
class QWidget;

namespace sovsim::ui {

class RealSlider;
class WorkshopDocument;

class ParameterControl : public QObject {
    Q_OBJECT

public:
    // Adds its widgets to `grid` at rows `row` and `row + 1` (columns 0-2).
    ParameterControl(WorkshopDocument& document, const sovsim::ParameterInfo& parameter,
                     QGridLayout& grid, int row, QWidget* parent);

    const sovsim::ParameterInfo& parameter() const { return parameter_; }
    RealSlider* slider() const { return slider_; }
    QLabel* valueLabel() const { return value_; }
    QToolButton* resetButton() const { return reset_; }

    // Shows the current scenario's value. `presetValue` is marked on the slider; reset goes back
    // to `resetValue` (the preset's value, or the value when loaded if there is no preset);
    // `source` is cited in the tooltip.
    void refresh(double value, std::optional<double> presetValue, double resetValue,
                 const QString& source);
    void retranslate();
    // Extra text shown after the value and in the tooltip (e.g. the budget a lever uses).
    void setDetail(const QString& detail);

private:
    void onSliderMoved(double sliderValue);
    void onReset();
    void updateTexts();

    WorkshopDocument& document_;
    const sovsim::ParameterInfo& parameter_;
    QLabel* label_ = nullptr;
    QLabel* value_ = nullptr;
    RealSlider* slider_ = nullptr;
    QToolButton* reset_ = nullptr;
    double current_ = 0.0;
    std::optional<double> preset_;
    double resetValue_ = 0.0;
    QString source_;
    QString detail_;
    EditGesture gesture_; // which edits make one undo step
};

} // namespace sovsim::ui
