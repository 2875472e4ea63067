#pragma once
// Chart rendering needs a Qt application object, but the CLI must work on a server with no
// display. This makes one on the "offscreen" platform (unless the user chose a platform with
// QT_QPA_PLATFORM) and routes Qt's messages to the CLI log instead of the terminal.

#include <memory>

class QApplication;

namespace sovsim::cli {

class OffscreenQt {
public:
    OffscreenQt(); // reuses an existing application (tests) instead of making a second one
    ~OffscreenQt();
    OffscreenQt(const OffscreenQt&) = delete;
    OffscreenQt& operator=(const OffscreenQt&) = delete;

private:
    std::unique_ptr<QApplication> app_;
};

} // namespace sovsim::cli
