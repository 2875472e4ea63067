#include "widgets/CountryPanel.h"

#include "model/Labels.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Presets.h"
#include "widgets/ParameterControl.h"
#include "widgets/PresetPickerRow.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sovsim::ui {
namespace {

constexpr std::array<sovsim::ParameterGroup, 6> kCountryGroups{
    sovsim::ParameterGroup::Energy,       sovsim::ParameterGroup::CapitalMarket,
    sovsim::ParameterGroup::DataLanguage, sovsim::ParameterGroup::Talent,
    sovsim::ParameterGroup::Compute,      sovsim::ParameterGroup::Geopolitics};

} // namespace

CountryPanel::CountryPanel(WorkshopDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);

    std::vector<std::string> ids;
    for (const auto& preset : sovsim::PresetCatalog::builtIn().countries()) {
        ids.push_back(preset.id);
    }
    preset_ = PresetPickerRow::addTo(layout, this, ids);
    connect(preset_.picker, &QComboBox::activated, this, &CountryPanel::onPresetActivated);

    for (const auto group : kCountryGroups) {
        auto* box = new QGroupBox(this);
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        grid->setVerticalSpacing(2);
        int row = 0;
        for (const auto& parameter : sovsim::allParameters()) {
            if (parameter.group != group) {
                continue;
            }
            controls_.push_back(new ParameterControl(document_, parameter, *grid, row, box));
            row += 2;
        }
        groups_.emplace_back(group, box);
        layout->addWidget(box);
    }
    layout->addStretch(1);

    connect(&document_, &WorkshopDocument::currentIndexChanged, this, &CountryPanel::refresh);
    connect(&document_, &WorkshopDocument::workshopReset, this, &CountryPanel::refresh);
    connect(&document_, &WorkshopDocument::scenarioChanged, this, [this](int index) {
        if (index == document_.currentIndex()) {
            refresh();
        }
    });
    retranslate();
    refresh();
}

ParameterControl* CountryPanel::control(std::string_view path) const {
    for (auto* c : controls_) {
        if (c->parameter().path == path) {
            return c;
        }
    }
    return nullptr;
}

void CountryPanel::onPresetActivated(int row) {
    const int index = document_.currentIndex();
    if (!document_.isValidIndex(index) || row < 0) {
        return;
    }
    document_.applyCountryPreset(index, preset_.picker->itemData(row).toString().toStdString());
}

void CountryPanel::refresh() {
    const int index = document_.currentIndex();
    const bool hasScenario = document_.isValidIndex(index);
    setEnabled(hasScenario);
    if (!hasScenario) {
        return;
    }
    const auto& entry = document_.entry(index);
    const auto& scenario = entry.scenario;
    const auto* preset = sovsim::PresetCatalog::builtIn().findCountry(scenario.countryPreset);

    const QSignalBlocker blocker(preset_.picker);
    preset_.picker->setCurrentIndex(
        preset_.picker->findData(QString::fromStdString(scenario.countryPreset)));
    if (preset == nullptr) {
        preset_.note->setText(tr("This country is not based on a preset. Pick one to start from "
                                 "published figures."));
    } else if (preset->profile == scenario.country) {
        preset_.note->setText(tr("All values as in the preset. Hover over a slider to see what it "
                                 "means and where the figure comes from."));
    } else {
        preset_.note->setText(tr("Edited from the preset: the small triangle under a slider marks "
                                 "the preset value."));
    }

    sovsim::Scenario presetScenario = scenario;
    if (preset != nullptr) {
        presetScenario.country = preset->profile;
    }
    for (auto* c : controls_) {
        const auto& p = c->parameter();
        std::optional<double> presetValue;
        QString source;
        if (preset != nullptr) {
            presetValue = p.get(presetScenario);
            const auto it = preset->sources.find(std::string(p.key()));
            if (it != preset->sources.end()) {
                source = Labels::sourceText(it->second);
            }
        }
        const double resetValue = presetValue ? *presetValue : p.get(entry.loaded);
        c->refresh(p.get(scenario), presetValue, resetValue, source);
    }
}

void CountryPanel::retranslate() {
    preset_.label->setText(tr("&Country:"));
    preset_.picker->setAccessibleName(tr("Country preset"));
    preset_.picker->setToolTip(tr("Start from a country's published figures. This replaces every "
                                  "resource slider below (undo brings them back)."));
    const auto& presets = sovsim::PresetCatalog::builtIn().countries();
    for (int i = 0; i < preset_.picker->count() && i < static_cast<int>(presets.size()); ++i) {
        const auto& p = presets[static_cast<size_t>(i)];
        preset_.picker->setItemText(i, Labels::countryName(p.id, p.name));
    }
    for (auto& [group, box] : groups_) {
        box->setTitle(Labels::literal(Labels::groupName(group)));
    }
    for (auto* c : controls_) {
        c->retranslate();
    }
    refresh();
}

void CountryPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
