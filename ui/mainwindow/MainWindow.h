#pragma once
// The workshop window: the scenario list and the editing panels (country, strategy, shocks) in
// docks on the left, the comparison charts and the summary table in the middle, the undo
// history on demand. It owns the document and turns menu actions into document operations;
// file problems go to an ErrorReporter so tests can intercept them.

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QUndoView;

namespace sovsim {
struct Workshop;
}

namespace sovsim::ui {

class Autosave;
struct Recovery;
class ChartsArea;
class CountryPanel;
class ErrorReporter;
class ExportActions;
class Language;
class PresentationMode;
class RecentFiles;
class ScenarioListPanel;
class StatusNotice;
class ShockPanel;
class StrategyPanel;
class SummaryTable;
class WorkshopDocument;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `language` may be null (tests); the Language menu is then hidden.
    explicit MainWindow(Language* language = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkshopDocument& document() const { return *document_; }

    // --- Files (the menu actions call these after asking for a name) --------------------------
    // Opens `path`, replacing the current workshop. On failure the reporter is told (file,
    // line:column, field) and the current workshop is kept. Does not ask about unsaved changes.
    bool openFile(const QString& path);
    // Saves to `path` atomically and makes it the document's file. Reports failures.
    bool saveTo(const QString& path);
    // Replaces the workshop by the default workshop (no file).
    void newWorkshop();
    // Reads window layout from the settings (call once after construction).
    void restoreLayout();

    // Replaces the dialog-based reporter (not owned; must outlive the window or be reset).
    void setErrorReporter(ErrorReporter* reporter);
    // What to do with unsaved changes before they would be lost: QMessageBox::Save, Discard or
    // Cancel. The default asks the user in a message box.
    using SavePrompt = std::function<int(MainWindow&)>;
    void setSavePrompt(SavePrompt prompt);
    // Asks where to save, starting from `suggested`; an empty result cancels. The default is a
    // file dialog.
    using SaveLocationPrompt = std::function<QString(MainWindow&, const QString& suggested)>;
    void setSaveLocationPrompt(SaveLocationPrompt prompt);
    // Saves to the document's file, or asks where first (a new workshop or a template).
    bool save();
    // --- Never lose a workshop ------------------------------------------------------------------
    // Starts autosaving into `folder` (Autosave::defaultFolder() in the app) and, when a
    // previous session left unsaved changes there, offers to restore them.
    void startSession(const QString& autosaveFolder);
    // Replaces the workshop by an autosaved one; it stays unsaved (Save writes it back to its
    // file, or asks where).
    void restore(const Recovery& recovery);
    // Whether to restore what a previous session left: true restores, false discards. The
    // default asks in a message box.
    using RecoveryPrompt = std::function<bool(MainWindow&, const Recovery&)>;
    void setRecoveryPrompt(RecoveryPrompt prompt);
    Autosave* autosave() const { return autosave_; }
    // Where the app keeps its log files (Help > Open Log Folder).
    static QString logFolder();

    // The shipped file the open workshop was opened from as a template; empty otherwise.
    const QString& templateSource() const { return templateSource_; }

    // --- Parts, for tests and screenshots -------------------------------------------------------
    CountryPanel* countryPanel() const { return countryPanel_; }
    StrategyPanel* strategyPanel() const { return strategyPanel_; }
    ShockPanel* shockPanel() const { return shockPanel_; }
    ScenarioListPanel* scenarioList() const { return scenarioList_; }
    ChartsArea* chartsArea() const { return chartsArea_; }
    SummaryTable* summaryTable() const { return summaryTable_; }
    QTabWidget* editorTabs() const { return editorTabs_; }
    QTabWidget* centralTabs() const { return centralTabs_; }
    PresentationMode* presentationMode() const { return presentation_; }
    // File > Export: charts, report and data.
    ExportActions* exportActions() const { return exportActions_; }
    // What was just exported or copied, in the status bar.
    StatusNotice* statusNotice() const { return statusNotice_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPanels();
    void createActions();
    void createMenus();
    void createPresentationMode(QToolBar* toolbar);
    void connectActions();
    void updateStatus();
    void retranslate();
    // The first size: as roomy as the screen allows, centred.
    void fitToScreen();
    void updateTitle();
    bool maybeSave();
    void openWithDialog();
    bool saveAsWithDialog();
    void renameWorkshopWithDialog();
    void setLanguage(const QString& code);
    void showAbout();
    QString dialogFolder() const;

    std::unique_ptr<ErrorReporter> dialogReporter_;
    ErrorReporter* reporter_ = nullptr;
    SavePrompt savePrompt_;
    SaveLocationPrompt saveLocationPrompt_;
    QString templateSource_;
    RecoveryPrompt recoveryPrompt_;
    Autosave* autosave_ = nullptr;
    Language* language_ = nullptr;
    WorkshopDocument* document_ = nullptr;
    bool loadedAsScenarioFile_ = false;

    ScenarioListPanel* scenarioList_ = nullptr;
    CountryPanel* countryPanel_ = nullptr;
    StrategyPanel* strategyPanel_ = nullptr;
    ShockPanel* shockPanel_ = nullptr;
    ChartsArea* chartsArea_ = nullptr;
    SummaryTable* summaryTable_ = nullptr;
    QTabWidget* editorTabs_ = nullptr;
    QTabWidget* centralTabs_ = nullptr;
    QDockWidget* scenarioDock_ = nullptr;
    QDockWidget* editorDock_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    QUndoView* historyView_ = nullptr;
    PresentationMode* presentation_ = nullptr;
    RecentFiles* recentFiles_ = nullptr;
    QLabel* statusScenario_ = nullptr;
    StatusNotice* statusNotice_ = nullptr;

    struct Actions {
        QAction* newFile = nullptr;
        QAction* open = nullptr;
        QAction* save = nullptr;
        QAction* saveAs = nullptr;
        QAction* quit = nullptr;
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* renameWorkshop = nullptr;
        QAction* copyTable = nullptr;
        QAction* presentation = nullptr;
        QAction* hidePanels = nullptr;
        QAction* showCharts = nullptr;
        QAction* showTable = nullptr;
        QAction* about = nullptr;
        QAction* openLogFolder = nullptr;
        QAction* userGuide = nullptr;
        QAction* shortcuts = nullptr;
        QActionGroup* languages = nullptr;
    } actions_;
    struct Menus {
        QMenu* file = nullptr;
        QMenu* recent = nullptr;
        QMenu* edit = nullptr;
        QMenu* scenario = nullptr;
        QMenu* view = nullptr;
        QMenu* language = nullptr;
        QMenu* help = nullptr;
    } menus_;
    QMenu* exportMenu_ = nullptr;
    ExportActions* exportActions_ = nullptr;
};

} // namespace sovsim::ui
