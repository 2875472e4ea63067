#include "widgets/PresetPickerRow.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>

namespace sovsim::ui {

PresetPickerRow PresetPickerRow::addTo(QBoxLayout* layout, QWidget* parent,
                                       const std::vector<std::string>& presetIds) {
    PresetPickerRow row;
    auto* line = new QHBoxLayout;
    row.label = new QLabel(parent);
    row.picker = new QComboBox(parent);
    row.label->setBuddy(row.picker);
    line->addWidget(row.label);
    line->addWidget(row.picker, 1);
    layout->addLayout(line);
    row.note = new QLabel(parent);
    row.note->setWordWrap(true);
    row.note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(row.note);
    for (const auto& id : presetIds) {
        row.picker->addItem(QString(), QString::fromStdString(id));
    }
    return row;
}

} // namespace sovsim::ui
