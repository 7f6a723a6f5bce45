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
    // warning, and the next save writes a good one. Returns whether it was readable. Checks the
    // files first (setAsideIfNotRegular).
    static bool discardIfUnreadable();
    // Every setting, gone (--reset-settings). Checks the files first (setAsideIfNotRegular).
    static void reset();
    // Only a regular file is read as settings. QSettings reads every file it falls back on (the
    // application's and the organisation's, the user's and the system's) as soon as it is made, and
    // opening a FIFO waits for a writer: each of those files that is there but is not a regular
    // file (a FIFO, a device, a socket, a folder) is set aside like an unreadable one, with a
    // warning naming it and what it is; one that cannot be moved (the system's) is not read at all.
    // Called before any QSettings is made.
    static void setAsideIfNotRegular();

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
    // Points QSettings' scope at a folder of nothing, so that no file of it is read again.
    static void readNothingOf(QSettings::Scope scope);

    QSettings m_settings;
    bool m_unreadable = false;
};
