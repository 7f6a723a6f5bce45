#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

} // namespace

namespace OutputFile {

std::optional<QString> check(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return QCoreApplication::translate("OutputFile", "%1: the folder %2 does not exist")
            .arg(path, QDir::toNativeSeparators(folder.filePath()));
    if (file.isDir())
        return QCoreApplication::translate("OutputFile", "%1: is a folder, not a file").arg(path);
    return std::nullopt;
}

std::optional<QString> save(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("OutputFile", "%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("OutputFile", "%1: cannot write: %2").arg(path, reason);
    }
    if (!file.commit())
        return QCoreApplication::translate("OutputFile", "%1: cannot write: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace OutputFile
