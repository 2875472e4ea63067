#include "mainwindow/StatusNotice.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

namespace sovsim::ui {
namespace {

// Long enough to read a path and reach for the button.
constexpr int kShownMs = 20000;

} // namespace

StatusNotice::StatusNotice(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    label_ = new QLabel(this);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    openFolder_ = new QPushButton(this);
    openFolder_->setFlat(true);
    openFolder_->hide();
    layout->addWidget(label_, 1);
    layout->addWidget(openFolder_);
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    timer_->setInterval(kShownMs);
    connect(timer_, &QTimer::timeout, this, &StatusNotice::clear);
    opener_ = [](const QString& folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); };
    connect(openFolder_, &QPushButton::clicked, this, [this] {
        if (!folder_.isEmpty()) {
            opener_(folder_);
        }
    });
    retranslate();
}

void StatusNotice::show(const QString& message, const QString& folder) {
    label_->setText(message);
    folder_ = folder;
    openFolder_->setVisible(!folder.isEmpty());
    timer_->start();
}

QString StatusNotice::message() const {
    return label_->text();
}

void StatusNotice::setFolderOpener(FolderOpener opener) {
    opener_ = std::move(opener);
}

void StatusNotice::clear() {
    label_->clear();
    folder_.clear();
    openFolder_->hide();
}

void StatusNotice::retranslate() {
    openFolder_->setText(tr("Open folder"));
    openFolder_->setToolTip(tr("Show the exported files in the file manager"));
}

void StatusNotice::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace sovsim::ui
