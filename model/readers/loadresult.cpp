#include "loadresult.h"

#include "shownname.h"

#include <QChar>
#include <QCoreApplication>

#include <algorithm>

namespace {

// The most characters a message quotes of what it found; a longer text is cut, "..." marking where.
constexpr qsizetype quotedLength = 60;
const QString ellipsis = QStringLiteral("...");

bool isInvisible(char32_t codePoint)
{
    if (codePoint == U' ')
        return false;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// `text` with every invisible character written as "<U+XXXX>"; a character outside the BMP counts
// as its surrogate pair, a lone surrogate as itself.
QString spelledOut(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        char32_t codePoint = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text[i + 1]);
            units = 2;
        }
        if (isInvisible(codePoint))
            out += QStringLiteral("<U+%1>").arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += text.mid(i, units);
        i += units - 1;
    }
    return out;
}

// `length` characters of `text` from `start`, less the half of a surrogate pair cut at either end.
QStringView cut(QStringView text, qsizetype start, qsizetype length)
{
    QStringView part = text.mid(start, length);
    if (!part.isEmpty() && part.front().isLowSurrogate() && start > 0 && text[start - 1].isHighSurrogate())
        part = part.mid(1);
    if (!part.isEmpty() && part.back().isHighSurrogate() && part.end() < text.end())
        part.chop(1);
    return part;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString LoadError::text() const
{
    // The file's name as the user gave it, but never a control character of it (shownname.h).
    const QString shown = ShownName::of(file);
    return place.isEmpty() ? QStringLiteral("%1: %2").arg(shown, message)
                           : QStringLiteral("%1: %2: %3").arg(shown, place, message);
}

QString LoadError::found(QStringView text)
{
    if (text.size() <= quotedLength)
        return quoted(spelledOut(text));
    return quoted(spelledOut(cut(text, 0, quotedLength - ellipsis.size())) + ellipsis);
}

QString LoadError::foundAround(QStringView text, qsizetype at)
{
    // Room for "..." on either side; what is at `at` stands in the middle.
    const qsizetype keep = quotedLength - 2 * ellipsis.size();
    if (text.size() <= quotedLength || at < quotedLength - ellipsis.size())
        return found(text);
    const qsizetype start = std::clamp<qsizetype>(at - keep / 2, 0, text.size() - keep);
    const QStringView part = cut(text, start, keep);
    return quoted(ellipsis + spelledOut(part) + (part.end() < text.end() ? ellipsis : QString()));
}

FactsheetLoadResult FactsheetLoadResult::success(Factsheet factsheet)
{
    FactsheetLoadResult result;
    result.m_factsheet = std::move(factsheet);
    return result;
}

FactsheetLoadResult FactsheetLoadResult::failure(LoadError error)
{
    FactsheetLoadResult result;
    result.m_error = std::move(error);
    return result;
}

FactsheetLoadResult FactsheetLoadResult::cancelled(const QString &file)
{
    return failure({file, QString(), QCoreApplication::translate("FactsheetLoadResult", "opening cancelled"), true});
}
