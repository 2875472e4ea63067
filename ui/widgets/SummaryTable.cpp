#include "widgets/SummaryTable.h"

#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "model/ValueFormat.h"
#include "model/WorkshopDocument.h"
#include "settings/Settings.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace sovsim::ui {
namespace {

constexpr int kLabelColumns = 2; // metric, year

} // namespace

const std::vector<sovsim::Metric>& SummaryTable::keyMetrics() {
    using M = sovsim::Metric;
    static const std::vector<M> metrics{M::ComputeAccessTotal,
                                        M::ComputeAssured,
                                        M::CriticalInferenceCoverage,
                                        M::BargainingLeverage,
                                        M::DcLoad,
                                        M::DcShareOfGeneration,
                                        M::PublicCostCumulative,
                                        M::PublicCostPerH100e,
                                        M::LocalLanguageCapability,
                                        M::AgencyIndex};
    return metrics;
}

SummaryTable::SummaryTable(WorkshopDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    yearsLabel_ = new QLabel(this);
    yearsEdit_ = new QLineEdit(this);
    yearsEdit_->setMaximumWidth(yearsEdit_->fontMetrics().horizontalAdvance(QStringLiteral("0")) *
                                30);
    yearsLabel_->setBuddy(yearsEdit_);
    copyButton_ = new QPushButton(this);
    hint_ = new QLabel(this);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(yearsLabel_);
    bar->addWidget(yearsEdit_);
    bar->addWidget(copyButton_);
    bar->addWidget(hint_, 1);
    layout->addLayout(bar);

    table_ = new QTableWidget(this);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->installEventFilter(this);
    layout->addWidget(table_, 1);

    connect(yearsEdit_, &QLineEdit::editingFinished, this, &SummaryTable::applyYearText);
    connect(copyButton_, &QPushButton::clicked, this, &SummaryTable::copyToClipboard);
    connect(&document_, &WorkshopDocument::workshopReset, this, &SummaryTable::rebuild);
    connect(&document_, &WorkshopDocument::scenarioListChanged, this, &SummaryTable::rebuild);
    connect(&document_, &WorkshopDocument::projectionsUpdated, this, &SummaryTable::refreshValues);

    years_ = settings::summaryYears.get();
    retranslate();
}

void SummaryTable::setYears(const QList<int>& years) {
    std::set<int> unique;
    for (int y : years) {
        if (y >= sovsim::kStartYear && y <= sovsim::kMaxEndYear) {
            unique.insert(y);
        }
    }
    QList<int> cleaned(unique.begin(), unique.end());
    if (cleaned.isEmpty()) {
        cleaned = settings::summaryYears.defaultValue();
    }
    years_ = cleaned;
    settings::summaryYears.set(years_);
    rebuild();
}

void SummaryTable::applyYearText() {
    QList<int> years;
    const auto parts =
        yearsEdit_->text().split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts);
    for (const auto& part : parts) {
        years.append(part.toInt());
    }
    setYears(years);
}

void SummaryTable::rebuild() {
    QStringList yearTexts;
    for (int y : years_) {
        yearTexts.append(QString::number(y));
    }
    yearsEdit_->setText(yearTexts.join(QStringLiteral(", ")));

    const int scenarios = document_.scenarioCount();
    const auto& metrics = keyMetrics();
    table_->clear();
    table_->clearSpans();
    table_->setColumnCount(kLabelColumns + scenarios);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table_->setRowCount(static_cast<int>(metrics.size()) * static_cast<int>(years_.size()));
    QStringList headers{tr("Metric"), tr("Year")};
    for (int s = 0; s < scenarios; ++s) {
        headers.append(ScenarioNames::display(document_.scenario(s)));
    }
    table_->setHorizontalHeaderLabels(headers);
    const int icon = fontMetrics().height() * 3 / 4;
    for (int s = 0; s < scenarios; ++s) {
        table_->horizontalHeaderItem(kLabelColumns + s)
            ->setIcon(icons::swatch(document_.entry(s).colour, icon));
    }
    int row = 0;
    for (const auto metric : metrics) {
        const QString label =
            tr("%1 (%2)").arg(Labels::metricLabel(metric), Labels::metricUnit(metric));
        for (int y = 0; y < years_.size(); ++y, ++row) {
            auto* metricItem = new QTableWidgetItem(y == 0 ? label : QString());
            metricItem->setToolTip(QString::fromUtf8(
                sovsim::infoOf(metric).description.data(),
                static_cast<qsizetype>(sovsim::infoOf(metric).description.size())));
            table_->setItem(row, 0, metricItem);
            table_->setItem(row, 1, new QTableWidgetItem(QString::number(years_[y])));
        }
        if (years_.size() > 1) {
            table_->setSpan(row - static_cast<int>(years_.size()), 0,
                            static_cast<int>(years_.size()), 1);
        }
    }
    refreshValues();
    // Spanned cells are not measured by ResizeToContents: size the metric column to its longest
    // label so no name is cut off.
    int metricWidth = table_->horizontalHeader()->sectionSizeHint(0);
    for (int r = 0; r < table_->rowCount(); ++r) {
        metricWidth = std::max(metricWidth,
                               table_->fontMetrics().horizontalAdvance(table_->item(r, 0)->text()) +
                                   3 * table_->fontMetrics().averageCharWidth());
    }
    table_->horizontalHeader()->resizeSection(0, metricWidth);
}

void SummaryTable::refreshValues() {
    const auto& metrics = keyMetrics();
    const int scenarios = document_.scenarioCount();
    if (table_->columnCount() != kLabelColumns + scenarios) {
        rebuild();
        return;
    }
    int row = 0;
    for (const auto metric : metrics) {
        const bool share = sovsim::infoOf(metric).isShare;
        for (int y : years_) {
            for (int s = 0; s < scenarios; ++s) {
                const auto& projection = document_.entry(s).projection;
                QString text = QStringLiteral("–");
                const int endYear = projection.timeline().endYear;
                if (projection.stepCount() > 0 && y <= endYear) {
                    const double value = projection.atYear(metric, y);
                    text = formatNumber(share ? value * 100.0 : value);
                }
                auto* item = table_->item(row, kLabelColumns + s);
                if (item == nullptr) {
                    item = new QTableWidgetItem;
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    table_->setItem(row, kLabelColumns + s, item);
                }
                item->setText(text);
                item->setForeground(document_.entry(s).visible
                                        ? palette().color(QPalette::Text)
                                        : palette().color(QPalette::PlaceholderText));
            }
            ++row;
        }
    }
}

QString SummaryTable::toTsv() const {
    const auto selected = table_->selectedRanges();
    int top = 0;
    int bottom = table_->rowCount() - 1;
    std::vector<int> columns;
    if (selected.isEmpty()) {
        for (int c = 0; c < table_->columnCount(); ++c) {
            columns.push_back(c);
        }
    } else {
        top = table_->rowCount();
        bottom = -1;
        std::set<int> chosen{0, 1}; // the metric and year always travel with the values
        for (const auto& r : selected) {
            top = std::min(top, r.topRow());
            bottom = std::max(bottom, r.bottomRow());
            for (int c = r.leftColumn(); c <= r.rightColumn(); ++c) {
                chosen.insert(c);
            }
        }
        columns.assign(chosen.begin(), chosen.end());
    }
    QStringList lines;
    QStringList header;
    for (int c : columns) {
        header.append(table_->horizontalHeaderItem(c)->text());
    }
    lines.append(header.join(QLatin1Char('\t')));
    QString metric;
    for (int r = 0; r < table_->rowCount(); ++r) {
        if (!table_->item(r, 0)->text().isEmpty()) {
            metric = table_->item(r, 0)->text();
        }
        if (r < top || r > bottom) {
            continue;
        }
        QStringList cells;
        for (int c : columns) {
            // Spanned metric cells are empty below their first row; repeat the name so every
            // pasted row stands on its own.
            cells.append(c == 0 ? metric : table_->item(r, c)->text());
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void SummaryTable::copyToClipboard() const {
    if (auto* clipboard = QApplication::clipboard()) {
        clipboard->setText(toTsv());
    }
}

bool SummaryTable::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_ && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copyToClipboard();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SummaryTable::retranslate() {
    yearsLabel_->setText(tr("&Years:"));
    yearsEdit_->setAccessibleName(tr("Years shown in the table"));
    yearsEdit_->setToolTip(tr("Years to compare, separated by commas, e.g. 2030, 2035, 2040."));
    copyButton_->setText(tr("Copy table"));
    copyButton_->setToolTip(tr("Copy the table as tab-separated text for a spreadsheet or slide "
                               "(Ctrl+C copies the selected cells)."));
    hint_->setText(tr("Shares are shown in %. Values at 1 January of each year."));
    table_->setAccessibleName(tr("Summary of key metrics"));
    rebuild();
}

void SummaryTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
