#include "storedsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QVariant>

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
    return !StoredSettings().m_unreadable;
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
                                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside))
                              : tr("The settings file %1 cannot be read; it is ignored, and the defaults are "
                                   "used")
                                    .arg(QDir::toNativeSeparators(path))));
}

void StoredSettings::reset()
{
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
