#include "widgets/ScenarioListPanel.h"

#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Presets.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QColorDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sovsim::ui {

ScenarioListPanel::ScenarioListPanel(WorkshopDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    list_ = new QListWidget(this);
    const int icon = fontMetrics().height();
    list_->setIconSize(QSize(icon, icon));
    list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    list_->setContextMenuPolicy(Qt::ActionsContextMenu);
    list_->setUniformItemSizes(true);
    layout->addWidget(list_, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    add_ = new QToolButton(this);
    add_->setIcon(icons::add(*this));
    add_->setAutoRaise(true);
    addMenu_ = new QMenu(this);
    add_->setMenu(addMenu_);
    add_->setPopupMode(QToolButton::InstantPopup);
    buttons->addWidget(add_);
    duplicate_ = makeAction(icons::duplicate(*this));
    rename_ = makeAction(icons::rename(*this), QKeySequence(Qt::Key_F2));
    up_ = makeAction(style()->standardIcon(QStyle::SP_ArrowUp));
    down_ = makeAction(style()->standardIcon(QStyle::SP_ArrowDown));
    colour_ = makeAction(icons::colour(*this));
    remove_ = makeAction(style()->standardIcon(QStyle::SP_TrashIcon), QKeySequence::Delete);
    for (auto* action : editActions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        buttons->addWidget(button);
        list_->addAction(action);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    for (const auto& preset : sovsim::PresetCatalog::builtIn().countries()) {
        auto* action = addMenu_->addAction(QString());
        action->setData(QString::fromStdString(preset.id));
        connect(action, &QAction::triggered, this, [this, id = preset.id] { addFromCountry(id); });
    }

    connect(duplicate_, &QAction::triggered, this, &ScenarioListPanel::duplicateCurrent);
    connect(rename_, &QAction::triggered, this, &ScenarioListPanel::renameCurrent);
    connect(up_, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(down_, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(colour_, &QAction::triggered, this, &ScenarioListPanel::chooseColourOfCurrent);
    connect(remove_, &QAction::triggered, this, &ScenarioListPanel::removeCurrent);

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!rebuilding_) {
            document_.setCurrentIndex(row);
        }
    });
    connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (rebuilding_) {
            return;
        }
        const int row = list_->row(item);
        document_.setVisible(row, item->checkState() == Qt::Checked);
        if (document_.isValidIndex(row) &&
            item->text() != ScenarioNames::display(document_.scenario(row))) {
            document_.renameScenario(row, item->text());
            rebuild(); // an empty name was refused: show the old one again
        }
    });
    connect(&document_, &WorkshopDocument::scenarioListChanged, this, &ScenarioListPanel::rebuild);
    connect(&document_, &WorkshopDocument::workshopReset, this, &ScenarioListPanel::rebuild);
    connect(&document_, &WorkshopDocument::currentIndexChanged, this, [this](int index) {
        const QSignalBlocker blocker(list_);
        list_->setCurrentRow(index);
        updateButtons();
    });
    retranslate();
    rebuild();
}

QAction* ScenarioListPanel::makeAction(const QIcon& icon, QKeySequence shortcut) {
    auto* action = new QAction(icon, QString(), this);
    action->setShortcut(shortcut);
    // Shortcuts act only while the list has focus, so they never steal keys from sliders.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QList<QAction*> ScenarioListPanel::editActions() const {
    return {duplicate_, rename_, up_, down_, colour_, remove_};
}

void ScenarioListPanel::rebuild() {
    rebuilding_ = true;
    const int icon = list_->iconSize().height();
    while (list_->count() > document_.scenarioCount()) {
        delete list_->takeItem(list_->count() - 1);
    }
    for (int i = 0; i < document_.scenarioCount(); ++i) {
        QListWidgetItem* item = list_->item(i);
        if (item == nullptr) {
            item = new QListWidgetItem(list_);
            item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        }
        const auto& e = document_.entry(i);
        item->setText(ScenarioNames::display(e.scenario));
        item->setIcon(icons::swatch(e.colour, icon));
        item->setCheckState(e.visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Tick to show on the charts; double-click to rename."));
    }
    list_->setCurrentRow(document_.currentIndex());
    rebuilding_ = false;
    updateButtons();
}

void ScenarioListPanel::updateButtons() {
    const int row = document_.currentIndex();
    const bool has = document_.isValidIndex(row);
    add_->setEnabled(document_.canAddScenario());
    duplicate_->setEnabled(has && document_.canAddScenario());
    rename_->setEnabled(has);
    colour_->setEnabled(has);
    up_->setEnabled(has && row > 0);
    down_->setEnabled(has && row + 1 < document_.scenarioCount());
    // A workshop keeps at least one scenario: the panels always have something to edit.
    remove_->setEnabled(has && document_.scenarioCount() > 1);
}

void ScenarioListPanel::addFromCountry(const std::string& countryId) {
    const auto& catalog = sovsim::PresetCatalog::builtIn();
    const auto* country = catalog.findCountry(countryId);
    if (country == nullptr) {
        return;
    }
    // The new scenario shares the current one's assumptions and timeline, so the comparison
    // differs only in the country; it takes the country's own pathway as strategy when there is
    // one, otherwise the current strategy. It starts without shocks: a shock is a choice the
    // workshop makes for a scenario (Shocks > Copy shocks from… copies them on purpose).
    sovsim::Scenario scenario;
    if (document_.isValidIndex(document_.currentIndex())) {
        scenario = document_.scenario(document_.currentIndex());
    }
    scenario.shocks.clear();
    scenario.country = country->profile;
    scenario.countryPreset = country->id;
    for (const auto& strategy : catalog.strategies()) {
        if (strategy.id.rfind(country->id + "_", 0) == 0) {
            scenario.strategy = strategy.strategy;
            scenario.strategyPreset = strategy.id;
            break;
        }
    }
    scenario.name = ScenarioNames::generated(scenario);
    document_.addScenario(scenario);
}

void ScenarioListPanel::duplicateCurrent() {
    document_.duplicateScenario(document_.currentIndex());
}

void ScenarioListPanel::renameCurrent() {
    const int row = document_.currentIndex();
    if (auto* item = list_->item(row)) {
        list_->setFocus();
        list_->editItem(item);
    }
}

void ScenarioListPanel::moveCurrent(int delta) {
    const int row = document_.currentIndex();
    document_.moveScenario(row, row + delta);
}

void ScenarioListPanel::chooseColourOfCurrent() {
    const int row = document_.currentIndex();
    if (!document_.isValidIndex(row)) {
        return;
    }
    auto* dialog = new QColorDialog(document_.entry(row).colour, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Colour of \"%1\"").arg(ScenarioNames::display(document_.scenario(row))));
    connect(dialog, &QColorDialog::colorSelected, this,
            [this, row](const QColor& colour) { document_.setColour(row, colour); });
    dialog->open();
}

void ScenarioListPanel::removeCurrent() {
    if (document_.scenarioCount() > 1) {
        document_.removeScenario(document_.currentIndex());
    }
}

void ScenarioListPanel::retranslate() {
    list_->setAccessibleName(tr("Scenarios"));
    add_->setToolTip(tr("Add a scenario for a country"));
    add_->setAccessibleName(tr("Add scenario"));
    addMenu_->setTitle(tr("&Add Scenario for Country"));
    duplicate_->setText(tr("&Duplicate Scenario"));
    duplicate_->setToolTip(tr("Duplicate the selected scenario"));
    rename_->setText(tr("&Rename Scenario…"));
    rename_->setToolTip(tr("Rename the selected scenario (or double-click it)"));
    up_->setText(tr("Move Scenario &Up"));
    up_->setToolTip(tr("Move the selected scenario up"));
    down_->setText(tr("Move Scenario Do&wn"));
    down_->setToolTip(tr("Move the selected scenario down"));
    colour_->setText(tr("Scenario &Colour…"));
    colour_->setToolTip(tr("Choose the chart colour of the selected scenario"));
    remove_->setText(tr("Re&move Scenario"));
    remove_->setToolTip(tr("Remove the selected scenario (undo brings it back)"));
    const auto& presets = sovsim::PresetCatalog::builtIn().countries();
    const auto actions = addMenu_->actions();
    for (int i = 0; i < actions.size() && i < static_cast<int>(presets.size()); ++i) {
        const auto& p = presets[static_cast<size_t>(i)];
        actions[i]->setText(Labels::countryName(p.id, p.name));
    }
    rebuild();
}

void ScenarioListPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
