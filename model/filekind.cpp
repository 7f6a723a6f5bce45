#include "filekind.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace {

#ifdef Q_OS_UNIX
FileKind::Kind kindOf(mode_t mode)
{
    using FileKind::Kind;
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISCHR(mode))
        return Kind::CharacterDevice;
    if (S_ISBLK(mode))
        return Kind::BlockDevice;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}

// stat or lstat's answer: the kind, or Missing where nothing is there, or Unreachable with errno.
FileKind::Status statusOf(int result, const struct stat &status)
{
    if (result == 0)
        return {kindOf(status.st_mode), false, QString(), 0};
    if (errno == ENOENT)
        return {FileKind::Kind::Missing, false, QString(), 0};
    return {FileKind::Kind::Unreachable, false, QString(), errno};
}
#endif

} // namespace

namespace FileKind {

Status of(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat status = {};
    const int linkResult = ::lstat(native.constData(), &status);
    if (linkResult != 0 || !S_ISLNK(status.st_mode))
        return statusOf(linkResult, status);
    Status followed = statusOf(::stat(native.constData(), &status), status);
    followed.isLink = true;
    followed.linkTarget = QFile::symLinkTarget(path);
    return followed;
#else
    const QFileInfo info(path);
    Status status;
    status.isLink = info.isSymLink();
    status.linkTarget = status.isLink ? info.symLinkTarget() : QString();
    if (!info.exists())
        status.kind = Kind::Missing;
    else if (info.isDir())
        status.kind = Kind::Folder;
    else if (info.isFile())
        status.kind = Kind::Regular;
    else
        status.kind = Kind::Other;
    return status;
#endif
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return QCoreApplication::translate("FileKind", "nothing");
    case Kind::Regular:
        return QCoreApplication::translate("FileKind", "a regular file");
    case Kind::Folder:
        return QCoreApplication::translate("FileKind", "a folder");
    case Kind::Fifo:
        return QCoreApplication::translate("FileKind", "a named pipe (FIFO)");
    case Kind::CharacterDevice:
        return QCoreApplication::translate("FileKind", "a character device");
    case Kind::BlockDevice:
        return QCoreApplication::translate("FileKind", "a block device");
    case Kind::Socket:
        return QCoreApplication::translate("FileKind", "a socket");
    case Kind::Other:
    case Kind::Unreachable:
        break;
    }
    return QCoreApplication::translate("FileKind", "something other than a regular file");
}

} // namespace FileKind
