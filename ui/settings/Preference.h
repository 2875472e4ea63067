#pragma once
// A setting declared once, with its key, type and default, so the rest of the app never spells a
// QSettings key or converts a QVariant by hand (the habit comes from Tiled's Preference<T>).

#include <QSettings>
#include <QString>
#include <QVariant>

namespace sovsim::ui {

template <typename T> class Preference {
public:
    Preference(const char* key, T defaultValue)
        : key_(QString::fromLatin1(key)), default_(std::move(defaultValue)) {}

    T get() const {
        const QVariant v = QSettings().value(key_);
        if (!v.isValid() || !v.canConvert<T>()) {
            return default_;
        }
        return v.value<T>();
    }
    void set(const T& value) const { QSettings().setValue(key_, QVariant::fromValue(value)); }
    void clear() const { QSettings().remove(key_); }
    const QString& key() const { return key_; }
    const T& defaultValue() const { return default_; }

private:
    QString key_;
    T default_;
};

} // namespace sovsim::ui
