#pragma once
// The strategy of the current scenario: a preset picker, the seven stack layers with one
// Control / Steer / Depend choice each, and the seven policy levers with the share of the public
// AI budget each one uses. "Apply to another scenario" copies the whole strategy in one step.

#include "sovsim/Stack.h"
#include "widgets/PresetPickerRow.h"

#include <QWidget>
#include <array>
#include <vector>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QToolButton;

namespace sovsim::ui {

class ParameterControl;
class WorkshopDocument;

class StrategyPanel : public QWidget {
    Q_OBJECT

public:
    explicit StrategyPanel(WorkshopDocument& document, QWidget* parent = nullptr);

    QComboBox* presetPicker() const { return preset_.picker; }
    // The radio button for a layer's posture (tests drive the grid through these).
    QRadioButton* postureButton(sovsim::Layer layer, sovsim::Posture posture) const;
    ParameterControl* leverControl(sovsim::Lever lever) const;
    QToolButton* applyToOtherButton() const { return applyButton_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void onPresetActivated(int row);
    void onPostureClicked(sovsim::Layer layer, int postureId);
    void showApplyMenu();

    WorkshopDocument& document_;
    PresetPickerRow preset_;
    QGroupBox* postureBox_ = nullptr;
    QLabel* postureHint_ = nullptr;
    std::array<QLabel*, sovsim::kPostureCount> postureHeaders_{};
    std::array<QLabel*, sovsim::kLayerCount> layerLabels_{};
    std::array<QButtonGroup*, sovsim::kLayerCount> postureGroups_{};
    QGroupBox* leverBox_ = nullptr;
    std::array<ParameterControl*, sovsim::kLeverCount> levers_{};
    QLabel* budgetTotal_ = nullptr;
    QToolButton* applyButton_ = nullptr;
};

} // namespace sovsim::ui
