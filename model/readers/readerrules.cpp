#include "readerrules.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

namespace {

// Where the first bytes that are not UTF-8 start, and how many belong to the broken sequence: the
// lead byte up to and including the first byte that does not fit (or up to the end of the data).
struct BrokenSequence
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

// Well-formed UTF-8 as RFC 3629 and Unicode define it: no overlong forms, no surrogates, nothing
// past U+10FFFF. Eight bytes of ASCII at a time: most of a factsheet is ASCII.
std::optional<BrokenSequence> firstBrokenSequence(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            quint64 word = 0;
            std::memcpy(&word, bytes + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // How many continuation bytes follow the lead, and the range the first of them must be in.
        qsizetype continuations = 0;
        uchar low = 0x80;
        uchar high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            continuations = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuations = 2;
            if (lead == 0xe0)
                low = 0xa0; // else overlong
            else if (lead == 0xed)
                high = 0x9f; // else a surrogate
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuations = 3;
            if (lead == 0xf0)
                low = 0x90; // else overlong
            else if (lead == 0xf4)
                high = 0x8f; // else past U+10FFFF
        } else {
            return BrokenSequence {i, 1};
        }
        for (qsizetype k = 1; k <= continuations; ++k) {
            if (i + k >= size)
                return BrokenSequence {i, k};
            const uchar byte = bytes[i + k];
            if (byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xbf))
                return BrokenSequence {i, k + 1};
        }
        i += continuations + 1;
    }
    return std::nullopt;
}

} // namespace

namespace ReaderRules {

qsizetype firstControlCharacter(QStringView text, Breaks breaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != 0x7f)
            continue;
        if (breaks == Breaks::Allowed && (c == u'\t' || c == u'\n'))
            continue;
        return i;
    }
    return -1;
}

std::optional<LoadError> invalidUtf8(QByteArrayView data, const QString &fileName)
{
    const std::optional<BrokenSequence> broken = firstBrokenSequence(data);
    if (!broken)
        return std::nullopt;
    const QByteArrayView before = data.first(broken->offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Columns count characters, as the JSON reader's do; what comes before is valid.
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    QStringList bytes;
    for (const char byte : data.sliced(broken->offset, broken->length))
        bytes << QStringLiteral("0x") + QString::number(static_cast<uchar>(byte), 16).toUpper().rightJustified(2, u'0');
    const QString found = bytes.size() == 1
        ? QCoreApplication::translate("ReaderRules", "the byte %1").arg(bytes.first())
        : QCoreApplication::translate("ReaderRules", "the bytes %1").arg(bytes.join(QLatin1Char(' ')));
    return LoadError {fileName, QCoreApplication::translate("ReaderRules", "line %1, column %2").arg(line).arg(column),
                      QCoreApplication::translate("ReaderRules", "expected text in UTF-8, found %1").arg(found)};
}

bool addToLocalTotal(qint64 &total, qint64 amount)
{
    if (amount > largestWhole - total)
        return false;
    total += amount;
    return true;
}

} // namespace ReaderRules
