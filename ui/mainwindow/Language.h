#pragma once
// The interface language: English (the source text) or Traditional Chinese. Installs the app's
// translation and Qt's own (standard dialogs and buttons) and remembers the choice.

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace sovsim::ui {

class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);
    ~Language() override;

    // Language codes offered in the menu: "en", "zh_TW".
    static QStringList available();
    // The language's own name, for the menu: "English", "繁體中文".
    static QString nativeName(const QString& code);
    // The remembered choice, or the system language when nothing was chosen yet.
    static QString preferred();

    // Switches the whole application (widgets receive QEvent::LanguageChange). Returns false
    // if the translation could not be loaded; English always succeeds.
    bool apply(const QString& code);
    const QString& current() const { return current_; }

private:
    QTranslator* app_ = nullptr;
    QTranslator* qt_ = nullptr;
    QString current_ = QStringLiteral("en");
};

} // namespace sovsim::ui
