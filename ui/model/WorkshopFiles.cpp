#include "model/WorkshopFiles.h"

#include "model/Labels.h"

#include <QFile>
#include <QSaveFile>

namespace sovsim::ui {

LoadResult readWorkshopFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sovsim::LoadResult result;
        sovsim::FileError error;
        error.file = path.toStdString();
        error.problem =
            Labels::tr("the file could not be read (%1)").arg(file.errorString()).toStdString();
        result.errors.push_back(error);
        return result;
    }
    const QByteArray bytes = file.readAll();
    return sovsim::parseDocument(
        std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), path.toStdString());
}

QString writeWorkshopFile(const QString& path, const sovsim::Workshop& workshop,
                          bool asScenarioFile) {
    const std::string text = asScenarioFile && workshop.scenarios.size() == 1
                                 ? sovsim::serialise(workshop.scenarios.front())
                                 : sovsim::serialise(workshop);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit()) {
        return file.errorString();
    }
    return {};
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
