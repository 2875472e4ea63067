#include "widgets/ShockPanel.h"

#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "model/WorkshopDocument.h"
#include "sovsim/ScenarioFile.h"
#include "widgets/ShockCard.h"
#include "widgets/ShockTimeline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sovsim::ui {

ShockPanel::ShockPanel(WorkshopDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);
    timeline_ = new ShockTimeline(this);
    layout->addWidget(timeline_);

    addButton_ = new QToolButton(this);
    addButton_->setPopupMode(QToolButton::InstantPopup);
    addButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addButton_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addButton_->setMenu(new QMenu(addButton_));
    // A new scenario starts without shocks; this copies another scenario's, on purpose.
    copyButton_ = new QToolButton(this);
    copyButton_->setPopupMode(QToolButton::InstantPopup);
    copyButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    copyButton_->setMenu(new QMenu(copyButton_));
    connect(copyButton_->menu(), &QMenu::aboutToShow, this, &ShockPanel::fillCopyMenu);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton_, 1);
    buttons->addWidget(copyButton_);
    layout->addLayout(buttons);

    cardLayout_ = new QVBoxLayout;
    layout->addLayout(cardLayout_);
    layout->addStretch(1);

    connect(timeline_, &ShockTimeline::shockSelected, this, &ShockPanel::select);
    connect(timeline_, &ShockTimeline::shockMoved, this,
            [this](int shock, sovsim::YearMonth start, int gesture) {
                const int index = document_.currentIndex();
                if (!document_.isValidIndex(index)) {
                    return;
                }
                sovsim::Scenario changed = document_.scenario(index);
                changed.shocks.at(static_cast<size_t>(shock)).start = start;
                document_.editScenario(index, changed, tr("Move shock"), gesture);
            });
    connect(&document_, &WorkshopDocument::currentIndexChanged, this, &ShockPanel::refresh);
    connect(&document_, &WorkshopDocument::workshopReset, this, &ShockPanel::refresh);
    // A new colour for the scenario is a list change.
    connect(&document_, &WorkshopDocument::scenarioListChanged, this, &ShockPanel::refresh);
    connect(&document_, &WorkshopDocument::scenarioChanged, this, [this](int index) {
        if (index == document_.currentIndex()) {
            refresh();
        }
    });
    retranslate();
}

void ShockPanel::addShock(int type) {
    const int index = document_.currentIndex();
    if (!document_.isValidIndex(index)) {
        return;
    }
    sovsim::Scenario changed = document_.scenario(index);
    if (changed.shocks.size() >= sovsim::kMaxShocks) {
        return; // as many as a file may hold
    }
    sovsim::Shock shock;
    shock.type = static_cast<sovsim::ShockType>(type);
    // Default start in 2030 (or the middle of a short timeline), so its effect is visible.
    shock.start = {std::min(2030, (sovsim::kStartYear + changed.timeline.endYear) / 2 + 1), 1};
    changed.shocks.push_back(shock);
    document_.editScenario(index, changed, tr("Add shock: %1").arg(Labels::shockName(shock.type)));
    select(static_cast<int>(changed.shocks.size()) - 1);
}

void ShockPanel::fillCopyMenu() {
    QMenu* menu = copyButton_->menu();
    menu->clear();
    for (int i = 0; i < document_.scenarioCount(); ++i) {
        const auto& shocks = document_.scenario(i).shocks;
        if (i == document_.currentIndex() || shocks.empty()) {
            continue;
        }
        auto* action =
            menu->addAction(Labels::literal(tr("%1 (shocks: %2)")
                                                .arg(ScenarioNames::display(document_.scenario(i)))
                                                .arg(shocks.size())));
        connect(action, &QAction::triggered, this, [this, i] { copyShocksFrom(i); });
    }
    if (menu->isEmpty()) {
        menu->addAction(tr("(no other scenario has shocks)"))->setEnabled(false);
    }
}

void ShockPanel::copyShocksFrom(int source) {
    const int index = document_.currentIndex();
    if (!document_.isValidIndex(index) || !document_.isValidIndex(source) || source == index) {
        return;
    }
    sovsim::Scenario changed = document_.scenario(index);
    // Added after the scenario's own shocks; one already there is not added twice.
    for (const sovsim::Shock& shock : document_.scenario(source).shocks) {
        if (std::find(changed.shocks.begin(), changed.shocks.end(), shock) ==
            changed.shocks.end()) {
            changed.shocks.push_back(shock);
        }
    }
    document_.editScenario(
        index, changed,
        tr("Copy shocks from \"%1\"").arg(ScenarioNames::display(document_.scenario(source))));
}

void ShockPanel::removeShock(int shock) {
    const int index = document_.currentIndex();
    if (!document_.isValidIndex(index)) {
        return;
    }
    sovsim::Scenario changed = document_.scenario(index);
    const auto type = changed.shocks.at(static_cast<size_t>(shock)).type;
    changed.shocks.erase(changed.shocks.begin() + shock);
    document_.editScenario(index, changed, tr("Remove shock: %1").arg(Labels::shockName(type)));
}

void ShockPanel::select(int shock) {
    timeline_->setSelected(shock);
    for (int i = 0; i < cardCount(); ++i) {
        card(i)->setSelected(i == shock);
    }
}

void ShockPanel::refresh() {
    const int index = document_.currentIndex();
    const bool hasScenario = document_.isValidIndex(index);
    setEnabled(hasScenario);
    if (!hasScenario) {
        return;
    }
    const auto& scenario = document_.scenario(index);
    addButton_->setEnabled(scenario.shocks.size() < sovsim::kMaxShocks);
    timeline_->setScenario(scenario);
    timeline_->setColour(document_.entry(index).colour);

    // Cards are kept and updated in place while the number of shocks is unchanged, so a spin
    // box being typed into keeps its focus.
    const int wanted = static_cast<int>(scenario.shocks.size());
    while (cardCount() > wanted) {
        cards_.back()->deleteLater();
        cards_.pop_back();
    }
    while (cardCount() < wanted) {
        auto* card = new ShockCard(this);
        const int position = cardCount();
        connect(card, &ShockCard::edited, this,
                [this, position](const sovsim::Shock& shock, int gesture) {
                    const int i = document_.currentIndex();
                    if (!document_.isValidIndex(i)) {
                        return;
                    }
                    sovsim::Scenario changed = document_.scenario(i);
                    changed.shocks.at(static_cast<size_t>(position)) = shock;
                    document_.editScenario(i, changed, tr("Edit shock"), gesture);
                });
        connect(card, &ShockCard::removeRequested, this,
                [this, position] { removeShock(position); });
        connect(card, &ShockCard::selected, this, [this, position] { select(position); });
        cardLayout_->addWidget(card);
        cards_.push_back(card);
    }
    for (int i = 0; i < wanted; ++i) {
        card(i)->setShock(scenario.shocks[static_cast<size_t>(i)], scenario.timeline.endYear);
    }
    select(std::min(timeline_->selected(), wanted - 1));
}

void ShockPanel::retranslate() {
    intro_->setText(tr("Shocks test a strategy under stress. Drag a bar to move it in time; the "
                       "shaded periods appear on every chart."));
    addButton_->setText(tr("Add a shock"));
    addButton_->setAccessibleName(tr("Add a shock"));
    QMenu* menu = addButton_->menu();
    menu->clear();
    for (const auto type : sovsim::kAllShockTypes) {
        auto* action = menu->addAction(Labels::shockName(type));
        action->setToolTip(Labels::shockDescription(type));
        connect(action, &QAction::triggered, this,
                [this, type] { addShock(static_cast<int>(type)); });
    }
    menu->setToolTipsVisible(true);
    copyButton_->setText(tr("Copy shocks from…"));
    copyButton_->setToolTip(tr("Add the shocks of another scenario to this one"));
    timeline_->setAccessibleName(tr("Shock timeline"));
    timeline_->setToolTip(tr("Drag a shock to move it; arrow keys move the selected shock by a "
                             "month (with Shift, by a year)."));
    for (auto* c : cards_) {
        c->retranslate();
    }
    refresh();
}

void ShockPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
