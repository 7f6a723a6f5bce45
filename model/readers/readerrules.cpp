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

// What a lead byte starts: how many continuation bytes follow, and the range the first of them must
// be in (narrower than 0x80 to 0xBF where that would allow an overlong form, a surrogate or a code
// point past U+10FFFF). nullopt for a byte that never starts one.
struct Sequence
{
    qsizetype continuations = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
};

std::optional<Sequence> sequenceStartedBy(uchar lead)
{
    if (lead >= 0xc2 && lead <= 0xdf)
        return Sequence {1, 0x80, 0xbf};
    if (lead == 0xe0)
        return Sequence {2, 0xa0, 0xbf}; // else overlong
    if (lead == 0xed)
        return Sequence {2, 0x80, 0x9f}; // else a surrogate
    if (lead >= 0xe1 && lead <= 0xef)
        return Sequence {2, 0x80, 0xbf};
    if (lead == 0xf0)
        return Sequence {3, 0x90, 0xbf}; // else overlong
    if (lead == 0xf4)
        return Sequence {3, 0x80, 0x8f}; // else past U+10FFFF
    if (lead >= 0xf1 && lead <= 0xf3)
        return Sequence {3, 0x80, 0xbf};
    return std::nullopt;
}

// The sequence that starts at byte `at` (not ASCII): its length, and whether it is broken (then the
// length runs to the first byte that does not fit, or to the end of the data).
struct Step
{
    qsizetype length = 1;
    bool broken = false;
};

Step stepAt(const uchar *bytes, qsizetype size, qsizetype at)
{
    const std::optional<Sequence> sequence = sequenceStartedBy(bytes[at]);
    if (!sequence)
        return {1, true};
    for (qsizetype k = 1; k <= sequence->continuations; ++k) {
        if (at + k >= size)
            return {k, true};
        const uchar byte = bytes[at + k];
        if (byte < (k == 1 ? sequence->low : 0x80) || byte > (k == 1 ? sequence->high : 0xbf))
            return {k + 1, true};
    }
    return {sequence->continuations + 1, false};
}

bool eightAscii(const uchar *bytes)
{
    quint64 word = 0;
    std::memcpy(&word, bytes, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}

// Well-formed UTF-8 as RFC 3629 and Unicode define it: no overlong forms, no surrogates, nothing
// past U+10FFFF. Eight bytes of ASCII at a time: most of a factsheet is ASCII.
std::optional<BrokenSequence> firstBrokenSequence(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size && eightAscii(bytes + i)) {
            i += 8;
        } else if (bytes[i] < 0x80) {
            ++i;
        } else {
            const Step step = stepAt(bytes, size, i);
            if (step.broken)
                return BrokenSequence {i, step.length};
            i += step.length;
        }
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
