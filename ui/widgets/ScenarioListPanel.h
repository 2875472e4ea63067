#pragma once
// The scenarios of the workshop, each with its chart colour and a tick to show or hide it.
// Selecting one makes it the scenario the panels edit. Buttons add (from a country preset),
// duplicate, rename, reorder, recolour and remove scenarios.

#include <QKeySequence>
#include <QStyle>
#include <QWidget>

class QAction;
class QListWidget;
class QListWidgetItem;
class QToolButton;
class QMenu;

namespace sovsim::ui {

class WorkshopDocument;

class ScenarioListPanel : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioListPanel(WorkshopDocument& document, QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }

    // The actions, also used by the main window's Scenario menu.
    void addFromCountry(const std::string& countryId);
    void duplicateCurrent();
    void renameCurrent();
    void moveCurrent(int delta);
    void chooseColourOfCurrent();
    void removeCurrent();
    // A menu with one entry per country preset that adds a scenario for it.
    QMenu* addMenu() const { return addMenu_; }
    // The list's actions (duplicate, rename, move up/down, colour, remove), for the menu bar.
    QList<QAction*> editActions() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void updateButtons();
    QAction* makeAction(const QIcon& icon, QKeySequence shortcut = {});

    WorkshopDocument& document_;
    QListWidget* list_ = nullptr;
    QMenu* addMenu_ = nullptr;
    QToolButton* add_ = nullptr;
    QAction* duplicate_ = nullptr;
    QAction* rename_ = nullptr;
    QAction* up_ = nullptr;
    QAction* down_ = nullptr;
    QAction* colour_ = nullptr;
    QAction* remove_ = nullptr;
    bool rebuilding_ = false;
};

} // namespace sovsim::ui
