#pragma once
// Reports file problems in a window-modal message box that does not block the event loop
// (QMessageBox::open), naming the file and each error's line, column and field.

#include "model/WorkshopFiles.h"

#include <QCoreApplication>

class QWidget;

namespace sovsim::ui {

class DialogErrorReporter : public ErrorReporter {
    Q_DECLARE_TR_FUNCTIONS(sovsim::ui::DialogErrorReporter)

public:
    explicit DialogErrorReporter(QWidget* parent) : parent_(parent) {}
    void reportLoadFailure(const QString& path,
                           const std::vector<sovsim::FileError>& errors) override;
    void reportSaveFailure(const QString& path, const QString& reason) override;

private:
    QWidget* parent_;
};

} // namespace sovsim::ui
