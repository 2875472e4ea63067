// Shipped workshops and presets open as templates: the window edits a copy, the first save asks
// where (suggesting the user's documents folder), and the shipped file is never written. A
// read-only file behaves the same way.

#include "mainwindow/MainWindow.h"
#include "model/ShippedTemplates.h"
#include "model/WorkshopDocument.h"
#include "sovsim/Parameters.h"
#include "test_gui_helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

using test::RecordingReporter;

QByteArray fingerprint(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class TemplatesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        window.setErrorReporter(&reporter);
        window.setSaveLocationPrompt([this](MainWindow&, const QString& suggested) {
            suggestions << suggested;
            return answer;
        });
    }
    void edit() {
        window.document().setParameter(0, *sovsim::findParameter("country.gdp_usd_bn"), 1234.0);
    }

    const QString shipped =
        QStringLiteral(SOVSIM_SCENARIO_DIR) + QStringLiteral("/workshops/default.json");
    QTemporaryDir dir;
    RecordingReporter reporter;
    MainWindow window;
    QStringList suggestions;
    QString answer;
};

TEST_F(TemplatesTest, TheShippedDefaultWorkshopIsATemplate) {
    EXPECT_TRUE(ShippedTemplates::isTemplate(shipped));
    EXPECT_TRUE(ShippedTemplates::isTemplate(QStringLiteral(SOVSIM_SCENARIO_DIR) +
                                             QStringLiteral("/countries/kenya.json")));
    EXPECT_FALSE(ShippedTemplates::isTemplate(dir.filePath(QStringLiteral("mine.json"))));
}

TEST_F(TemplatesTest, SavingATemplateAsksWhereAndLeavesTheShippedFileAlone) {
    const QByteArray before = fingerprint(shipped);
    ASSERT_TRUE(window.openFile(shipped));
    EXPECT_TRUE(window.document().filePath().isEmpty()) << "no file behind a template";
    EXPECT_EQ(window.templateSource(), QFileInfo(shipped).absoluteFilePath());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("default.json (template)")))
        << window.windowTitle().toStdString();
    edit();

    // Cancelling the question saves nothing.
    answer.clear();
    EXPECT_FALSE(window.save());
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(QFileInfo(suggestions[0]).absolutePath(), ShippedTemplates::saveFolder())
        << suggestions[0].toStdString();
    EXPECT_TRUE(window.document().isModified());

    answer = dir.filePath(QStringLiteral("our-workshop.json"));
    ASSERT_TRUE(window.save());
    EXPECT_EQ(window.document().filePath(), answer);
    EXPECT_TRUE(window.templateSource().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(answer));
    EXPECT_EQ(fingerprint(shipped), before) << "the shipped workshop must never be written";

    // From now on Save writes the user's copy without asking.
    edit();
    EXPECT_TRUE(window.save());
    EXPECT_EQ(suggestions.size(), 2);
    EXPECT_EQ(fingerprint(shipped), before);
}

TEST_F(TemplatesTest, TheSaveFolderIsTheDocumentsFolder) {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (QFileInfo(documents).isDir()) {
        EXPECT_EQ(ShippedTemplates::saveFolder(), documents);
    } else {
        EXPECT_EQ(ShippedTemplates::saveFolder(), QDir::homePath());
    }
    EXPECT_FALSE(
        ShippedTemplates::isTemplate(ShippedTemplates::saveFolder() + QStringLiteral("/x.json")));
}

TEST_F(TemplatesTest, AReadOnlyFileOpensAsATemplate) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root may write any file";
    }
    const QString file = dir.filePath(QStringLiteral("locked.json"));
    ASSERT_TRUE(QFile::copy(shipped, file));
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner));
    EXPECT_TRUE(ShippedTemplates::isTemplate(file));
    ASSERT_TRUE(window.openFile(file));
    EXPECT_TRUE(window.document().filePath().isEmpty());
}

TEST_F(TemplatesTest, AnOrdinaryFileIsSavedInPlace) {
    const QString file = dir.filePath(QStringLiteral("mine.json"));
    ASSERT_TRUE(QFile::copy(shipped, file));
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ASSERT_TRUE(window.openFile(file));
    EXPECT_EQ(window.document().filePath(), QFileInfo(file).absoluteFilePath());
    edit();
    EXPECT_TRUE(window.save());
    EXPECT_TRUE(suggestions.isEmpty()) << "no question for the user's own file";
}

TEST_F(TemplatesTest, ANewWorkshopIsTitledAsNew) {
    window.newWorkshop();
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("New workshop")))
        << window.windowTitle().toStdString();
}

} // namespace
} // namespace sovsim::ui
