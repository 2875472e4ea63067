#pragma once
// The dialog to export charts from the window: which charts, formats, slide size, theme and
// folder, remembered between runs. A chart panel's export button opens it for its own chart;
// the window's File > Export menu can open it for all of them.

#include "charts/ChartData.h"
#include "export/ChartExporter.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sovsim::ui {

// What the window is showing, handed to the exports when the user asks for one.
struct ExportContext {
    QString workshopName; // shown in the captions
    // What the charts draw (names, colours, projections, visibility, shocks). The projections
    // must stay valid while the dialog is open.
    std::vector<PlottedScenario> scenarios;
    int differenceReference = -1; // as in the charts; -1 for absolute values
};

class ChartExportDialog : public QDialog {
    Q_OBJECT

public:
    // `onlyChart`: preselect just this chart id (a chart panel's export button); empty: all.
    ChartExportDialog(ExportContext context, const QString& onlyChart, QWidget* parent = nullptr);

    // The chosen options (for tests): charts by id, formats, size, theme, folder.
    QStringList selectedCharts() const;
    std::vector<ExportFormat> selectedFormats() const;
    ExportOptions options() const;
    QString folder() const;
    void setFolder(const QString& folder);

    // Writes the files; on failure shows what went wrong. Returns the paths written.
    QStringList exportNow();

    void accept() override;

    // Asked before a folder that does not exist is created (default: a message box).
    using CreateFolderPrompt = std::function<bool(QWidget* parent, const QString& folder)>;
    void setCreateFolderPrompt(CreateFolderPrompt prompt);

Q_SIGNALS:
    // Files were written: a message for the status bar and the folder they are in.
    void exported(const QString& message, const QString& folder);

private:
    void browse();
    void updateSizeFields();
    void updateEnabled();

    ExportContext context_;
    QListWidget* charts_ = nullptr;
    QCheckBox* png_ = nullptr;
    QCheckBox* svg_ = nullptr;
    QCheckBox* pdf_ = nullptr;
    QComboBox* size_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QComboBox* theme_ = nullptr;
    QCheckBox* transparent_ = nullptr;
    QLineEdit* folder_ = nullptr;
    QLabel* status_ = nullptr;
    CreateFolderPrompt createFolderPrompt_;
};

} // namespace sovsim::ui
