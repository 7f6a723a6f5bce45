#include "factsheetreader.h"

#include "formatreaders.h"
#include "uknumbers.h"
#include "json/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringConverter>

#include <algorithm>
#include <array>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// How a file's text is encoded, as its byte order mark says (UTF-8 when it has none).
struct TextEncoding
{
    const char *name = "UTF-8";
    qsizetype markSize = 0; // bytes of the byte order mark; 0 when there is none
    qsizetype unitSize = 1; // bytes of a code unit
    bool bigEndian = false;
};

struct ByteOrderMark
{
    QByteArrayView bytes;
    TextEncoding encoding;
};

// UTF-32 LE's mark starts with UTF-16 LE's, so it is looked for first.
const std::array<ByteOrderMark, 5> byteOrderMarks {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), {"UTF-32 LE", 4, 4, false}},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), {"UTF-32 BE", 4, 4, true}},
    {QByteArrayView("\xEF\xBB\xBF", 3), {"UTF-8", 3, 1, false}},
    {QByteArrayView("\xFF\xFE", 2), {"UTF-16 LE", 2, 2, false}},
    {QByteArrayView("\xFE\xFF", 2), {"UTF-16 BE", 2, 2, true}},
}};

TextEncoding encodingOf(QByteArrayView data)
{
    for (const ByteOrderMark &mark : byteOrderMarks) {
        if (data.startsWith(mark.bytes))
            return mark.encoding;
    }
    return {};
}

// The code unit of `encoding` at byte `at`.
char32_t codeUnitAt(QByteArrayView data, qsizetype at, const TextEncoding &encoding)
{
    char32_t unit = 0;
    for (qsizetype i = 0; i < encoding.unitSize; ++i) {
        const auto byte = static_cast<uchar>(data[at + (encoding.bigEndian ? i : encoding.unitSize - 1 - i)]);
        unit = (unit << 8) | byte;
    }
    return unit;
}

// Text in UTF-16 without a byte order mark has a 0 in every other byte (of ASCII at least), which
// UTF-8 text never has: control characters are refused anyway, but this says why they are there.
bool looksLikeUnmarkedUtf16(QByteArrayView data)
{
    const qsizetype probe = std::min<qsizetype>(data.size(), 16) & ~qsizetype(1);
    if (probe < 2)
        return false;
    const auto allZeroFrom = [&](qsizetype first, bool zero) {
        for (qsizetype i = first; i < probe; i += 2) {
            if ((data[i] == '\0') != zero)
                return false;
        }
        return true;
    };
    return (allZeroFrom(1, true) && allZeroFrom(0, false)) || (allZeroFrom(0, true) && allZeroFrom(1, false));
}

class Reading
{
    Q_DECLARE_TR_FUNCTIONS(FactsheetReader)

public:
    static std::optional<LoadError> readFile(const QString &path, qint64 sizeLimit, const ReadProgress &progress,
                                             QByteArray &data)
    {
#ifdef Q_OS_UNIX
        // Qt resources (":/factsheet/...") are not in the file system; they are all regular files.
        if (!path.startsWith(u':'))
            return readUnixFile(path, sizeLimit, progress, data);
#endif
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return notRegular(path, info.isDir() ? tr("a directory") : tr("something other than a regular file"));
        if (info.size() > sizeLimit)
            return tooLarge(path, sizeLimit, tr("%1 bytes").arg(UkNumbers::count(info.size())));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return cannotOpen(path, file.errorString());
        return readAll(file, info.size(), sizeLimit, path, progress, data);
    }

    // The text of `data` for a reader, in UTF-8 without a byte order mark: `data` itself when it has
    // no mark, the bytes after UTF-8's, else converted from what its mark says; or the error that says
    // why it is not text. Whether UTF-8 is well formed, each reader checks (ReaderRules::invalidUtf8).
    static std::optional<LoadError> toUtf8(const QByteArray &data, const QString &fileName, QByteArray &utf8)
    {
        const TextEncoding encoding = encodingOf(data);
        if (encoding.unitSize == 1) {
            if (encoding.markSize == 0 && looksLikeUnmarkedUtf16(data)) {
                return LoadError {fileName, QString(),
                                  tr("expected text in UTF-8, or in UTF-16 with a byte order mark, found what "
                                     "looks like UTF-16 without one (every other byte is 0)")};
            }
            // Not copied: the bytes after the mark, which live as long as `data`.
            utf8 = encoding.markSize == 0
                ? data
                : QByteArray::fromRawData(data.constData() + encoding.markSize, data.size() - encoding.markSize);
            return std::nullopt;
        }
        QString text;
        if (std::optional<LoadError> error = decodeWide(data, encoding, fileName, text))
            return error;
        utf8 = text.toUtf8();
        return std::nullopt;
    }

private:
#ifdef Q_OS_UNIX
    static std::optional<LoadError> readUnixFile(const QString &path, qint64 sizeLimit, const ReadProgress &progress,
                                                 QByteArray &data)
    {
        const QByteArray native = QFile::encodeName(path);
        struct stat status = {};
        // Checked before opening: opening a FIFO waits for a writer, reading /dev/zero never ends.
        if (::stat(native.constData(), &status) != 0)
            return cannotOpen(path, qt_error_string(errno));
        if (std::optional<LoadError> error = checkStatus(path, status, sizeLimit))
            return error;
        // Without blocking, and checked again once open: should the path have been replaced by a
        // FIFO since, opening it returns at once, and what is open is what counts.
        const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return cannotOpen(path, qt_error_string(errno));
        QFile file;
        if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return cannotOpen(path, file.errorString());
        }
        if (::fstat(fd, &status) != 0)
            return cannotOpen(path, qt_error_string(errno));
        if (std::optional<LoadError> error = checkStatus(path, status, sizeLimit))
            return error;
        return readAll(file, status.st_size, sizeLimit, path, progress, data);
    }

    static std::optional<LoadError> checkStatus(const QString &path, const struct stat &status, qint64 sizeLimit)
    {
        if (S_ISDIR(status.st_mode))
            return notRegular(path, tr("a directory"));
        if (S_ISFIFO(status.st_mode))
            return notRegular(path, tr("a named pipe (FIFO)"));
        if (S_ISCHR(status.st_mode))
            return notRegular(path, tr("a character device"));
        if (S_ISBLK(status.st_mode))
            return notRegular(path, tr("a block device"));
        if (S_ISSOCK(status.st_mode))
            return notRegular(path, tr("a socket"));
        if (!S_ISREG(status.st_mode))
            return notRegular(path, tr("something other than a regular file"));
        if (status.st_size > sizeLimit)
            return tooLarge(path, sizeLimit, tr("%1 bytes").arg(UkNumbers::count(status.st_size)));
        return std::nullopt;
    }
#endif

    // Reads to the end. The buffer is sized as measured, with room behind for the JSON parser's
    // padding; a file that grows while it is read (or that measures 0, as the files of /proc do) is
    // read on, but never past the limit. Read in chunks, so that progress shows and a read no longer
    // wanted stops.
    static std::optional<LoadError> readAll(QFile &file, qint64 measured, qint64 sizeLimit, const QString &path,
                                            const ReadProgress &progress, QByteArray &data)
    {
        constexpr qint64 growth = 1 << 20;
        constexpr qint64 chunk = 4 << 20; // about a millisecond: a read cancelled stops that soon
        const auto expected = static_cast<qsizetype>(std::min(measured, sizeLimit));
        data.reserve(expected + JsonReader::paddingWanted);
        data.resize(expected);
        qint64 used = 0;
        for (;;) {
            if (used == data.size()) {
                // At the size measured: one byte more tells the end from a file that grew.
                char next = 0;
                const qint64 got = file.read(&next, 1);
                if (got < 0)
                    return cannotRead(path, file.errorString());
                if (got == 0)
                    break;
                if (used + 1 > sizeLimit)
                    return tooLarge(path, sizeLimit, tr("more than that"));
                data.resize(static_cast<qsizetype>(std::min(sizeLimit + 1, std::max(2 * used, used + growth))));
                data[static_cast<qsizetype>(used++)] = next;
                continue;
            }
            if (measured > 0 && !progress.report(static_cast<double>(used) / static_cast<double>(measured)))
                return cancelled(path);
            const qint64 got = file.read(data.data() + used, std::min(chunk, data.size() - used));
            if (got < 0)
                return cannotRead(path, file.errorString());
            if (got == 0)
                break;
            used += got;
            if (used > sizeLimit)
                return tooLarge(path, sizeLimit, tr("more than that"));
        }
        data.truncate(static_cast<qsizetype>(used));
        return std::nullopt;
    }

    // UTF-16 or UTF-32 (`encoding`, after its mark) into `text`: whole code units, surrogates in
    // pairs (UTF-16) or none at all (UTF-32), nothing past U+10FFFF.
    static std::optional<LoadError> decodeWide(QByteArrayView data, const TextEncoding &encoding,
                                               const QString &fileName, QString &text)
    {
        const QString name = QLatin1String(encoding.name);
        const qsizetype leftOver = (data.size() - encoding.markSize) % encoding.unitSize;
        if (leftOver != 0) {
            return LoadError {fileName, tr("end of file"),
                              tr("expected text in %1, %2 bytes to a code unit, found %3 more")
                                  .arg(name)
                                  .arg(encoding.unitSize)
                                  .arg(leftOver == 1 ? tr("1 byte") : tr("%1 bytes").arg(leftOver))};
        }
        text.reserve((data.size() - encoding.markSize) / encoding.unitSize);
        qsizetype line = 1;
        qsizetype lineStart = 0; // in text
        for (qsizetype at = encoding.markSize; at < data.size(); at += encoding.unitSize) {
            if (const QString problem = unitProblem(data, at, encoding); !problem.isEmpty()) {
                return LoadError {fileName, tr("line %1, column %2").arg(line).arg(text.size() - lineStart + 1),
                                  tr("expected text in %1, found %2").arg(name, problem)};
            }
            const char32_t unit = codeUnitAt(data, at, encoding);
            if (encoding.unitSize == 4)
                text += QChar::fromUcs4(unit);
            else
                text += QChar(static_cast<char16_t>(unit));
            if (unit == U'\n') {
                ++line;
                lineStart = text.size();
            }
        }
        return std::nullopt;
    }

    // What is wrong with the code unit at byte `at`, said as what was found; empty when nothing is.
    static QString unitProblem(QByteArrayView data, qsizetype at, const TextEncoding &encoding)
    {
        const char32_t unit = codeUnitAt(data, at, encoding);
        const auto lone = [unit] { return LoadError::found(QString(QChar(static_cast<char16_t>(unit)))); };
        if (encoding.unitSize == 4) {
            if (unit > 0x10ffff)
                return tr("the value 0x%1, beyond Unicode").arg(QString::number(unit, 16).toUpper());
            return QChar::isSurrogate(unit) ? lone() : QString();
        }
        // In UTF-16 a high surrogate comes just before a low one, and a low one just after a high one.
        if (QChar::isHighSurrogate(unit)) {
            const qsizetype next = at + encoding.unitSize;
            return next < data.size() && QChar::isLowSurrogate(codeUnitAt(data, next, encoding)) ? QString() : lone();
        }
        if (QChar::isLowSurrogate(unit)) {
            const qsizetype previous = at - encoding.unitSize;
            return previous >= encoding.markSize && QChar::isHighSurrogate(codeUnitAt(data, previous, encoding))
                ? QString()
                : lone();
        }
        return {};
    }

    static LoadError notRegular(const QString &path, const QString &found)
    {
        return {path, QString(), tr("expected a regular file, found %1").arg(found)};
    }

    static LoadError tooLarge(const QString &path, qint64 sizeLimit, const QString &found)
    {
        return {path, QString(),
                tr("expected a file of at most %1 bytes (%2), found %3")
                    .arg(UkNumbers::count(sizeLimit),
                         UkNumbers::locale().formattedDataSize(sizeLimit, 0, QLocale::DataSizeIecFormat), found)};
    }

    static LoadError cannotOpen(const QString &path, const QString &reason)
    {
        return {path, QString(), tr("cannot be opened: %1").arg(reason)};
    }

    static LoadError cancelled(const QString &path)
    {
        return FactsheetLoadResult::cancelled(path).error();
    }

    static LoadError cannotRead(const QString &path, const QString &reason)
    {
        return {path, QString(), tr("cannot be read: %1").arg(reason)};
    }
};

// The part of a read's progress its file's bytes take; the reader of its format has the rest.
constexpr double readShare = 0.2;

// The first character of `data` other than white space, in the encoding its byte order mark says;
// none when there is none.
std::optional<char32_t> firstCharacter(QByteArrayView data)
{
    const TextEncoding encoding = encodingOf(data);
    for (qsizetype at = encoding.markSize; at + encoding.unitSize <= data.size(); at += encoding.unitSize) {
        const char32_t c = codeUnitAt(data, at, encoding);
        if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r')
            return c;
    }
    return std::nullopt;
}

// The readers, in the order they are asked: the first that recognises a file reads it. The text
// reader recognises anything, so it comes last.
const PdfFormatReader pdfReader;
const JsonFormatReader jsonReader;
const SummaryTextFormatReader summaryTextReader;
const std::array<const FormatReader *, 3> readers {&pdfReader, &jsonReader, &summaryTextReader};

} // namespace

namespace FactsheetReader {

QString embeddedPath()
{
    return QStringLiteral(":/factsheet/stoke-on-trent-and-staffordshire.json");
}

const FormatReader &readerOf(QByteArrayView data, const QString &fileName)
{
    const FileStart start {data, firstCharacter(data), fileName};
    for (const FormatReader *reader : readers) {
        if (reader->recognises(start))
            return *reader;
    }
    return summaryTextReader;
}

FactsheetLoadResult readFile(const QString &path, qint64 sizeLimit, const ReadProgress &progress)
{
    QByteArray data;
    if (std::optional<LoadError> error = Reading::readFile(path, sizeLimit, progress.part(0, readShare), data))
        return FactsheetLoadResult::failure(*std::move(error));
    return readData(std::move(data), path, progress.part(readShare, 1));
}

FactsheetLoadResult readData(QByteArray data, const QString &fileName, const ReadProgress &progress)
{
    const FormatReader &reader = readerOf(data, fileName);
    // A PDF is binary, not text: its reader takes the bytes as they are.
    if (reader.readsBytes())
        return reader.read(std::move(data), fileName, progress);

    QByteArray utf8;
    if (std::optional<LoadError> error = Reading::toUtf8(data, fileName, utf8))
        return FactsheetLoadResult::failure(*std::move(error));
    // Unless the text came after a byte order mark (then `utf8` only points into `data`), let the
    // reader hold the one reference, so it can let the bytes go once read (the JSON reader does).
    if (utf8.constData() == data.constData())
        data = QByteArray();
    return reader.read(std::move(utf8), fileName, progress);
}

} // namespace FactsheetReader
