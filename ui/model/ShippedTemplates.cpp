#include "model/ShippedTemplates.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sovsim::ui {

QStringList ShippedTemplates::folders() {
    QStringList found;
    for (const char* folder : {SOVSIM_SOURCE_SCENARIOS, SOVSIM_INSTALLED_SCENARIOS}) {
        const QString canonical = QFileInfo(QString::fromUtf8(folder)).canonicalFilePath();
        if (!canonical.isEmpty() && !found.contains(canonical)) {
            found << canonical;
        }
    }
    return found;
}

bool ShippedTemplates::isTemplate(const QString& path) {
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable()) {
        return true;
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        return false;
    }
    for (const QString& folder : folders()) {
        if (canonical.startsWith(folder + QLatin1Char('/'))) {
            return true;
        }
    }
    return false;
}

QString ShippedTemplates::saveFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace sovsim::ui
