#pragma once

#include <QDir>
#include <QFile>
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

} // namespace SpecialFiles
