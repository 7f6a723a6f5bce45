#include "storedsettings.h"

#include "filekind.h"
#include "shownname.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoredSettings", text);
}

} // namespace

StoredSettings::StoredSettings(const QString &group)
{
    // QSettings says a file cannot be parsed only to the first reader after the file changed:
    // whichever StoredSettings that is sets the file aside, and reads nothing of it.
    if (m_settings.status() != QSettings::NoError) {
        m_unreadable = true;
        setAside(m_settings.fileName());
    }
    if (!group.isEmpty())
        m_settings.beginGroup(group);
}

bool StoredSettings::discardIfUnreadable()
{
    setAsideIfNotRegular();
    return !StoredSettings().m_unreadable;
}

void StoredSettings::setAsideIfNotRegular()
{
    // Where QSettings (NativeFormat, Unix) looks: <folder>/<organisation>/<application>.conf, then
    // <folder>/<organisation>.conf, in the user's folder and then the system's.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const QList<QPair<QSettings::Scope, QString>> places {
        {QSettings::UserScope, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)},
        {QSettings::SystemScope, QLibraryInfo::path(QLibraryInfo::SettingsPath)}};
    for (const auto &[scope, place] : places) {
        const QDir folder(place);
        for (const QString &path :
             {folder.filePath(organisation + QLatin1Char('/') + application + QStringLiteral(".conf")),
              folder.filePath(organisation + QStringLiteral(".conf"))}) {
            const FileKind::Kind kind = FileKind::of(path).kind;
            if (kind == FileKind::Kind::Missing || kind == FileKind::Kind::Regular)
                continue;
            const QString what = FileKind::name(kind);
            const QString aside = path + QStringLiteral(".unreadable");
            if (scope == QSettings::UserScope) {
                QFile::remove(aside);
                // Not QFile::rename: where renaming fails, it copies, and would open the FIFO.
                if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) == 0) {
                    qWarning("%s",
                             qPrintable(tr("The settings file %1 is %2, not a regular file; it is set aside as "
                                           "%3, and the defaults are used")
                                            .arg(ShownName::of(QDir::toNativeSeparators(path)), what,
                                                 ShownName::of(QDir::toNativeSeparators(aside)))));
                    continue;
                }
            }
            readNothingOf(scope);
            qWarning("%s",
                     qPrintable(tr("The settings file %1 is %2, not a regular file; it is ignored, and the "
                                   "defaults are used")
                                    .arg(ShownName::of(QDir::toNativeSeparators(path)), what)));
        }
    }
}

void StoredSettings::readNothingOf(QSettings::Scope scope)
{
    // Lives as long as the program: QSettings may look there until it ends.
    static QTemporaryDir nothing;
    QSettings::setPath(QSettings::NativeFormat, scope, nothing.path());
}

void StoredSettings::setAside(const QString &path)
{
    // QSettings will not overwrite a file it cannot parse: set it aside, kept for whoever wants
    // to see what was in it, so that the next save writes a good one.
    const QString aside = path + QStringLiteral(".unreadable");
    QFile::remove(aside);
    const bool moved = QFile::rename(path, aside);
    qWarning("%s",
             qPrintable(moved ? tr("The settings file %1 cannot be read; it is set aside as %2, and the defaults "
                                   "are used")
                                    .arg(ShownName::of(QDir::toNativeSeparators(path)),
                                         ShownName::of(QDir::toNativeSeparators(aside)))
                              : tr("The settings file %1 cannot be read; it is ignored, and the defaults are "
                                   "used")
                                    .arg(ShownName::of(QDir::toNativeSeparators(path)))));
}

void StoredSettings::reset()
{
    setAsideIfNotRegular();
    QSettings settings;
    settings.clear();
    settings.sync();
}

std::optional<QByteArray> StoredSettings::bytes(const QString &key, const QString &what)
{
    if (m_unreadable || !m_settings.contains(key))
        return std::nullopt;
    const QVariant value = m_settings.value(key);
    if (value.typeId() != QMetaType::QByteArray) {
        ignore(key, what);
        return std::nullopt;
    }
    return value.toByteArray();
}

std::optional<QString> StoredSettings::text(const QString &key, const QString &what, const QStringList &allowed)
{
    if (m_unreadable || !m_settings.contains(key))
        return std::nullopt;
    const QVariant value = m_settings.value(key);
    if (value.typeId() != QMetaType::QString || (!allowed.isEmpty() && !allowed.contains(value.toString()))) {
        ignore(key, what);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> StoredSettings::flag(const QString &key, const QString &what)
{
    if (m_unreadable || !m_settings.contains(key))
        return std::nullopt;
    const QVariant value = m_settings.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString
        && (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false")))
        return value.toString() == QLatin1String("true");
    ignore(key, what);
    return std::nullopt;
}

void StoredSettings::ignore(const QString &key, const QString &what) const
{
    const QString group = m_settings.group();
    const QString fullKey = group.isEmpty() ? key : group + QLatin1Char('/') + key;
    qWarning("%s", qPrintable(tr("Ignoring the setting %1: not %2 as Factsheet Explorer saves it").arg(fullKey, what)));
}
