#include "mainwindow/ExportActions.h"

#include "charts/ChartWidget.h"
#include "export/ChartExporter.h"
#include "export/CsvExport.h"
#include "export/ExportDialog.h"
#include "export/WorkshopReport.h"
#include "model/WorkshopDocument.h"
#include "model/WorkshopFiles.h"
#include "settings/Settings.h"
#include "widgets/ChartsArea.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sovsim::ui {
namespace {

QString fileStem(const QString& workshopName) {
    QString stem = workshopName.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return stem.isEmpty() ? QStringLiteral("workshop") : stem;
}

QString startFolder() {
    const QString last = settings::lastFolder.get();
    return !last.isEmpty() && QFileInfo(last).isDir()
               ? last
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ExportActions::ExportActions(WorkshopDocument& document, ChartsArea& charts, QWidget* dialogParent,
                             QMenu* menu)
    : QObject(menu), document_(document), charts_(charts), dialogParent_(dialogParent) {
    allCharts_ = menu->addAction(QString());
    report_ = menu->addAction(QString());
    menu->addSeparator();
    seriesCsv_ = menu->addAction(QString());
    settingsCsv_ = menu->addAction(QString());

    // The export module's dialog: which charts, formats, slide size, theme and folder.
    connect(allCharts_, &QAction::triggered, this, [this] {
        document_.runPendingNow();
        ExportContext context;
        context.workshopName = document_.workshopName();
        context.scenarios = charts_.chart(0)->input().scenarios;
        context.differenceReference = charts_.differenceReference();
        auto* dialog = new ChartExportDialog(std::move(context), {}, dialogParent_);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ChartExportDialog::exported, this, &ExportActions::exported);
        dialog->open();
    });
    connect(report_, &QAction::triggered, this, [this] {
        askAndWrite(tr("Export workshop report"), QStringLiteral(".pdf"),
                    tr("PDF document (*.pdf)"), &ExportActions::exportReport);
    });
    connect(seriesCsv_, &QAction::triggered, this, [this] {
        askAndWrite(tr("Export chart data"), QStringLiteral("-series.csv"), tr("CSV table (*.csv)"),
                    &ExportActions::exportSeriesCsv);
    });
    connect(settingsCsv_, &QAction::triggered, this, [this] {
        askAndWrite(tr("Export scenario settings"), QStringLiteral("-settings.csv"),
                    tr("CSV table (*.csv)"), &ExportActions::exportSettingsCsv);
    });
    retranslate();
}

void ExportActions::retranslate() {
    allCharts_->setText(tr("&Charts (PNG, SVG, PDF)…"));
    allCharts_->setToolTip(tr("Export charts as slide images, SVG or PDF"));
    report_->setText(tr("Workshop &Report (PDF)…"));
    report_->setToolTip(tr("A handout: cover with every scenario, one chart per page, "
                           "assumptions and sources"));
    seriesCsv_->setText(tr("Chart &Data (CSV)…"));
    settingsCsv_->setText(tr("Scenario &Settings (CSV)…"));
}

void ExportActions::askAndWrite(const QString& title, const QString& suffix, const QString& filter,
                                bool (ExportActions::*write)(const QString&)) {
    const QString path = askFile(title, fileStem(document_.workshopName()) + suffix, filter);
    if (!path.isEmpty()) {
        (this->*write)(path);
    }
}

QString ExportActions::askFile(const QString& title, const QString& suggestedName,
                               const QString& filter) {
    return QFileDialog::getSaveFileName(dialogParent_, title,
                                        QDir(startFolder()).filePath(suggestedName), filter);
}

bool ExportActions::exportAllCharts(const QString& folder) {
    document_.runPendingNow();
    ExportOptions options;
    options.workshopName = document_.workshopName();
    int written = 0;
    for (int i = 0; i < charts_.chartCount(); ++i) {
        const ChartInput& input = charts_.chart(i)->input();
        for (const auto format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
            options.format = format;
            const QString path =
                QDir(folder).filePath(ChartExporter::fileNameFor(input.spec, format));
            const ExportResult result = ChartExporter::exportChart(input, options, path);
            if (!result.ok) {
                if (reporter_ != nullptr) {
                    reporter_->reportSaveFailure(path, result.error);
                }
                return false;
            }
            ++written;
        }
    }
    settings::lastFolder.set(folder);
    Q_EMIT exported(
        tr("Exported %n file(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(folder)),
        QDir(folder).absolutePath());
    return true;
}

bool ExportActions::exportReport(const QString& path) {
    document_.runPendingNow();
    const auto& scenarios = charts_.chart(0)->input().scenarios;
    const ReportResult result = writeWorkshopReport(path, document_.workshop(), scenarios);
    if (!result.ok) {
        if (reporter_ != nullptr) {
            reporter_->reportSaveFailure(path, result.error);
        }
        return false;
    }
    settings::lastFolder.set(QFileInfo(path).absolutePath());
    Q_EMIT exported(tr("Exported the report (%n page(s)) to %1", nullptr, result.pageCount)
                        .arg(QDir::toNativeSeparators(path)),
                    QFileInfo(path).absolutePath());
    return true;
}

bool ExportActions::exportSeriesCsv(const QString& path) {
    document_.runPendingNow();
    const QByteArray csv = plottedSeriesCsv(allCharts(), charts_.chart(0)->input().scenarios);
    const ExportResult result = ChartExporter::writeAtomically(path, csv);
    if (!result.ok) {
        if (reporter_ != nullptr) {
            reporter_->reportSaveFailure(path, result.error);
        }
        return false;
    }
    Q_EMIT exported(tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                    QFileInfo(path).absolutePath());
    return true;
}

bool ExportActions::exportSettingsCsv(const QString& path) {
    const ExportResult result =
        ChartExporter::writeAtomically(path, settingsCsv(document_.workshop()));
    if (!result.ok) {
        if (reporter_ != nullptr) {
            reporter_->reportSaveFailure(path, result.error);
        }
        return false;
    }
    Q_EMIT exported(tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                    QFileInfo(path).absolutePath());
    return true;
}

} // namespace sovsim::ui
