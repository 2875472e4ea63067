#pragma once
// The File > Export menu: every chart as slide-ready PNG, SVG and PDF, the workshop report, and
// the data as CSV. The drawing and writing are the export module's (ui/export/); this asks for
// the file names, exports what the window currently shows, and reports failures.

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace sovsim::ui {

class ChartsArea;
class ErrorReporter;
class WorkshopDocument;

class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(WorkshopDocument& document, ChartsArea& charts, QWidget* dialogParent,
                  QMenu* menu);

    void setErrorReporter(ErrorReporter* reporter) { reporter_ = reporter; }
    void retranslate();

    // The exports without dialogs (tests, scripts). Each returns false after reporting.
    // All charts as shown, as 1920 x 1080 PNG, SVG and PDF.
    bool exportAllCharts(const QString& folder);
    bool exportReport(const QString& path);
    bool exportSeriesCsv(const QString& path);
    bool exportSettingsCsv(const QString& path);

Q_SIGNALS:
    // A short message for the status bar ("Exported 18 files to ...") and the folder written
    // to, for its "Open folder" button.
    void exported(const QString& message, const QString& folder);

private:
    QString askFile(const QString& title, const QString& suggestedName, const QString& filter);
    // Asks for a file named after the workshop with `suffix`, then writes it with `write`.
    void askAndWrite(const QString& title, const QString& suffix, const QString& filter,
                     bool (ExportActions::*write)(const QString&));

    WorkshopDocument& document_;
    ChartsArea& charts_;
    QWidget* dialogParent_;
    ErrorReporter* reporter_ = nullptr;
    QAction* allCharts_ = nullptr;
    QAction* report_ = nullptr;
    QAction* seriesCsv_ = nullptr;
    QAction* settingsCsv_ = nullptr;
};

} // namespace sovsim::ui
