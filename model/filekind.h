#pragma once

#include <QString>

// What a path names, told without opening it: opening a FIFO waits for a writer, and writing a
// file in place of a device or a socket destroys it. A writer writes only to a regular file or a
// new name (OutputFile), the settings are read only from a regular file (StoredSettings).
namespace FileKind {

enum class Kind {
    Missing,         // nothing there (or a link to nothing: see Status::isLink)
    Regular,         // a regular file
    Folder,          // a directory
    Fifo,            // a named pipe
    CharacterDevice, // /dev/full, /dev/null, a terminal
    BlockDevice,     // a disk
    Socket,
    Other,
    Unreachable, // the system would not say what is there (Status::error): no permission, a link loop
};

struct Status
{
    Kind kind = Kind::Missing;
    // The path itself is a symbolic link; kind is what the link leads to.
    bool isLink = false;
    QString linkTarget; // where the link leads, as an absolute path, when isLink
    int error = 0;      // errno, when kind is Unreachable
};

// Looks at path without following it, then, for a link, at what the link leads to.
Status of(const QString &path);

// "a named pipe (FIFO)", "a character device", "a folder": what is there, for a message.
QString name(Kind kind);

} // namespace FileKind
