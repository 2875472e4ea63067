#include "mainwindow/Language.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sovsim::ui {

Language::Language(QObject* parent)
    : QObject(parent), app_(new QTranslator(this)), qt_(new QTranslator(this)) {}

Language::~Language() {
    QCoreApplication::removeTranslator(app_);
    QCoreApplication::removeTranslator(qt_);
}

QStringList Language::available() {
    return {QStringLiteral("en"), QStringLiteral("zh_TW")};
}

QString Language::nativeName(const QString& code) {
    if (code == QLatin1String("zh_TW")) {
        return QStringLiteral("繁體中文");
    }
    return QStringLiteral("English");
}

QString Language::preferred() {
    const QString chosen = settings::language.get();
    if (available().contains(chosen)) {
        return chosen;
    }
    // Traditional Chinese for Taiwan, Hong Kong and Macau, and any Traditional-script locale.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese &&
        (system.script() == QLocale::TraditionalChineseScript ||
         system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong ||
         system.territory() == QLocale::Macau)) {
        return QStringLiteral("zh_TW");
    }
    return QStringLiteral("en");
}

bool Language::apply(const QString& code) {
    QCoreApplication::removeTranslator(app_);
    QCoreApplication::removeTranslator(qt_);
    current_ = QStringLiteral("en");
    bool ok = true;
    if (code != QLatin1String("en")) {
        // The app's translations are compiled into the library (qt_add_translations).
        ok = app_->load(QStringLiteral(":/i18n/sovsim_%1.qm").arg(code));
        if (ok) {
            QCoreApplication::installTranslator(app_);
            current_ = code;
            if (qt_->load(QStringLiteral("qtbase_%1").arg(code),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt_);
            }
        }
    }
    // Month names and number formats follow the interface language.
    QLocale::setDefault(
        current_ == QLatin1String("zh_TW")
            ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
            : QLocale::system());
    return ok;
}

} // namespace sovsim::ui
