#pragma once
// Renders the main window in its typical states (and each chart alone) to PNG files, so the
// documentation's screenshots can be regenerated with one command and looked at critically.
// Works under the offscreen platform: nothing here needs a display.

#include <QString>
#include <QStringList>

namespace sovsim::ui {

class Language;
class MainWindow;

// Writes the screenshots into `outDir` (created if needed) and returns the files written.
// `language` may be null; otherwise a Traditional Chinese set is rendered too. On failure
// returns what was written so far and sets `error`.
QStringList writeScreenshots(MainWindow& window, Language* language, const QString& outDir,
                             QString* error);

} // namespace sovsim::ui
