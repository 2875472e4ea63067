#include "mainwindow/MainWindow.h"

#include "mainwindow/DialogErrorReporter.h"
#include "mainwindow/ExportActions.h"
#include "mainwindow/HelpWindows.h"
#include "mainwindow/Language.h"
#include "mainwindow/PresentationMode.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/StatusNotice.h"
#include "model/Autosave.h"
#include "model/ScenarioNames.h"
#include "model/ShippedTemplates.h"
#include "model/WorkshopDocument.h"
#include "model/WorkshopFiles.h"
#include "settings/Settings.h"
#include "sovsim/Model.h"
#include "sovsim/Presets.h"
#include "widgets/ChartsArea.h"
#include "widgets/CountryPanel.h"
#include "widgets/PanelScrollArea.h"
#include "widgets/ScenarioListPanel.h"
#include "widgets/ShockPanel.h"
#include "widgets/StrategyPanel.h"
#include "widgets/SummaryTable.h"
#include "widgets/WheelGuard.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace sovsim::ui {
namespace {

QString fileFilter() {
    return QCoreApplication::translate("sovsim::ui::MainWindow",
                                       "SovSim workshops and scenarios (*.json);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Language* language, QWidget* parent)
    : QMainWindow(parent), dialogReporter_(std::make_unique<DialogErrorReporter>(this)),
      reporter_(dialogReporter_.get()), language_(language), document_(new WorkshopDocument(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    // Scrolling a panel must never change a value on the way (see WheelGuard).
    qApp->installEventFilter(new WheelGuard(this));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    savePrompt_ = [](MainWindow& window) {
        return QMessageBox::warning(
            &window, tr("Unsaved changes"),
            tr("The workshop “%1” has changes that are not saved. Save them first?")
                .arg(window.document().workshopName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    recoveryPrompt_ = [](MainWindow& window, const Recovery& recovery) {
        QMessageBox box(
            QMessageBox::Question, tr("Restore unsaved work?"),
            tr("SovSim did not close normally last time. The workshop “%1” had "
               "changes that were not saved; they were kept on %2.")
                .arg(QString::fromStdString(recovery.workshop.name),
                     QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::NoButton, &window);
        auto* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        return box.clickedButton() == static_cast<QAbstractButton*>(restore);
    };
    saveLocationPrompt_ = [](MainWindow& window, const QString& suggested) {
        return QFileDialog::getSaveFileName(&window, tr("Save workshop"), suggested, fileFilter());
    };

    createPanels();
    createActions();
    createMenus();
    connectActions();

    connect(document_, &WorkshopDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &WorkshopDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &WorkshopDocument::workshopNameChanged, this, &MainWindow::updateTitle);
    connect(document_, &WorkshopDocument::currentIndexChanged, this, &MainWindow::updateStatus);
    connect(document_, &WorkshopDocument::scenarioListChanged, this, &MainWindow::updateStatus);

    document_->reset(sovsim::PresetCatalog::builtIn().defaultWorkshop());
    retranslate();
    fitToScreen();
}

void MainWindow::fitToScreen() {
    // Roomy on a desktop monitor, never larger than a laptop's screen: on 1366x768 a fixed size
    // would put the right-hand charts and the status bar off-screen. The margin leaves room for
    // the window frame and title bar.
    constexpr QSize preferred{1600, 1000};
    constexpr QSize frameAllowance{16, 48};
    const QScreen* screen =
        this->screen() != nullptr ? this->screen() : QGuiApplication::primaryScreen();
    if (screen == nullptr) {
        resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    resize(preferred.boundedTo(available.size() - frameAllowance));
    move(available.center() - rect().center());
}

MainWindow::~MainWindow() {
    document_->disconnect(this);
    // The panels hold references to the document, which is a child of this window and would
    // otherwise be deleted first; delete them while it still exists.
    delete centralWidget();
    for (auto* dock : findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly)) {
        delete dock;
    }
}

void MainWindow::createPanels() {
    chartsArea_ = new ChartsArea(*document_);
    summaryTable_ = new SummaryTable(*document_);
    centralTabs_ = new QTabWidget(this);
    centralTabs_->setDocumentMode(true);
    centralTabs_->addTab(chartsArea_, QString());
    centralTabs_->addTab(summaryTable_, QString());
    setCentralWidget(centralTabs_);

    scenarioList_ = new ScenarioListPanel(*document_);
    scenarioDock_ = new QDockWidget(this);
    scenarioDock_->setObjectName(QStringLiteral("ScenarioDock"));
    scenarioDock_->setWidget(scenarioList_);
    addDockWidget(Qt::LeftDockWidgetArea, scenarioDock_);

    countryPanel_ = new CountryPanel(*document_);
    strategyPanel_ = new StrategyPanel(*document_);
    shockPanel_ = new ShockPanel(*document_);
    editorTabs_ = new QTabWidget;
    editorTabs_->addTab(new PanelScrollArea(countryPanel_), QString());
    editorTabs_->addTab(new PanelScrollArea(strategyPanel_), QString());
    editorTabs_->addTab(new PanelScrollArea(shockPanel_), QString());
    editorDock_ = new QDockWidget(this);
    editorDock_->setObjectName(QStringLiteral("EditorDock"));
    editorDock_->setWidget(editorTabs_);
    addDockWidget(Qt::LeftDockWidgetArea, editorDock_);
    splitDockWidget(scenarioDock_, editorDock_, Qt::Vertical);
    resizeDocks({scenarioDock_, editorDock_}, {170, 800}, Qt::Vertical);
    resizeDocks({editorDock_}, {430}, Qt::Horizontal);

    historyView_ = new QUndoView(document_->undoStack());
    historyDock_ = new QDockWidget(this);
    historyDock_->setObjectName(QStringLiteral("HistoryDock"));
    historyDock_->setWidget(historyView_);
    addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    historyDock_->hide();

    statusScenario_ = new QLabel(this);
    statusBar()->addPermanentWidget(statusScenario_);
    statusNotice_ = new StatusNotice(this);
    statusBar()->addWidget(statusNotice_, 1);
}

void MainWindow::createPresentationMode(QToolBar* toolbar) {
    presentation_ = new PresentationMode(
        *this, *chartsArea_, QList<QDockWidget*>{scenarioDock_, editorDock_, historyDock_},
        QList<QWidget*>{toolbar, statusBar()});
}

void MainWindow::createActions() {
    auto make = [this](QKeySequence shortcut = {},
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto* action = new QAction(this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        if (icon != QStyle::SP_CustomBase) {
            action->setIcon(style()->standardIcon(icon));
        }
        return action;
    };
    actions_.newFile = make(QKeySequence::New, QStyle::SP_FileIcon);
    actions_.open = make(QKeySequence::Open, QStyle::SP_DialogOpenButton);
    actions_.save = make(QKeySequence::Save, QStyle::SP_DialogSaveButton);
    // QKeySequence::SaveAs is empty on Linux desktops; Ctrl+Shift+S is what users expect.
    actions_.saveAs = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    actions_.quit = make(QKeySequence::Quit);
    actions_.quit->setMenuRole(QAction::QuitRole);
    actions_.undo = document_->undoStack()->createUndoAction(this);
    actions_.undo->setShortcut(QKeySequence::Undo);
    actions_.undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    actions_.redo = document_->undoStack()->createRedoAction(this);
    actions_.redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    actions_.redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    actions_.renameWorkshop = make();
    actions_.copyTable = make();
    actions_.presentation = make(QKeySequence(Qt::Key_F5), QStyle::SP_DesktopIcon);
    actions_.presentation->setCheckable(true);
    actions_.hidePanels = make(QKeySequence(Qt::Key_F11));
    actions_.hidePanels->setCheckable(true);
    actions_.showCharts = make(QKeySequence(Qt::CTRL | Qt::Key_1));
    actions_.showTable = make(QKeySequence(Qt::CTRL | Qt::Key_2));
    actions_.about = make();
    actions_.about->setMenuRole(QAction::AboutRole);
    actions_.userGuide = make(QKeySequence::HelpContents);
    connect(actions_.userGuide, &QAction::triggered, this, [this] {
        auto* guide = new UserGuideWindow(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    actions_.shortcuts = make();
    connect(actions_.shortcuts, &QAction::triggered, this, [this] {
        auto* dialog = new ShortcutsDialog(*this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    actions_.openLogFolder = make();
    connect(actions_.openLogFolder, &QAction::triggered, this, [] {
        QDir().mkpath(logFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(logFolder()));
    });

    connect(actions_.newFile, &QAction::triggered, this, [this] {
        if (maybeSave()) {
            newWorkshop();
        }
    });
    connect(actions_.open, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(actions_.save, &QAction::triggered, this, &MainWindow::save);
    connect(actions_.saveAs, &QAction::triggered, this, &MainWindow::saveAsWithDialog);
    connect(actions_.quit, &QAction::triggered, this, &QWidget::close);
    connect(actions_.renameWorkshop, &QAction::triggered, this,
            &MainWindow::renameWorkshopWithDialog);
    connect(actions_.copyTable, &QAction::triggered, summaryTable_, &SummaryTable::copyToClipboard);
    connect(actions_.showCharts, &QAction::triggered, this,
            [this] { centralTabs_->setCurrentWidget(chartsArea_); });
    connect(actions_.showTable, &QAction::triggered, this,
            [this] { centralTabs_->setCurrentWidget(summaryTable_); });
    connect(actions_.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectActions() {
    connect(actions_.presentation, &QAction::toggled, presentation_, &PresentationMode::setActive);
    connect(presentation_, &PresentationMode::activeChanged, actions_.presentation,
            &QAction::setChecked);
    connect(actions_.hidePanels, &QAction::toggled, presentation_,
            &PresentationMode::setPanelsHidden);
    connect(presentation_, &PresentationMode::panelsHiddenChanged, actions_.hidePanels,
            &QAction::setChecked);
    // Escape leaves presentation mode, as in slide software.
    // Enabled only in the mode, so Escape keeps cancelling edits and dialogs otherwise.
    auto* leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WindowShortcut);
    leave->setEnabled(false);
    connect(leave, &QAction::triggered, presentation_, [this] { presentation_->setActive(false); });
    connect(presentation_, &PresentationMode::activeChanged, leave, &QAction::setEnabled);
    addAction(leave);
}

void MainWindow::createMenus() {
    menus_.file = menuBar()->addMenu(QString());
    menus_.file->addAction(actions_.newFile);
    menus_.file->addAction(actions_.open);
    menus_.recent = menus_.file->addMenu(QString());
    recentFiles_ = new RecentFiles(menus_.recent, this);
    connect(recentFiles_, &RecentFiles::openRequested, this, [this](const QString& path) {
        if (maybeSave()) {
            openFile(path);
        }
    });
    menus_.file->addSeparator();
    menus_.file->addAction(actions_.save);
    menus_.file->addAction(actions_.saveAs);
    menus_.file->addSeparator();
    exportMenu_ = menus_.file->addMenu(QString());
    exportActions_ = new ExportActions(*document_, *chartsArea_, this, exportMenu_);
    exportActions_->setErrorReporter(reporter_);
    connect(exportActions_, &ExportActions::exported, statusNotice_, &StatusNotice::show);
    connect(chartsArea_, &ChartsArea::exported, statusNotice_, &StatusNotice::show);
    menus_.file->addSeparator();
    menus_.file->addAction(actions_.quit);

    menus_.edit = menuBar()->addMenu(QString());
    menus_.edit->addAction(actions_.undo);
    menus_.edit->addAction(actions_.redo);
    menus_.edit->addSeparator();
    menus_.edit->addAction(actions_.renameWorkshop);
    menus_.edit->addAction(actions_.copyTable);

    menus_.scenario = menuBar()->addMenu(QString());
    menus_.scenario->addMenu(scenarioList_->addMenu());
    menus_.scenario->addSeparator();
    for (auto* action : scenarioList_->editActions()) {
        menus_.scenario->addAction(action);
    }

    menus_.view = menuBar()->addMenu(QString());
    menus_.view->addAction(actions_.presentation);
    menus_.view->addAction(actions_.hidePanels);
    menus_.view->addSeparator();
    menus_.view->addAction(actions_.showCharts);
    menus_.view->addAction(actions_.showTable);
    menus_.view->addSeparator();
    menus_.view->addAction(scenarioDock_->toggleViewAction());
    menus_.view->addAction(editorDock_->toggleViewAction());
    menus_.view->addAction(historyDock_->toggleViewAction());
    if (language_ != nullptr) {
        menus_.view->addSeparator();
        menus_.language = menus_.view->addMenu(QString());
        actions_.languages = new QActionGroup(this);
        for (const auto& code : Language::available()) {
            auto* action = menus_.language->addAction(Language::nativeName(code));
            action->setCheckable(true);
            action->setChecked(code == language_->current());
            action->setData(code);
            actions_.languages->addAction(action);
            connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        }
    }

    menus_.help = menuBar()->addMenu(QString());
    menus_.help->addAction(actions_.userGuide);
    menus_.help->addAction(actions_.shortcuts);
    menus_.help->addSeparator();
    menus_.help->addAction(actions_.openLogFolder);
    menus_.help->addSeparator();
    menus_.help->addAction(actions_.about);

    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(actions_.newFile);
    toolbar->addAction(actions_.open);
    toolbar->addAction(actions_.save);
    toolbar->addSeparator();
    toolbar->addAction(actions_.undo);
    toolbar->addAction(actions_.redo);
    toolbar->addSeparator();
    toolbar->addAction(actions_.presentation);
    toolbar->addAction(actions_.hidePanels);
    createPresentationMode(toolbar);
}

void MainWindow::retranslate() {
    menus_.file->setTitle(tr("&File"));
    menus_.edit->setTitle(tr("&Edit"));
    menus_.scenario->setTitle(tr("&Scenario"));
    menus_.view->setTitle(tr("&View"));
    menus_.help->setTitle(tr("&Help"));
    if (menus_.language != nullptr) {
        menus_.language->setTitle(tr("&Language"));
    }
    exportMenu_->setTitle(tr("&Export"));
    exportActions_->retranslate();
    recentFiles_->retranslate();

    actions_.newFile->setText(tr("&New Workshop"));
    actions_.newFile->setToolTip(tr("Start again from the default workshop"));
    actions_.open->setText(tr("&Open…"));
    actions_.open->setToolTip(tr("Open a workshop or scenario file"));
    actions_.save->setText(tr("&Save"));
    actions_.save->setToolTip(tr("Save the workshop"));
    actions_.saveAs->setText(tr("Save &As…"));
    actions_.quit->setText(tr("&Quit"));
    // The menu names the step ("Undo Change GDP"); the toolbar button stays short.
    actions_.undo->setIconText(tr("Undo"));
    actions_.redo->setIconText(tr("Redo"));
    actions_.renameWorkshop->setText(tr("Rename &Workshop…"));
    actions_.copyTable->setText(tr("&Copy Summary Table"));
    actions_.presentation->setText(tr("&Presentation Mode"));
    actions_.presentation->setToolTip(
        tr("Full screen with larger text and lines for a projector (F5; Esc leaves)"));
    actions_.hidePanels->setText(tr("&Hide Editing Panels"));
    actions_.hidePanels->setToolTip(tr("Hide or show the scenario and editing panels (F11)"));
    actions_.showCharts->setText(tr("Show &Charts"));
    actions_.showTable->setText(tr("Show Summary &Table"));
    actions_.about->setText(tr("&About SovSim"));
    actions_.userGuide->setText(tr("&User Guide"));
    actions_.shortcuts->setText(tr("&Keyboard Shortcuts"));
    actions_.openLogFolder->setText(tr("Open &Log Folder"));
    actions_.openLogFolder->setToolTip(
        tr("The folder with SovSim's log files, to send when something went wrong"));

    centralTabs_->setTabText(0, tr("Charts"));
    centralTabs_->setTabText(1, tr("Summary table"));
    editorTabs_->setTabText(0, tr("Country"));
    editorTabs_->setTabText(1, tr("Strategy"));
    editorTabs_->setTabText(2, tr("Shocks"));
    editorTabs_->setTabToolTip(0, tr("The country's resources: energy, money, data, talent, "
                                     "compute and geopolitics"));
    editorTabs_->setTabToolTip(1, tr("Postures on the AI stack and policy levers"));
    editorTabs_->setTabToolTip(2, tr("Events that test the strategy under stress"));
    scenarioDock_->setWindowTitle(tr("Scenarios"));
    editorDock_->setWindowTitle(tr("Edit scenario"));
    historyDock_->setWindowTitle(tr("History"));
    historyView_->setEmptyLabel(tr("<workshop as opened>"));
    historyView_->setAccessibleName(tr("Undo history"));
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("MainToolBar"))) {
        toolbar->setWindowTitle(tr("Main toolbar"));
    }
    updateTitle();
    updateStatus();
}

void MainWindow::updateStatus() {
    const int i = document_->currentIndex();
    statusScenario_->setText(
        document_->isValidIndex(i)
            ? tr("Editing: %1").arg(ScenarioNames::display(document_->scenario(i)))
            : QString());
}

void MainWindow::updateTitle() {
    // The title follows every change of file or template, so the autosave's note of where the
    // workshop belongs is kept in step here, in one place.
    if (autosave_ != nullptr) {
        autosave_->setOrigin(document_->filePath(), templateSource_);
    }
    const QString path = document_->filePath();
    QString file = QFileInfo(path).fileName();
    if (path.isEmpty()) {
        file = templateSource_.isEmpty()
                   ? tr("New workshop")
                   : tr("%1 (template)").arg(QFileInfo(templateSource_).fileName());
    }
    setWindowTitle(tr("%1[*] - %2 - SovSim").arg(file, document_->workshopName()));
    setWindowModified(document_->isModified());
    setWindowFilePath(path);
}

void MainWindow::setErrorReporter(ErrorReporter* reporter) {
    reporter_ = reporter != nullptr ? reporter : dialogReporter_.get();
    exportActions_->setErrorReporter(reporter_);
}

void MainWindow::setSavePrompt(SavePrompt prompt) {
    savePrompt_ = std::move(prompt);
}

QString MainWindow::logFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

void MainWindow::setRecoveryPrompt(RecoveryPrompt prompt) {
    recoveryPrompt_ = std::move(prompt);
}

void MainWindow::startSession(const QString& autosaveFolder) {
    if (autosave_ == nullptr) {
        autosave_ = new Autosave(*document_, autosaveFolder, this);
        connect(autosave_, &Autosave::failed, this, [this](const QString& reason) {
            statusBar()->showMessage(tr("Autosave failed: %1").arg(reason), 8000);
        });
    }
    if (const auto left = Autosave::leftover(autosaveFolder)) {
        spdlog::warn("the session of process {} did not end normally; its autosave is from {}",
                     left->pid, left->savedAt.toString(Qt::ISODate).toStdString());
        if (recoveryPrompt_(*this, *left)) {
            restore(*left);
        } else {
            spdlog::info("autosave of process {} discarded", left->pid);
        }
        Autosave::discard(autosaveFolder, left->pid);
    }
    autosave_->setOrigin(document_->filePath(), templateSource_);
    autosave_->start();
}

void MainWindow::restore(const Recovery& recovery) {
    loadedAsScenarioFile_ = false;
    const bool fileStillThere = !recovery.file.isEmpty() && QFileInfo::exists(recovery.file);
    templateSource_ = fileStillThere ? QString() : recovery.templateSource;
    document_->reset(recovery.workshop, fileStillThere ? recovery.file : QString());
    // Unsaved, as it was when the session ended: closing asks, Save writes it back.
    document_->undoStack()->resetClean();
    updateTitle(); // also tells the autosave where the workshop now belongs
    spdlog::info("restored the autosave of process {}", recovery.pid);
    statusBar()->showMessage(
        tr("Restored the workshop autosaved on %1. It is not saved yet.")
            .arg(QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)),
        10000);
}

void MainWindow::setSaveLocationPrompt(SaveLocationPrompt prompt) {
    saveLocationPrompt_ = std::move(prompt);
}

// --- Files -------------------------------------------------------------------------------------

bool MainWindow::openFile(const QString& path) {
    const sovsim::LoadResult result = readWorkshopFile(path);
    if (!result.ok()) {
        spdlog::warn("could not open {}: {}", path.toStdString(), result.errors.front().toString());
        reporter_->reportLoadFailure(path, result.errors);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    loadedAsScenarioFile_ = !result.isWorkshop;
    recentFiles_->add(absolute);
    if (ShippedTemplates::isTemplate(absolute)) {
        // Edited as a copy with no file behind it: Save asks where, and the shipped (or
        // read-only) file is never overwritten.
        templateSource_ = absolute;
        document_->reset(result.workshop);
        spdlog::info("opened {} as a template", absolute.toStdString());
        updateTitle();
        statusBar()->showMessage(tr("Opened %1 as a template: Save asks where to keep your copy.")
                                     .arg(QDir::toNativeSeparators(absolute)),
                                 8000);
        return true;
    }
    templateSource_.clear();
    document_->reset(result.workshop, absolute);
    spdlog::info("opened {}", absolute.toStdString());
    settings::lastFolder.set(QFileInfo(absolute).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

bool MainWindow::saveTo(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const sovsim::Workshop workshop = document_->workshop();
    // A file opened as a single scenario stays a scenario file while it holds one scenario.
    const bool asScenario = loadedAsScenarioFile_ && workshop.scenarios.size() == 1 &&
                            absolute == document_->filePath();
    const QString error = writeWorkshopFile(absolute, workshop, asScenario);
    if (!error.isEmpty()) {
        spdlog::error("could not save {}: {}", absolute.toStdString(), error.toStdString());
        reporter_->reportSaveFailure(absolute, error);
        return false;
    }
    spdlog::info("saved {}", absolute.toStdString());
    loadedAsScenarioFile_ = asScenario;
    templateSource_.clear();
    document_->markSaved(absolute);
    recentFiles_->add(absolute);
    settings::lastFolder.set(QFileInfo(absolute).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

void MainWindow::newWorkshop() {
    loadedAsScenarioFile_ = false;
    templateSource_.clear();
    document_->reset(sovsim::PresetCatalog::builtIn().defaultWorkshop());
}

QString MainWindow::dialogFolder() const {
    const QString last = settings::lastFolder.get();
    // The user's own last folder, but never a folder of shipped templates (a copy saved there
    // would be a template again).
    if (!last.isEmpty() && QFileInfo(last).isDir() &&
        !ShippedTemplates::isTemplate(QDir(last).filePath(QStringLiteral("x.json")))) {
        return last;
    }
    return ShippedTemplates::saveFolder();
}

void MainWindow::openWithDialog() {
    if (!maybeSave()) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workshop"), dialogFolder(), fileFilter());
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool MainWindow::save() {
    if (document_->filePath().isEmpty()) {
        return saveAsWithDialog();
    }
    return saveTo(document_->filePath());
}

bool MainWindow::saveAsWithDialog() {
    QString suggested = document_->filePath();
    if (suggested.isEmpty()) {
        QString name = document_->workshopName().toLower();
        name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
        suggested = QDir(dialogFolder()).filePath(name + QStringLiteral(".json"));
    }
    QString path = saveLocationPrompt_(*this, suggested);
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".json");
    }
    return saveTo(path);
}

bool MainWindow::maybeSave() {
    if (!document_->isModified()) {
        return true;
    }
    switch (savePrompt_(*this)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::renameWorkshopWithDialog() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename workshop"), tr("Workshop name:"),
                                               QLineEdit::Normal, document_->workshopName(), &ok);
    if (ok) {
        document_->renameWorkshop(name);
    }
}

void MainWindow::setLanguage(const QString& code) {
    if (language_ == nullptr) {
        return;
    }
    if (!language_->apply(code)) {
        statusBar()->showMessage(tr("The translation could not be loaded."), 5000);
    }
    settings::language.set(language_->current());
    for (auto* action : actions_.languages->actions()) {
        action->setChecked(action->data().toString() == language_->current());
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About SovSim"),
        tr("<h3>SovSim %1</h3><p>A scenario simulator for national AI sovereignty: how a "
           "country's resources, its posture on each layer of the AI stack and its policy levers "
           "shape compute access, energy, bargaining leverage and cost, with and without "
           "shocks.</p><p>Model version %2.</p>")
            .arg(QStringLiteral(SOVSIM_VERSION),
                 QString::fromUtf8(sovsim::kModelVersion.data(),
                                   static_cast<qsizetype>(sovsim::kModelVersion.size()))));
}

// --- Window ------------------------------------------------------------------------------------

void MainWindow::restoreLayout() {
    const QByteArray geometry = settings::windowGeometry.get();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = settings::windowState.get();
    if (!state.isEmpty()) {
        restoreState(state);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (presentation_->isActive()) {
        presentation_->setActive(false);
    }
    presentation_->setPanelsHidden(false);
    if (autosave_ != nullptr) {
        autosave_->finish(); // a normal end: nothing to recover next time
    }
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace sovsim::ui
