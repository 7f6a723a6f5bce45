#pragma once

#include "loadresult.h"
#include "readprogress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class FormatReader;

// The one way in: every factsheet the app shows, from a file or from bytes, comes through here.
// It reads only regular files within a size limit, turns a file's encoding into UTF-8, and hands it
// to the first of its readers (FormatReader, formatreaders.h) that recognises the content (not the
// name): a PDF (PdfReader), the JSON format (JsonReader), else a local summary's text
// (LocalSummaryText). The readers share their result and error types (loadresult.h) and know
// nothing of each other or of files.
//
// Every limit and rule is documented in docs/data-format.md ("Reading a file").
namespace FactsheetReader {

// The factsheet compiled into the app (a JSON document), shown when no file is given.
QString embeddedPath();

// The largest file read, in bytes: 512 MiB, five times the 100 MB of the largest factsheet the
// benchmarks read. A larger one is refused before it is opened.
inline constexpr qint64 maxFileSize = qint64(512) * 1024 * 1024;

// The reader `data` is handed to: the first of the list (PDF, JSON, summary text) that recognises
// it. After a byte order mark and white space, { or [ opens JSON, and "%PDF-" at the very start is
// a PDF; anything else is a summary's text. Only a file with nothing in it but white space is told
// by its name: ".txt" is text, any other JSON.
const FormatReader &readerOf(QByteArrayView data, const QString &fileName);

// Reads the file at `path` (a Qt resource path such as embeddedPath() too). Refused at once,
// before anything is opened or read: anything but a regular file (a directory, a FIFO, a device
// such as /dev/zero, a socket) and a file larger than `sizeLimit` bytes; the limit is also kept
// while reading, should the file grow. Opened without blocking, so even a file swapped for a FIFO
// after it was checked cannot hang the reader. Then as readData(). Progress goes from the file's
// bytes through its reader's steps; a read cancelled there returns FactsheetLoadResult::cancelled().
FactsheetLoadResult readFile(const QString &path, qint64 sizeLimit = maxFileSize, const ReadProgress &progress = {});

// Reads a file's bytes; fileName labels errors (and, for a summary's text, is its source). UTF-8
// with or without a byte order mark; UTF-16 and UTF-32, little or big endian, with one. Bytes that
// are not text in their encoding are refused with the line (and column) where they start.
FactsheetLoadResult readData(QByteArray data, const QString &fileName, const ReadProgress &progress = {});

} // namespace FactsheetReader
