#pragma once
// What the window just did, in the status bar: "Exported 3 files to /home/ana/Slides" with an
// "Open folder" button, or "Copied the chart to the clipboard". An export that closes without a
// word leaves the user hunting for the files; this says what was written where. The notice
// stays for a while and is replaced by the next one.

#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace sovsim::ui {

class StatusNotice : public QWidget {
    Q_OBJECT

public:
    explicit StatusNotice(QWidget* parent = nullptr);

    // Shows `message`; with a non-empty `folder`, also a button that opens it.
    void show(const QString& message, const QString& folder = {});
    QString message() const;
    const QString& folder() const { return folder_; }
    QPushButton* openFolderButton() const { return openFolder_; }
    // How a folder is opened (the desktop's file manager by default; tests record instead).
    using FolderOpener = std::function<void(const QString& folder)>;
    void setFolderOpener(FolderOpener opener);

protected:
    void changeEvent(QEvent* event) override;

private:
    void clear();
    void retranslate();

    QLabel* label_ = nullptr;
    QPushButton* openFolder_ = nullptr;
    QTimer* timer_ = nullptr;
    QString folder_;
    FolderOpener opener_;
};

} // namespace sovsim::ui
