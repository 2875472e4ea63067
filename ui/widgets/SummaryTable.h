#pragma once
// Key metrics at chosen years for every scenario, as a table a facilitator can paste into a
// spreadsheet or a slide: Ctrl+C copies the selection (or the whole table) as tab-separated text.

#include "sovsim/Metric.h"

#include <QList>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sovsim::ui {

class WorkshopDocument;

class SummaryTable : public QWidget {
    Q_OBJECT

public:
    explicit SummaryTable(WorkshopDocument& document, QWidget* parent = nullptr);

    // The metrics shown, in order.
    static const std::vector<sovsim::Metric>& keyMetrics();

    void setYears(const QList<int>& years);
    const QList<int>& years() const { return years_; }
    QTableWidget* table() const { return table_; }

    // Tab-separated text of the selected cells, or of the whole table when nothing is selected,
    // with the header row and the metric/year columns.
    QString toTsv() const;
    void copyToClipboard() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void refreshValues();
    void retranslate();
    void applyYearText();

    WorkshopDocument& document_;
    QLabel* yearsLabel_ = nullptr;
    QLineEdit* yearsEdit_ = nullptr;
    QPushButton* copyButton_ = nullptr;
    QLabel* hint_ = nullptr;
    QTableWidget* table_ = nullptr;
    QList<int> years_;
};

} // namespace sovsim::ui
