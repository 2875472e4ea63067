#include "mainwindow/DialogErrorReporter.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace sovsim::ui {
namespace {

void show(QWidget* parent, const QString& title, const QString& text, const QString& details) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

} // namespace

void DialogErrorReporter::reportLoadFailure(const QString& path,
                                            const std::vector<sovsim::FileError>& errors) {
    QStringList lines;
    constexpr size_t kShown = 5;
    for (size_t i = 0; i < errors.size() && i < kShown; ++i) {
        lines.append(describeFileError(errors[i]));
    }
    if (errors.size() > kShown) {
        lines.append(
            tr("… and %n more problem(s).", nullptr, static_cast<int>(errors.size() - kShown)));
    }
    show(parent_, tr("Could not open the file"),
         tr("“%1” could not be opened. The workshop you had open is unchanged.")
             .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
         lines.join(QStringLiteral("\n\n")));
}

void DialogErrorReporter::reportSaveFailure(const QString& path, const QString& reason) {
    show(parent_, tr("Could not save the file"),
         tr("“%1” could not be saved. The file on disk is unchanged.")
             .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
         reason);
}

} // namespace sovsim::ui
