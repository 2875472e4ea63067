#pragma once
// Every setting the workshop app remembers between runs, in one place.

#include "settings/Preference.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sovsim::ui::settings {

// Main window geometry and dock/toolbar layout (QWidget::saveGeometry / QMainWindow::saveState).
inline const Preference<QByteArray> windowGeometry{"window/geometry", {}};
inline const Preference<QByteArray> windowState{"window/state", {}};
// Folder of the last file opened or saved, where the next file dialog starts.
inline const Preference<QString> lastFolder{"files/lastFolder", {}};
// Most recent first; at most kMaxRecentFiles entries.
inline const Preference<QStringList> recentFiles{"files/recent", {}};
inline constexpr int kMaxRecentFiles = 8;
// Interface language: "en" or "zh_TW". Empty means "follow the system language".
inline const Preference<QString> language{"ui/language", {}};
// Years shown in the summary table.
inline const Preference<QList<int>> summaryYears{"summary/years", {2030, 2035, 2040}};

} // namespace sovsim::ui::settings
