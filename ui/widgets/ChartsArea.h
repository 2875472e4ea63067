#pragma once
// The comparison: the standard charts in a grid, every visible scenario in its own colour, with
// a picker that turns every chart into a difference view against one scenario. The grid has as
// many columns as fit charts of a readable size (three on a wide screen, two on a laptop) and
// scrolls when the rows do not fit. Any chart can be
// enlarged to fill the area and restored. Charts follow the document: a list change rebuilds
// what they plot, a re-run only asks them to redraw.

#include <QWidget>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace sovsim::ui {

class ChartWidget;
struct ScenarioEntry;
class WorkshopDocument;

class ChartsArea : public QWidget {
    Q_OBJECT

public:
    explicit ChartsArea(WorkshopDocument& document, QWidget* parent = nullptr);

    int chartCount() const { return static_cast<int>(charts_.size()); }
    ChartWidget* chart(int index) const { return charts_.at(static_cast<size_t>(index)); }
    ChartWidget* chartById(const QString& id) const;

    // Difference view against scenario `index`; -1 shows absolute values.
    void setDifferenceReference(int index);
    int differenceReference() const;
    QComboBox* differencePicker() const { return differencePicker_; }

    // Shows one chart alone (or all of them again with nullptr).
    void enlarge(ChartWidget* chart);
    ChartWidget* enlargedChart() const { return enlarged_; }

    // Larger text and lines for a projector.
    void setPresentationMode(bool on);

    // Columns of the grid now (3 on a wide screen, fewer on a laptop or in presentation mode).
    int columnCount() const { return columns_; }
    QScrollArea* scrollArea() const { return scroll_; }

Q_SIGNALS:
    // A chart was exported or copied (see ChartWidget::exported).
    void exported(const QString& message, const QString& folder);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createCharts();
    void layoutCharts();
    QSize minimumChartSize() const;
    int columnsFor(int width) const;
    // After list changes: the charts' inputs and the difference picker.
    void updatePlottedScenarios();
    // After an edit: names, shocks and "as loaded" lines of the charts' inputs.
    void updateChartInputs();
    void rebuildDifferencePicker();
    void retranslate();

    WorkshopDocument& document_;
    QLabel* differenceLabel_ = nullptr;
    QComboBox* differencePicker_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QGridLayout* grid_ = nullptr;
    int columns_ = 3;
    std::vector<ChartWidget*> charts_;
    ChartWidget* enlarged_ = nullptr;
    // The reference scenario is remembered by entry, so it survives reordering.
    const ScenarioEntry* reference_ = nullptr;
    bool presentation_ = false;
};

} // namespace sovsim::ui
