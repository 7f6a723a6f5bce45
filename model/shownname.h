#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// A file name or path as a message shows it, on a terminal, in a dialog or in the window's title:
// every control character spelled out as an escape, so that a name can neither break a message
// into lines, nor colour or move a terminal's text, nor turn the text around it right to left.
// "\n", "\r" and "\t"; "\x1B" for other ASCII controls and DEL; "\u009B", "\u202E" for C1
// controls, format characters (bidirectional marks, U+200B, U+FEFF), line and paragraph separators
// and lone surrogates. Everything else is kept as it is, backslashes included, so that a name
// shown twice over reads the same.
namespace ShownName {

QString of(QStringView name);
// The same, of a name's bytes as the file system holds them, which need not be UTF-8: what is
// UTF-8 is read as such, and every other byte shows as "\xFF".
QString ofBytes(QByteArrayView name);

} // namespace ShownName
