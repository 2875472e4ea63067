#include "model/WorkshopFiles.h"

#include "model/Labels.h"

#include <QFile>

namespace sovsim::ui {

// The same reader and writer as the command line: one size cap for what is opened, and a save
// that replaces only a regular file (never a device or a pipe) and never leaves a partial file.
LoadResult readWorkshopFile(const QString& path) {
    return sovsim::loadFile(QFile::encodeName(path).toStdString());
}

QString writeWorkshopFile(const QString& path, const sovsim::Workshop& workshop,
                          bool asScenarioFile) {
    const std::string text = asScenarioFile && workshop.scenarios.size() == 1
                                 ? sovsim::serialise(workshop.scenarios.front())
                                 : sovsim::serialise(workshop);
    return QString::fromStdString(
        sovsim::writeFileAtomically(QFile::encodeName(path).toStdString(), text));
}

QString describeFileError(const sovsim::FileError& error) {
    QString where;
    if (error.line > 0 && error.column > 0) {
        where = Labels::tr("Line %1, column %2").arg(error.line).arg(error.column);
    } else if (error.line > 0) {
        where = Labels::tr("Line %1").arg(error.line);
    }
    if (!error.fieldPath.empty()) {
        const QString field = QString::fromStdString(error.fieldPath);
        where = where.isEmpty() ? Labels::tr("In %1").arg(field)
                                : Labels::tr("%1, in %2").arg(where, field);
    }
    QString text = QString::fromStdString(error.problem);
    if (!where.isEmpty()) {
        text = Labels::tr("%1: %2").arg(where, text);
    }
    if (!error.expected.empty()) {
        text += QLatin1Char('\n') +
                Labels::tr("Expected: %1").arg(QString::fromStdString(error.expected));
    }
    return text;
}

} // namespace sovsim::ui
