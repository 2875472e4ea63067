#pragma once
// The shocks of the current scenario: a timeline strip to see and move them, and a card per
// shock to edit its type, start, duration and severity. Every change is one undo step (a drag
// included).

#include <QWidget>
#include <vector>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace sovsim::ui {

class ShockCard;
class ShockTimeline;
class WorkshopDocument;

class ShockPanel : public QWidget {
    Q_OBJECT

public:
    explicit ShockPanel(WorkshopDocument& document, QWidget* parent = nullptr);

    ShockTimeline* timeline() const { return timeline_; }
    QToolButton* addButton() const { return addButton_; }
    // "Copy shocks from…": a menu of the other scenarios that have shocks.
    QToolButton* copyButton() const { return copyButton_; }
    // Adds the shocks of scenario `source` to the current one, as one undo step.
    void copyShocksFrom(int source);
    int cardCount() const { return static_cast<int>(cards_.size()); }
    ShockCard* card(int index) const { return cards_.at(static_cast<size_t>(index)); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void select(int shock);
    void addShock(int type);
    void removeShock(int shock);
    void fillCopyMenu();

    WorkshopDocument& document_;
    QLabel* intro_ = nullptr;
    ShockTimeline* timeline_ = nullptr;
    QToolButton* addButton_ = nullptr;
    QToolButton* copyButton_ = nullptr;
    QVBoxLayout* cardLayout_ = nullptr;
    std::vector<ShockCard*> cards_;
};

} // namespace sovsim::ui
