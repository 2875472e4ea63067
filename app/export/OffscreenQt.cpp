#include "OffscreenQt.h"

#include <QApplication>
#include <spdlog/spdlog.h>

namespace sovsim::cli {
namespace {

void logQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message) {
    const std::string text = message.toStdString();
    switch (type) {
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("Qt: {}", text);
        break;
    default:
        spdlog::debug("Qt: {}", text); // font and platform chatter: visible with --verbose
        break;
    }
}

// QApplication keeps references to argc and argv for its whole life.
int gArgc = 1;
char gProgram[] = "sovsim-cli";
char* gArgv[] = {gProgram, nullptr};

} // namespace

OffscreenQt::OffscreenQt() {
    if (QCoreApplication::instance() != nullptr) {
        return;
    }
    qInstallMessageHandler(logQtMessage);
    // Rendering to files never needs a window. The offscreen platform works with or without a
    // display (and also when DISPLAY points at a server that is gone), and renders the same
    // pixels everywhere. A platform the user set explicitly is respected.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    app_ = std::make_unique<QApplication>(gArgc, gArgv);
}

OffscreenQt::~OffscreenQt() {
    if (app_) {
        app_.reset();
        qInstallMessageHandler(nullptr);
    }
}

} // namespace sovsim::cli
