#include "model/Autosave.h"

#include "model/WorkshopDocument.h"
#include "sovsim/ScenarioFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <csignal>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace sovsim::ui {
namespace {

constexpr const char* kSession = ".session";
constexpr const char* kWorkshop = ".workshop.json";
constexpr const char* kInfo = ".info.json";

std::string localPath(const QString& path) {
    return QFile::encodeName(path).toStdString();
}

// Whether process `pid` still runs (then its files are a live autosave, not a leftover).
bool processRunning(qint64 pid) {
    if (pid <= 0) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

Autosave::Autosave(WorkshopDocument& document, QString folder, QObject* parent)
    : QObject(parent), document_(document), folder_(std::move(folder)) {
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    timer_->setInterval(kIntervalMs);
    connect(timer_, &QTimer::timeout, this, &Autosave::saveNow);
    // Every edit, undo and redo moves the undo stack's index; New and Open reset it.
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &Autosave::schedule);
    connect(&document_, &WorkshopDocument::modifiedChanged, this, &Autosave::schedule);
}

Autosave::~Autosave() = default;

QString Autosave::defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString Autosave::pathFor(const char* suffix) const {
    return QDir(folder_).filePath(QString::number(QCoreApplication::applicationPid()) +
                                  QString::fromLatin1(suffix));
}

QString Autosave::workshopPath() const {
    return pathFor(kWorkshop);
}

void Autosave::start() {
    if (!QDir().mkpath(folder_)) {
        Q_EMIT failed(
            tr("The autosave folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder_)));
        return;
    }
    const std::string problem = sovsim::writeFileAtomically(
        localPath(pathFor(kSession)),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString() + "\n");
    if (!problem.empty()) {
        Q_EMIT failed(QString::fromStdString(problem));
        return;
    }
    running_ = true;
    schedule();
}

void Autosave::finish() {
    timer_->stop();
    if (!running_) {
        return;
    }
    running_ = false;
    discard(folder_, QCoreApplication::applicationPid());
}

void Autosave::setOrigin(const QString& file, const QString& templateSource) {
    file_ = file;
    templateSource_ = templateSource;
    schedule();
}

void Autosave::schedule() {
    // Not restarted while pending: a long drag still autosaves every few seconds.
    if (running_ && !timer_->isActive()) {
        timer_->start();
    }
}

void Autosave::saveNow() {
    if (!running_) {
        return;
    }
    if (!document_.isModified()) {
        // Nothing unsaved: nothing to recover.
        QFile::remove(pathFor(kWorkshop));
        QFile::remove(pathFor(kInfo));
        return;
    }
    // The workshop first, then the note that says it is complete.
    std::string problem = sovsim::writeFileAtomically(localPath(pathFor(kWorkshop)),
                                                      sovsim::serialise(document_.workshop()));
    if (problem.empty()) {
        const QJsonObject info{
            {QStringLiteral("saved_at"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("file"), file_},
            {QStringLiteral("template"), templateSource_},
        };
        problem = sovsim::writeFileAtomically(localPath(pathFor(kInfo)),
                                              QJsonDocument(info).toJson().toStdString());
    }
    if (!problem.empty()) {
        spdlog::warn("autosave failed: {}", problem);
        Q_EMIT failed(QString::fromStdString(problem));
    }
}

std::optional<Recovery> Autosave::leftover(const QString& folder) {
    std::optional<Recovery> newest;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.session")}, QDir::Files)) {
        bool ok = false;
        const qint64 pid = QFileInfo(name).completeBaseName().toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid() || processRunning(pid)) {
            continue;
        }
        QFile infoFile(dir.filePath(QString::number(pid) + QString::fromLatin1(kInfo)));
        if (!infoFile.open(QIODevice::ReadOnly)) {
            continue; // no unsaved changes when it ended
        }
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        const sovsim::LoadResult loaded = sovsim::loadFile(
            localPath(dir.filePath(QString::number(pid) + QString::fromLatin1(kWorkshop))));
        if (!loaded.ok()) {
            spdlog::warn("autosave of session {} cannot be read", pid);
            continue;
        }
        Recovery r;
        r.pid = pid;
        r.savedAt = QDateTime::fromString(info.value(QStringLiteral("saved_at")).toString(),
                                          Qt::ISODateWithMs);
        r.workshop = loaded.workshop;
        r.file = info.value(QStringLiteral("file")).toString();
        r.templateSource = info.value(QStringLiteral("template")).toString();
        if (!newest || r.savedAt > newest->savedAt) {
            newest = std::move(r);
        }
    }
    return newest;
}

void Autosave::discard(const QString& folder, qint64 pid) {
    const QDir dir(folder);
    for (const char* suffix : {kInfo, kWorkshop, kSession}) {
        QFile::remove(dir.filePath(QString::number(pid) + QString::fromLatin1(suffix)));
    }
}

} // namespace sovsim::ui
