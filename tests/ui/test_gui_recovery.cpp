// Never lose a workshop: the real app, killed mid-edit, leaves an autosave that the next
// session offers and restores exactly; a session that ends normally leaves nothing behind.

#include "mainwindow/MainWindow.h"
#include "model/Autosave.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "sovsim/ScenarioFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

const sovsim::ParameterInfo& gdp() {
    return *sovsim::findParameter("country.gdp_usd_bn");
}

bool waitForFile(const QString& path, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(path)) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

TEST(RecoveryTest, AKilledSessionIsRestoredExactly) {
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString workshop = home.filePath(QStringLiteral("w.json"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(SOVSIM_SCENARIO_DIR "/workshops/default.json"), workshop));
    QFile::setPermissions(workshop, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The real app, in its own data folders, opens the file and edits it.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SOVSIM_GUI_PATH),
              {QStringLiteral("--set"), QStringLiteral("country.gdp_usd_bn=900"), workshop});
    ASSERT_TRUE(app.waitForStarted(30000));
    const QString folder = home.filePath(QStringLiteral("share/SovSim/SovSim/autosave"));
    const qint64 pid = app.processId();
    const QString info = QDir(folder).filePath(QString::number(pid) + QStringLiteral(".info.json"));
    ASSERT_TRUE(waitForFile(info, 60000)) << "no autosave appeared in " << folder.toStdString();
    app.kill(); // SIGKILL: no chance to clean up, as in a crash or a power cut
    ASSERT_TRUE(app.waitForFinished(30000));

    const auto left = Autosave::leftover(folder);
    ASSERT_TRUE(left.has_value());
    EXPECT_EQ(left->pid, pid);
    EXPECT_EQ(left->file, QFileInfo(workshop).absoluteFilePath());
    EXPECT_LE(left->savedAt.secsTo(QDateTime::currentDateTimeUtc()), 120);
    ASSERT_FALSE(left->workshop.scenarios.empty());
    for (const auto& s : left->workshop.scenarios) {
        EXPECT_DOUBLE_EQ(gdp().get(s), 900.0) << s.name;
    }

    // The next session offers it; restoring gives back exactly what was autosaved, unsaved.
    MainWindow window;
    int asked = 0;
    window.setRecoveryPrompt([&asked](MainWindow&, const Recovery&) {
        ++asked;
        return true;
    });
    window.startSession(folder);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(window.document().workshop(), left->workshop);
    EXPECT_TRUE(window.document().isModified());
    EXPECT_EQ(window.document().filePath(), QFileInfo(workshop).absoluteFilePath());
    EXPECT_FALSE(QFileInfo::exists(info)) << "a restored autosave is not offered twice";
    EXPECT_FALSE(Autosave::leftover(folder).has_value());
    window.autosave()->finish();
}

class AutosaveTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        folder = dir.filePath(QStringLiteral("autosave"));
        window.setRecoveryPrompt([](MainWindow&, const Recovery&) { return false; });
        window.setSavePrompt([](MainWindow&) { return int(QMessageBox::Discard); });
        window.startSession(folder);
    }
    QString own(const char* suffix) const {
        return QDir(folder).filePath(QString::number(QCoreApplication::applicationPid()) +
                                     QString::fromLatin1(suffix));
    }

    QTemporaryDir dir;
    QString folder;
    MainWindow window;
};

TEST_F(AutosaveTest, OnlyUnsavedChangesAreKeptAndANormalEndLeavesNothing) {
    EXPECT_TRUE(QFileInfo::exists(own(".session")));
    window.autosave()->saveNow();
    EXPECT_FALSE(QFileInfo::exists(own(".workshop.json"))) << "nothing unsaved yet";

    window.document().setParameter(0, gdp(), 777.0);
    window.autosave()->saveNow();
    ASSERT_TRUE(QFileInfo::exists(own(".workshop.json")));
    const auto loaded = sovsim::loadFile(QFile::encodeName(own(".workshop.json")).toStdString());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.workshop, window.document().workshop());

    window.document().undoStack()->undo(); // back to the state as opened: nothing to keep
    window.autosave()->saveNow();
    EXPECT_FALSE(QFileInfo::exists(own(".workshop.json")));

    window.document().setParameter(0, gdp(), 555.0);
    window.autosave()->saveNow();
    window.close();
    EXPECT_FALSE(QFileInfo::exists(own(".session")));
    EXPECT_FALSE(QFileInfo::exists(own(".workshop.json")));
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files).isEmpty());
}

TEST_F(AutosaveTest, EditsAreAutosavedWithinTheInterval) {
    window.document().setParameter(0, gdp(), 888.0);
    ASSERT_TRUE(waitForFile(own(".workshop.json"), Autosave::kIntervalMs * 3));
    window.autosave()->finish();
}

TEST_F(AutosaveTest, ARunningSessionIsNeverOfferedForRecovery) {
    window.document().setParameter(0, gdp(), 666.0);
    window.autosave()->saveNow();
    // Our own session is running: its files are not a leftover.
    EXPECT_FALSE(Autosave::leftover(folder).has_value());
    window.autosave()->finish();
}

TEST_F(AutosaveTest, DiscardingRemovesTheLeftover) {
    // A leftover from a process that no longer exists (pid 1 never runs SovSim: it is init, and
    // still running, so use a pid beyond the kernel's maximum instead).
    const QString pid = QStringLiteral("99999999");
    const QDir d(folder);
    QFile::copy(QStringLiteral(SOVSIM_SCENARIO_DIR "/workshops/default.json"),
                d.filePath(pid + QStringLiteral(".workshop.json")));
    QFile infoFile(d.filePath(pid + QStringLiteral(".info.json")));
    ASSERT_TRUE(infoFile.open(QIODevice::WriteOnly));
    infoFile.write(R"({"saved_at": "2026-12-01T10:00:00.000Z", "file": "", "template": ""})");
    infoFile.close();
    QFile marker(d.filePath(pid + QStringLiteral(".session")));
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.close();

    const auto left = Autosave::leftover(folder);
    ASSERT_TRUE(left.has_value());
    EXPECT_EQ(left->pid, 99999999);
    MainWindow other;
    other.setRecoveryPrompt([](MainWindow&, const Recovery&) { return false; });
    other.startSession(folder);
    EXPECT_FALSE(Autosave::leftover(folder).has_value());
    EXPECT_FALSE(QFileInfo::exists(d.filePath(pid + QStringLiteral(".workshop.json"))));
    other.autosave()->finish();
    window.autosave()->finish();
}

} // namespace
} // namespace sovsim::ui
