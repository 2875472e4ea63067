#pragma once
// The country the current scenario plays: a preset picker and the resource sliders, grouped the
// way a workshop talks about them (Energy, Capital & market, Data & language, Talent, Compute,
// Geopolitics). Each slider marks its preset value and cites the preset's source.

#include "sovsim/Parameters.h"
#include "widgets/PresetPickerRow.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;

namespace sovsim::ui {

class ParameterControl;
class WorkshopDocument;

class CountryPanel : public QWidget {
    Q_OBJECT

public:
    explicit CountryPanel(WorkshopDocument& document, QWidget* parent = nullptr);

    // The row for a parameter path ("country.dc_power_available_gw"), or nullptr.
    ParameterControl* control(std::string_view path) const;
    QComboBox* presetPicker() const { return preset_.picker; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void onPresetActivated(int row);

    WorkshopDocument& document_;
    PresetPickerRow preset_;
    std::vector<std::pair<sovsim::ParameterGroup, QGroupBox*>> groups_;
    std::vector<ParameterControl*> controls_;
};

} // namespace sovsim::ui
