#include "outputfile.h"

#include "filekind.h"
#include "shownname.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <QFile>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutputFile", text);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return tr("%1: cannot write: %2").arg(ShownName::of(path), why);
}

// The errno of the call that just failed, said; Qt's own text where the call left none.
QString lastReason(int errorNumber, const QString &qtText)
{
    return errorNumber != 0 ? OutputFile::reason(errorNumber) : qtText;
}

// Why path, which exists, is no file to write: nullopt for a regular file or a link to one.
std::optional<QString> notWritable(const QString &path, const FileKind::Status &status)
{
    using FileKind::Kind;
    const QString shown = ShownName::of(path);
    switch (status.kind) {
    case Kind::Regular:
        return std::nullopt;
    case Kind::Missing:
        // A link to nothing: QSaveFile would make a file wherever the link points.
        return tr("%1: is a link to %2, which does not exist; a link is written through only to a regular file")
            .arg(shown, ShownName::of(status.linkTarget));
    case Kind::Unreachable:
        return cannotWrite(path, OutputFile::reason(status.error));
    case Kind::Folder:
        if (status.isLink)
            return tr("%1: is a link to %2, a folder, not a file").arg(shown, ShownName::of(status.linkTarget));
        return tr("%1: is a folder, not a file").arg(shown);
    default:
        break;
    }
    if (status.isLink)
        return tr("%1: is a link to %2, %3, not a regular file")
            .arg(shown, ShownName::of(status.linkTarget), FileKind::name(status.kind));
    return tr("%1: is %2, not a regular file").arg(shown, FileKind::name(status.kind));
}

} // namespace

namespace OutputFile {

std::optional<QString> check(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return tr("%1: the folder %2 does not exist")
            .arg(ShownName::of(path), ShownName::of(QDir::toNativeSeparators(folder.filePath())));
    const FileKind::Status status = FileKind::of(path);
    if (status.kind == FileKind::Kind::Missing && !status.isLink)
        return std::nullopt;
    return notWritable(path, status);
}

std::optional<QString> save(const QString &path, const QByteArray &data)
{
    // What is there is checked here too, just before writing: the dialog's or the command line's
    // check may be long past. (A folder gone since is said by the write, with the system's reason.)
    const FileKind::Status status = FileKind::of(path);
    if (status.kind != FileKind::Kind::Missing || status.isLink) {
        if (std::optional<QString> problem = notWritable(path, status))
            return problem;
    }
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, lastReason(errno, file.errorString()));
    // Written here rather than through QSaveFile::write, whose buffered errors lose errno.
    if (const int error = writeAll(static_cast<int>(file.handle()), data)) {
        file.cancelWriting();
        return cannotWrite(path, reason(error));
    }
#ifdef Q_OS_UNIX
    // QSaveFile's own sync ignores its errors, and a full disk may first say so here.
    if (::fsync(static_cast<int>(file.handle())) != 0 && errno != EINVAL && errno != EROFS) {
        const int error = errno;
        file.cancelWriting();
        return cannotWrite(path, reason(error));
    }
#endif
    errno = 0;
    if (!file.commit())
        return cannotWrite(path, lastReason(errno, file.errorString()));
    return std::nullopt;
}

int writeAll(int fd, QByteArrayView data)
{
#ifdef Q_OS_UNIX
    const char *next = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        next += written;
        left -= written;
    }
    return 0;
#else
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return EBADF;
    return file.write(data.data(), data.size()) == data.size() ? 0 : EIO;
#endif
}

QString reason(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
        return tr("no space left on the device");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EFBIG:
        return tr("the file would be larger than the system allows");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the file system is read-only");
    case ENOENT:
        return tr("no such file or directory");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case ELOOP:
        return tr("too many links to follow (a link that leads back to itself?)");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case EIO:
        return tr("input/output error (the device failed)");
    case EISDIR:
        return tr("is a folder");
    case EBUSY:
    case ETXTBSY:
        return tr("the file is in use");
    default:
        break;
    }
    return qt_error_string(errorNumber);
}

} // namespace OutputFile
