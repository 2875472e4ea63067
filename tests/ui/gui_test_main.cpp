// The one main of the UI tests: the QApplication must exist before any test creates a widget,
// and tests must never read or write a real user's settings, fonts or locale.
#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <cstdlib>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // Tests run headless unless the caller chose a platform (ctest sets offscreen as well).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    // Fixed scale factor so pixel sizes do not depend on the machine's display settings.
    qputenv("QT_SCALE_FACTOR", "1");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SovSimTests"));
    QApplication::setOrganizationName(QStringLiteral("SovSimTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
