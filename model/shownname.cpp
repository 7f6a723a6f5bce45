#include "shownname.h"

#include <QChar>

namespace {

QString hex(char32_t value, int digits)
{
    return QStringLiteral("%1").arg(static_cast<uint>(value), digits, 16, QLatin1Char('0')).toUpper();
}

bool isShownEscaped(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

void append(QString &out, char32_t codePoint)
{
    if (!isShownEscaped(codePoint)) {
        out += QString::fromUcs4(&codePoint, 1);
        return;
    }
    switch (codePoint) {
    case U'\n':
        out += QStringLiteral("\\n");
        return;
    case U'\r':
        out += QStringLiteral("\\r");
        return;
    case U'\t':
        out += QStringLiteral("\\t");
        return;
    default:
        break;
    }
    if (codePoint < 0x80)
        out += QStringLiteral("\\x") + hex(codePoint, 2);
    else if (codePoint <= 0xFFFF)
        out += QStringLiteral("\\u") + hex(codePoint, 4);
    else
        out += QStringLiteral("\\U") + hex(codePoint, 8);
}

// The code point of the UTF-8 sequence at `at` and its length, or a length of 0 where the bytes
// there are not well-formed UTF-8 (a stray continuation byte, an overlong form, a surrogate, a
// sequence cut short, a value past U+10FFFF).
struct Decoded
{
    char32_t codePoint = 0;
    qsizetype length = 0;
};

Decoded decodeAt(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return {lead, 1};
    qsizetype length = 0;
    char32_t codePoint = 0;
    char32_t smallest = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
        smallest = 0x10000;
    } else {
        return {};
    }
    if (at + length > bytes.size())
        return {};
    for (qsizetype i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return {};
        codePoint = (codePoint << 6) | (byte(at + i) & 0x3F);
    }
    if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return {};
    return {codePoint, length};
}

} // namespace

namespace ShownName {

QString of(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            append(out, QChar::surrogateToUcs4(c, name[i + 1]));
            ++i;
        } else {
            append(out, c.unicode());
        }
    }
    return out;
}

QString ofBytes(QByteArrayView name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size();) {
        const Decoded decoded = decodeAt(name, i);
        if (decoded.length == 0) {
            out += QStringLiteral("\\x") + hex(static_cast<unsigned char>(name[i]), 2);
            ++i;
        } else {
            append(out, decoded.codePoint);
            i += decoded.length;
        }
    }
    return out;
}

} // namespace ShownName
