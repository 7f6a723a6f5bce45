#pragma once

#include "loadresult.h"
#include "readprogress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// What the dispatcher (FactsheetReader) shows a reader of a file to let it recognise its format: the
// file's bytes as they are, and its first character other than white space, decoded as the file's
// byte order mark says (UTF-8 when it has none).
struct FileStart
{
    QByteArrayView bytes;
    std::optional<char32_t> firstCharacter; // none: the file holds nothing but white space
    QString fileName;
};

// One reader per file format, all alike to the dispatcher, which holds a list of them and gives a
// file to the first that recognises it. A reader knows nothing of files or of the other formats.
class FormatReader
{
public:
    FormatReader() = default;
    FormatReader(const FormatReader &) = delete;
    FormatReader &operator=(const FormatReader &) = delete;
    virtual ~FormatReader() = default;

    // Whether `start` is of this reader's format, told from the content (the name counts only for
    // a file of nothing but white space).
    virtual bool recognises(const FileStart &start) const = 0;
    // Whether read() takes the file's bytes as they are (a binary format), rather than its text in
    // UTF-8 without a byte order mark, which the dispatcher makes of any text encoding.
    virtual bool readsBytes() const { return false; }
    // The factsheet in `data`, or why not; fileName labels errors. Progress goes from 0 to 1, and a
    // read no longer wanted returns FactsheetLoadResult::cancelled().
    virtual FactsheetLoadResult read(QByteArray data, const QString &fileName, const ReadProgress &progress) const = 0;
};
