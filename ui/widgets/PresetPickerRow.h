#pragma once
// The "Country: [Japan v]" / "Strategy: [...]" row at the top of the country and strategy
// panels, with a greyed explanation below it. Both panels share it so they look and behave alike.

#include <string>
#include <vector>

class QBoxLayout;
class QComboBox;
class QLabel;
class QWidget;

namespace sovsim::ui {

struct PresetPickerRow {
    QLabel* label = nullptr;     // text set by the owner's retranslate(); buddy of the picker
    QComboBox* picker = nullptr; // one item per preset, item data = preset id
    QLabel* note = nullptr;      // word-wrapped, greyed explanation under the row

    // Adds the row and the note to `layout`; item texts are left for the owner to translate.
    static PresetPickerRow addTo(QBoxLayout* layout, QWidget* parent,
                                 const std::vector<std::string>& presetIds);
};

} // namespace sovsim::ui
