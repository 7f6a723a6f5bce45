#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Writing what the program exports (charts, tables, factsheets): the checks of an output path made
// before anything is drawn or written, and the write itself through QSaveFile, so a failed export
// leaves nothing behind and never replaces a good file. Only a regular file (or a link to one) is
// replaced, or a new name made: never a folder, a FIFO, a socket or a device, nor what a link
// leads to unless it is a regular file. Errors are one line naming the file (ShownName: its
// control characters escaped) and, for a write that failed, the system's reason.
namespace OutputFile {

// nullopt when path can be written to as far as can be told without writing: its folder exists
// and it is a regular file, a link to one, or nothing yet.
std::optional<QString> check(const QString &path);
// Writes data to path whole, or not at all; what is at path is checked as check() does first.
std::optional<QString> save(const QString &path, const QByteArray &data);

// Writes all of data to the open file descriptor fd, through short writes and interruptions:
// 0, or the errno of the write that failed (ENOSPC on a full disk).
int writeAll(int fd, QByteArrayView data);
// An errno as a write error says it: "no space left on the device", "permission denied"; the
// system's text for one we have no words of our own for.
QString reason(int errorNumber);

} // namespace OutputFile
