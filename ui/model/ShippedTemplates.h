#pragma once
// Workshops and presets that ship with SovSim open as templates: the window edits a copy with no
// file behind it, so the first save asks where (in the user's documents folder) and a shipped
// file is never overwritten by Ctrl+S. The same holds for any file the user may not write.

#include <QString>
#include <QStringList>

namespace sovsim::ui {

class ShippedTemplates {
public:
    // Folders whose files are templates: the scenarios folder of the source tree SovSim was
    // built from and the installed one (share/sovsim/scenarios), where they exist.
    static QStringList folders();
    // Whether `path` should open as a template: it lies in one of folders() (compared after
    // resolving links) or cannot be written by the user.
    static bool isTemplate(const QString& path);
    // Where a first save of a template or a new workshop is suggested: the user's documents
    // folder (the home folder when there is none).
    static QString saveFolder();
};

} // namespace sovsim::ui
