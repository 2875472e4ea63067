#include "widgets/StrategyPanel.h"

#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "model/ValueFormat.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"
#include "widgets/ParameterControl.h"
#include "widgets/PresetPickerRow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sovsim::ui {
namespace {

std::string posturePath(sovsim::Layer layer) {
    return "strategy.postures." + std::string(sovsim::keyOf(layer));
}
std::string leverPath(sovsim::Lever lever) {
    return "strategy.levers." + std::string(sovsim::keyOf(lever));
}

} // namespace

StrategyPanel::StrategyPanel(WorkshopDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);

    std::vector<std::string> ids;
    for (const auto& preset : sovsim::PresetCatalog::builtIn().strategies()) {
        ids.push_back(preset.id);
    }
    preset_ = PresetPickerRow::addTo(layout, this, ids);
    connect(preset_.picker, &QComboBox::activated, this, &StrategyPanel::onPresetActivated);

    // Postures: one row per layer, one column per posture, exactly one choice per row.
    postureBox_ = new QGroupBox(this);
    auto* grid = new QGridLayout(postureBox_);
    grid->setColumnStretch(0, 1);
    postureHint_ = new QLabel(postureBox_);
    postureHint_->setWordWrap(true);
    postureHint_->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(postureHint_, 0, 0, 1, 4);
    for (int p = 0; p < sovsim::kPostureCount; ++p) {
        postureHeaders_[static_cast<size_t>(p)] = new QLabel(postureBox_);
        postureHeaders_[static_cast<size_t>(p)]->setAlignment(Qt::AlignCenter);
        QFont bold = postureHeaders_[static_cast<size_t>(p)]->font();
        bold.setBold(true);
        postureHeaders_[static_cast<size_t>(p)]->setFont(bold);
        grid->addWidget(postureHeaders_[static_cast<size_t>(p)], 1, p + 1);
    }
    for (const auto layer : sovsim::kAllLayers) {
        const int row = sovsim::indexOf(layer) + 2;
        auto* label = new QLabel(postureBox_);
        layerLabels_[static_cast<size_t>(sovsim::indexOf(layer))] = label;
        grid->addWidget(label, row, 0);
        auto* group = new QButtonGroup(this);
        postureGroups_[static_cast<size_t>(sovsim::indexOf(layer))] = group;
        for (const auto posture : sovsim::kAllPostures) {
            auto* button = new QRadioButton(postureBox_);
            group->addButton(button, static_cast<int>(posture));
            grid->addWidget(button, row, static_cast<int>(posture) + 1, Qt::AlignCenter);
        }
        connect(group, &QButtonGroup::idClicked, this,
                [this, layer](int id) { onPostureClicked(layer, id); });
    }
    layout->addWidget(postureBox_);

    // Levers with the budget they use.
    leverBox_ = new QGroupBox(this);
    auto* leverGrid = new QGridLayout(leverBox_);
    leverGrid->setColumnStretch(0, 1);
    leverGrid->setVerticalSpacing(2);
    int row = 0;
    for (const auto lever : sovsim::kAllLevers) {
        const auto* parameter = sovsim::findParameter(leverPath(lever));
        Q_ASSERT(parameter != nullptr);
        levers_[static_cast<size_t>(sovsim::indexOf(lever))] =
            new ParameterControl(document_, *parameter, *leverGrid, row, leverBox_);
        row += 2;
    }
    budgetTotal_ = new QLabel(leverBox_);
    budgetTotal_->setWordWrap(true);
    leverGrid->addWidget(budgetTotal_, row, 0, 1, 3);
    layout->addWidget(leverBox_);

    applyButton_ = new QToolButton(this);
    applyButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    applyButton_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(applyButton_, &QToolButton::clicked, this, &StrategyPanel::showApplyMenu);
    layout->addWidget(applyButton_);
    layout->addStretch(1);

    connect(&document_, &WorkshopDocument::currentIndexChanged, this, &StrategyPanel::refresh);
    connect(&document_, &WorkshopDocument::workshopReset, this, &StrategyPanel::refresh);
    connect(&document_, &WorkshopDocument::scenarioListChanged, this, &StrategyPanel::refresh);
    connect(&document_, &WorkshopDocument::scenarioChanged, this, [this](int index) {
        if (index == document_.currentIndex()) {
            refresh();
        }
    });
    retranslate();
}

QRadioButton* StrategyPanel::postureButton(sovsim::Layer layer, sovsim::Posture posture) const {
    return qobject_cast<QRadioButton*>(
        postureGroups_[static_cast<size_t>(sovsim::indexOf(layer))]->button(
            static_cast<int>(posture)));
}

ParameterControl* StrategyPanel::leverControl(sovsim::Lever lever) const {
    return levers_[static_cast<size_t>(sovsim::indexOf(lever))];
}

void StrategyPanel::onPresetActivated(int row) {
    const int index = document_.currentIndex();
    if (document_.isValidIndex(index) && row >= 0) {
        document_.applyStrategyPreset(index,
                                      preset_.picker->itemData(row).toString().toStdString());
    }
}

void StrategyPanel::onPostureClicked(sovsim::Layer layer, int postureId) {
    const int index = document_.currentIndex();
    const auto* parameter = sovsim::findParameter(posturePath(layer));
    if (document_.isValidIndex(index) && parameter != nullptr) {
        document_.setParameter(index, *parameter, static_cast<double>(postureId));
    }
}

void StrategyPanel::showApplyMenu() {
    const int from = document_.currentIndex();
    if (!document_.isValidIndex(from)) {
        return;
    }
    QMenu menu(this);
    for (int i = 0; i < document_.scenarioCount(); ++i) {
        if (i == from) {
            continue;
        }
        auto* action =
            menu.addAction(Labels::literal(ScenarioNames::display(document_.scenario(i))));
        connect(action, &QAction::triggered, this,
                [this, from, i] { document_.applyStrategyTo(from, i); });
    }
    if (menu.isEmpty()) {
        menu.addAction(tr("(no other scenario: add one in the scenario list)"))->setEnabled(false);
    }
    menu.exec(applyButton_->mapToGlobal(QPoint(0, applyButton_->height())));
}

void StrategyPanel::refresh() {
    const int index = document_.currentIndex();
    const bool hasScenario = document_.isValidIndex(index);
    setEnabled(hasScenario);
    if (!hasScenario) {
        return;
    }
    const auto& entry = document_.entry(index);
    const auto& scenario = entry.scenario;
    const auto* preset = sovsim::PresetCatalog::builtIn().findStrategy(scenario.strategyPreset);

    {
        const QSignalBlocker blocker(preset_.picker);
        preset_.picker->setCurrentIndex(
            preset_.picker->findData(QString::fromStdString(scenario.strategyPreset)));
    }
    QString description;
    if (preset != nullptr) {
        description = Labels::strategyDescription(preset->id, preset->description);
        if (preset->strategy != scenario.strategy) {
            description += QLatin1Char(' ') + tr("(Edited from the preset.)");
        }
    } else {
        description = tr("A strategy of its own, not based on a preset.");
    }
    preset_.note->setText(description);

    for (const auto layer : sovsim::kAllLayers) {
        auto* group = postureGroups_[static_cast<size_t>(sovsim::indexOf(layer))];
        const QSignalBlocker blocker(group);
        if (auto* button = group->button(static_cast<int>(scenario.strategy.posture(layer)))) {
            button->setChecked(true);
        }
    }

    const double budget = scenario.country.publicAiBudgetUsdBnPerYr;
    double totalShare = 0.0;
    sovsim::Scenario presetScenario = scenario;
    if (preset != nullptr) {
        presetScenario.strategy = preset->strategy;
    }
    for (const auto lever : sovsim::kAllLevers) {
        auto* control = leverControl(lever);
        const double intensity = scenario.strategy.lever(lever);
        const double share = intensity * sovsim::leverBudgetShare(scenario.assumptions, lever);
        totalShare += share;
        control->setDetail(tr("%1 % of budget").arg(formatNumber(share * 100.0)));
        const auto& p = control->parameter();
        std::optional<double> presetValue;
        if (preset != nullptr) {
            presetValue = p.get(presetScenario);
        }
        control->refresh(p.get(scenario), presetValue,
                         presetValue ? *presetValue : p.get(entry.loaded), {});
    }
    budgetTotal_->setText(tr("The levers use %1 % of the public AI budget: %2 per year of %3.")
                              .arg(formatNumber(totalShare * 100.0),
                                   formatUsdBn(totalShare * budget), formatUsdBn(budget)));

    applyButton_->setEnabled(document_.scenarioCount() > 1);
}

void StrategyPanel::retranslate() {
    preset_.label->setText(tr("&Strategy:"));
    preset_.picker->setAccessibleName(tr("Strategy preset"));
    preset_.picker->setToolTip(tr("Start from one of the national pathways. This replaces every "
                                  "posture and lever below (undo brings them back)."));
    const auto& presets = sovsim::PresetCatalog::builtIn().strategies();
    for (int i = 0; i < preset_.picker->count() && i < static_cast<int>(presets.size()); ++i) {
        const auto& p = presets[static_cast<size_t>(i)];
        preset_.picker->setItemText(i, Labels::strategyName(p.id, p.name));
        preset_.picker->setItemData(i, Labels::strategyDescription(p.id, p.description),
                                    Qt::ToolTipRole);
    }
    postureBox_->setTitle(tr("Posture on each layer of the AI stack"));
    postureHint_->setText(tr("Control: own or command it. Steer: shape it through rules, "
                             "procurement and standards. Depend: buy it from others."));
    for (const auto posture : sovsim::kAllPostures) {
        auto* header = postureHeaders_[static_cast<size_t>(posture)];
        header->setText(Labels::postureName(posture));
        header->setToolTip(Labels::postureDescription(posture));
    }
    for (const auto layer : sovsim::kAllLayers) {
        auto* label = layerLabels_[static_cast<size_t>(sovsim::indexOf(layer))];
        label->setText(Labels::layerName(layer));
        label->setToolTip(Labels::layerDescription(layer));
        for (const auto posture : sovsim::kAllPostures) {
            auto* button = postureButton(layer, posture);
            //: Accessible name of a radio button in the strategy grid: "Energy: Control".
            button->setAccessibleName(
                tr("%1: %2").arg(Labels::layerName(layer), Labels::postureName(posture)));
            button->setToolTip(QStringLiteral("<b>%1: %2</b><br>%3")
                                   .arg(Labels::layerName(layer).toHtmlEscaped(),
                                        Labels::postureName(posture).toHtmlEscaped(),
                                        Labels::postureDescription(posture).toHtmlEscaped()));
        }
    }
    leverBox_->setTitle(tr("Policy levers (intensity)"));
    for (auto* control : levers_) {
        control->retranslate();
    }
    applyButton_->setText(tr("Apply this strategy to another scenario…"));
    applyButton_->setToolTip(tr("Copy these postures and levers to another scenario in one "
                                "step, to see the same strategy in another country."));
    refresh();
}

void StrategyPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
