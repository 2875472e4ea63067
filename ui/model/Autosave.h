#pragma once
// Never lose a workshop: the open workshop is written to the application data folder a few
// seconds after each change (atomically, like a save), and a marker says a session is running.
// A session that ends normally removes both; one that was killed, crashed or lost power leaves
// them behind, and the next start offers to restore the workshop, showing when it was saved.
//
// Every session has its own files, named by process id (<pid>.session, <pid>.workshop.json,
// <pid>.info.json), so two windows never overwrite each other's autosave, and a session whose
// process is still running is never offered for recovery.

#include "sovsim/Scenario.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <optional>

class QTimer;

namespace sovsim::ui {

class WorkshopDocument;

// What a session that did not end cleanly left behind.
struct Recovery {
    qint64 pid = 0;
    QDateTime savedAt;
    sovsim::Workshop workshop;
    QString file;           // the file the workshop was opened from or saved to; may be empty
    QString templateSource; // the shipped template it came from; may be empty
};

class Autosave : public QObject {
    Q_OBJECT

public:
    // At most one write per interval, however fast the edits come.
    static constexpr int kIntervalMs = 3000;

    // Autosaves `document` into `folder` (created when needed).
    Autosave(WorkshopDocument& document, QString folder, QObject* parent = nullptr);
    ~Autosave() override;

    // The default folder: "autosave" in the application's data folder.
    static QString defaultFolder();
    // The newest workshop left by a session in `folder` that is no longer running, if any.
    static std::optional<Recovery> leftover(const QString& folder);
    // Removes what session `pid` left in `folder` (after restoring or discarding it).
    static void discard(const QString& folder, qint64 pid);

    // Marks this session as running. Call once the window is up.
    void start();
    // The session ends normally: removes this session's autosave and marker.
    void finish();
    // Where the open workshop came from, stored with the autosave.
    void setOrigin(const QString& file, const QString& templateSource);
    // Writes now if the workshop has unsaved changes, or removes the autosave if it has none.
    void saveNow();
    const QString& folder() const { return folder_; }
    QString workshopPath() const;

Q_SIGNALS:
    // An autosave could not be written (the reason, for the status bar and the log).
    void failed(const QString& reason);

private:
    QString pathFor(const char* suffix) const;
    void schedule();

    WorkshopDocument& document_;
    QString folder_;
    QString file_;
    QString templateSource_;
    QTimer* timer_ = nullptr;
    bool running_ = false;
};

} // namespace sovsim::ui
