#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

// Files that are not regular files, made in a test's own folder, for the writers and readers to
// refuse. Each returns the path made, or an empty string if the system would not make it.
namespace SpecialFiles {

inline QString fifo(const QDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

// A Unix socket bound to path; the descriptor stays open until the test ends (a socket file stays
// a socket once its descriptor is closed, too).
inline QString socket(const QDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address = {};
    if (native.size() >= qsizetype(sizeof address.sun_path))
        return {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), static_cast<size_t>(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return {};
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return {};
    }
    return path;
}

// A character device that a broken writer may destroy without harm. Run as root, a writer that
// replaced a device would replace the system's own: so as root, one made in the test's folder
// (the numbers of /dev/null); as anyone else /dev/full, which no one else may replace.
inline QString expendableDevice(const QDir &folder)
{
    if (::geteuid() != 0)
        return QStringLiteral("/dev/full");
    const QString path = folder.filePath(QStringLiteral("device"));
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0 ? path : QString();
}

// Makes at path what kind names: "new name" (nothing), "regular file" ("old" in it), "folder",
// "FIFO", "socket", "device" (expendableDevice(), not at path: returned), or a link at path to
// one made in folder: "link to a regular file", "link to a device", "link to a FIFO", "link to a
// socket", "link to a folder", "link to nothing", "link to itself". Returns where a link leads
// (or the device), else an empty string; made is false when the system would not make it.
inline QString make(const QString &kind, const QString &path, const QDir &folder, bool &made)
{
    const auto link = [&path, &made](const QString &target) {
        made = !target.isEmpty() && QFile::link(target, path);
        return target;
    };
    const QFileInfo at(path);
    made = true;
    if (kind == QLatin1String("new name"))
        return {};
    if (kind == QLatin1String("regular file")) {
        QFile file(path);
        made = file.open(QIODevice::WriteOnly) && file.write("old") == 3;
        return {};
    }
    if (kind == QLatin1String("folder"))
        made = QDir().mkdir(path);
    else if (kind == QLatin1String("FIFO"))
        made = !fifo(at.dir(), at.fileName()).isEmpty();
    else if (kind == QLatin1String("socket"))
        made = !socket(at.dir(), at.fileName()).isEmpty();
    else if (kind == QLatin1String("device"))
        return expendableDevice(folder);
    else if (kind == QLatin1String("link to a regular file")) {
        QFile file(folder.filePath(QStringLiteral("target")));
        return file.open(QIODevice::WriteOnly) && file.write("old") == 3 ? link(file.fileName()) : QString();
    } else if (kind == QLatin1String("link to a device"))
        return link(expendableDevice(folder));
    else if (kind == QLatin1String("link to a FIFO"))
        return link(fifo(folder, QStringLiteral("pipe")));
    else if (kind == QLatin1String("link to a socket"))
        return link(socket(folder, QStringLiteral("socket")));
    else if (kind == QLatin1String("link to a folder"))
        return folder.mkdir(QStringLiteral("target")) ? link(folder.filePath(QStringLiteral("target"))) : QString();
    else if (kind == QLatin1String("link to nothing"))
        return link(folder.filePath(QStringLiteral("nothing")));
    else if (kind == QLatin1String("link to itself"))
        return link(path);
    else
        made = false;
    return {};
}

} // namespace SpecialFiles
