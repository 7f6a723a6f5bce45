#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

// Reading back what an earlier run saved (QSettings), where the file may be damaged or written
// by something else: each value is taken only if it is of the type this program writes there,
// and anything else is passed over with one warning naming the key. Nothing read can crash the
// program or leave it half-configured: a value ignored is a default kept.
class StoredSettings final
{
public:
    // Keys below group ("mainWindow"), or at the top level.
    explicit StoredSettings(const QString &group = QString());

    // A settings file QSettings cannot parse is set aside once (renamed *.unreadable), with a
    // warning, and the next save writes a good one. Returns whether it was readable.
    static bool discardIfUnreadable();
    // Every setting, gone (--reset-settings).
    static void reset();

    QSettings &settings() { return m_settings; }

    // What is stored under key if it is bytes (what saveGeometry/saveState give); what describes
    // it in the warning otherwise ("a window geometry").
    std::optional<QByteArray> bytes(const QString &key, const QString &what);
    // A stored text, and one of allowed if that is given.
    std::optional<QString> text(const QString &key, const QString &what, const QStringList &allowed = {});
    // A stored yes or no (as QSettings writes a bool: a bool, or the text "true" or "false").
    std::optional<bool> flag(const QString &key, const QString &what);
    // A value of the right type that still could not be used (restoreState said no).
    void ignore(const QString &key, const QString &what) const;

private:
    static void setAside(const QString &path);

    QSettings m_settings;
    bool m_unreadable = false;
};
