// sovsim: the workshop app. Sets up logging, the application, settings and the language, then
// opens the main window on the file given on the command line or on the default workshop.

#include "mainwindow/Language.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Screenshots.h"
#include "model/Autosave.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

constexpr const char* kNoDisplayHelp =
    "SovSim needs a graphical desktop. Run it from a desktop session, or use the command-line\n"
    "tool instead, e.g.\n"
    "  sovsim-cli summary scenarios/workshops/default.json\n";

// Context for the few texts of the entry point (command-line help).
class AppText {
    Q_DECLARE_TR_FUNCTIONS(AppText)
};

// Qt's own warnings go to the same log as ours.
void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message) {
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
        spdlog::error("qt: {}", text);
        break;
    case QtFatalMsg:
        spdlog::critical("qt: {}", text);
        if (message.contains(QLatin1String("platform plugin")) ||
            message.contains(QLatin1String("display"))) {
            // Qt aborts next; say in plain words what happened and what to do instead.
            std::fputs(kNoDisplayHelp, stderr);
        }
        break;
    }
}

bool hasArgument(int argc, char** argv, const char* name) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

// Without a display Qt aborts with a message about platform plugins that means nothing to a
// workshop user; say plainly what is wrong and what to do instead.
bool displayAvailable() {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// Adds a size-capped log file in the application data folder, so a user can send it when
// something went wrong (Help > Open Log Folder).
void addLogFile() {
    const QString folder = sovsim::ui::MainWindow::logFolder();
    if (!QDir().mkpath(folder)) {
        spdlog::warn("no log file: the folder {} cannot be created", folder.toStdString());
        return;
    }
    constexpr std::size_t kMaxBytes = 1024 * 1024;
    constexpr std::size_t kKeptFiles = 3;
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(folder).filePath(QStringLiteral("sovsim.log")).toStdString(), kMaxBytes,
            kKeptFiles);
        file->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] [pid %P] %v");
        spdlog::default_logger()->sinks().push_back(std::move(file));
        spdlog::default_logger()->flush_on(spdlog::level::info);
    } catch (const spdlog::spdlog_ex& e) {
        spdlog::warn("no log file: {}", e.what());
    }
}

// Applies `--set PATH=VALUE` to every scenario, as edits that can be undone. Returns an error
// message, or an empty string.
QString applySettings(sovsim::ui::MainWindow& window, const QStringList& settings) {
    auto& document = window.document();
    for (const QString& setting : settings) {
        const auto equals = setting.indexOf(QLatin1Char('='));
        const QString path = setting.left(equals);
        const auto* parameter = equals > 0 ? sovsim::findParameter(path.toStdString()) : nullptr;
        bool ok = false;
        const double value = setting.mid(equals + 1).toDouble(&ok);
        if (parameter == nullptr || !ok) {
            return AppText::tr("--set %1: expected PATH=NUMBER with a parameter path such as "
                               "country.gdp_usd_bn (see sovsim-cli list parameters)")
                .arg(setting);
        }
        if (value < parameter->min || value > parameter->max) {
            return AppText::tr("--set %1: the value must be in [%2, %3]")
                .arg(setting)
                .arg(parameter->min)
                .arg(parameter->max);
        }
        for (int i = 0; i < document.scenarioCount(); ++i) {
            document.setParameter(i, *parameter, value);
        }
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    spdlog::set_default_logger(spdlog::stderr_color_mt("sovsim"));
    spdlog::set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
    qInstallMessageHandler(forwardQtMessage);

    // Screenshots are rendered without a display, and --help and --version only print text, so
    // neither needs one.
    const bool printsOnly = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                            hasArgument(argc, argv, "--help-all") ||
                            hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    if ((printsOnly || hasArgument(argc, argv, "--screenshot")) && !displayAvailable()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (!displayAvailable()) {
        std::fputs("SovSim cannot open its window: no display was found (DISPLAY and "
                   "WAYLAND_DISPLAY are not set).\n",
                   stderr);
        std::fputs(kNoDisplayHelp, stderr);
        return 2;
    }

    // Fractional scale factors (125 %, 150 %) are passed through instead of rounded, so text and
    // lines are sharp and correctly sized on high-DPI laptops and projectors.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SovSim"));
    QApplication::setOrganizationName(QStringLiteral("SovSim"));
    QApplication::setApplicationVersion(QStringLiteral(SOVSIM_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("SovSim"));
    const bool screenshots = hasArgument(argc, argv, "--screenshot");
    if (!screenshots && !printsOnly) {
        addLogFile();
        spdlog::info("SovSim {} started", SOVSIM_VERSION);
    }

    sovsim::ui::Language language;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AppText::tr("SovSim: a workshop simulator for national AI sovereignty."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        AppText::tr("Workshop or scenario file to open (default: the default "
                    "workshop)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        AppText::tr("Render the main window and each chart to PNG files in DIR, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            AppText::tr("Interface language: en or zh_TW."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        AppText::tr("Change a parameter in every scenario after opening, as an edit that can be "
                    "undone (repeatable), e.g. country.gdp_usd_bn=900."),
        QStringLiteral("PATH=VALUE"));
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);
    parser.addOption(setOption);
    parser.process(app);

    const QString code = parser.isSet(languageOption) ? parser.value(languageOption)
                                                      : sovsim::ui::Language::preferred();
    if (!language.apply(code)) {
        spdlog::warn("translation '{}' could not be loaded; using English", code.toStdString());
    }

    // Screenshots must not depend on, or change, the user's remembered layout and files.
    QTemporaryDir screenshotSettings;
    if (parser.isSet(screenshotOption)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());
    }

    sovsim::ui::MainWindow window(&language);
    if (parser.isSet(screenshotOption)) {
        const QStringList files = parser.positionalArguments();
        if (!files.isEmpty() && !window.openFile(files.first())) {
            spdlog::error("could not open {}", files.first().toStdString());
            return 1;
        }
        QString error;
        const QStringList written =
            sovsim::ui::writeScreenshots(window, &language, parser.value(screenshotOption), &error);
        for (const auto& file : written) {
            spdlog::info("wrote {}", QDir::toNativeSeparators(file).toStdString());
        }
        if (!error.isEmpty()) {
            spdlog::error("{}", error.toStdString());
            return 1;
        }
        return 0;
    }

    window.restoreLayout();
    window.show();
    const QStringList files = parser.positionalArguments();
    const QStringList settings = parser.values(setOption);
    // After the window is shown, so a load error appears over it; the default workshop stays
    // open in that case. Then the autosave starts and offers what a crashed session left.
    QTimer::singleShot(0, &window, [&window, files, settings] {
        if (!files.isEmpty()) {
            window.openFile(files.first());
        }
        if (const QString problem = applySettings(window, settings); !problem.isEmpty()) {
            spdlog::error("{}", problem.toStdString());
        }
        window.startSession(sovsim::ui::Autosave::defaultFolder());
    });
    const int status = QApplication::exec();
    spdlog::info("SovSim ended normally");
    return status;
}
