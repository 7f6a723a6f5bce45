#include "amounts.h"

#include "readers/readerrules.h"
#include "uknumbers.h"

#include <QLatin1String>

#include <array>

namespace {

bool isDigit(QStringView text, qsizetype at)
{
    return at >= 0 && at < text.size() && text[at] >= u'0' && text[at] <= u'9';
}

// Printed as nothing, or onto the character before: inside a number, it hides what the number is.
bool isInvisibleOrMark(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// Where the number that starts at `from` ends: digits, with a comma or point between two digits,
// a space before a group of three ("1 000 000"), and any invisible or combining character inside
// it (`hidden` says so). "£10m." ends before its stop.
qsizetype numberEnd(QStringView text, qsizetype from, bool &hidden)
{
    qsizetype end = from;
    const auto digitOrHiddenAt
        = [&text](qsizetype at) { return isDigit(text, at) || (at < text.size() && isInvisibleOrMark(text[at])); };
    while (end < text.size()) {
        const QChar c = text[end];
        const bool separator
            = (c == u',' || c == u'.') && end > from && digitOrHiddenAt(end - 1) && digitOrHiddenAt(end + 1);
        const bool groupSpace = UkNumbers::isGroupSpace(c) && isDigit(text, end - 1) && end > from
            && isDigit(text, end + 1) && isDigit(text, end + 2) && isDigit(text, end + 3) && !isDigit(text, end + 4);
        if (isDigit(text, end) || separator || groupSpace) {
            ++end;
        } else if (isInvisibleOrMark(c) && (end > from || digitOrHiddenAt(end + 1))) {
            hidden = true;
            ++end;
        } else {
            break;
        }
    }
    return end;
}

// The length of the magnitude at the start of `rest` ("m", "bn", "k", " million", " Thousand
// Million", ...), in any letter case, which must end a word; 0 when there is none.
qsizetype magnitudeLength(QStringView rest)
{
    // Longest first, so " million" is not read as " m".
    static const std::array<QLatin1String, 11> magnitudes {
        QLatin1String(" thousand million"),
        QLatin1String("thousand million"),
        QLatin1String(" thousand"),
        QLatin1String(" million"),
        QLatin1String(" billion"),
        QLatin1String("thousand"),
        QLatin1String("million"),
        QLatin1String("billion"),
        QLatin1String("bn"),
        QLatin1String("m"),
        QLatin1String("k"),
    };
    for (const QLatin1String magnitude : magnitudes) {
        const qsizetype length = magnitude.size();
        if (rest.startsWith(magnitude, Qt::CaseInsensitive)
            && (length >= rest.size() || !rest[length].isLetterOrNumber()))
            return length;
    }
    return 0;
}

// Where the amount whose sign ends at `from` ends: its number and magnitude, and whatever letters,
// marks or points stand straight after it ("£2.6x", "£5.m"), which make it no amount.
qsizetype amountEnd(QStringView text, qsizetype from, bool &hidden)
{
    const qsizetype digitsEnd = numberEnd(text, from, hidden);
    qsizetype end = digitsEnd > from ? digitsEnd + magnitudeLength(text.mid(digitsEnd)) : digitsEnd;
    while (end < text.size()) {
        const QChar c = text[end];
        const bool pointInside = c == u'.' && end + 1 < text.size() && text[end + 1].isLetterOrNumber();
        if (isInvisibleOrMark(c))
            hidden = true;
        else if (!c.isLetterOrNumber() && !pointInside)
            break;
        ++end;
    }
    return end;
}

qsizetype skipSpaces(QStringView text, qsizetype at)
{
    while (at < text.size() && text[at] == u' ')
        ++at;
    return at;
}

// Where a range that goes on from an amount ending at `end` ends ("£5–10m", "£5m - £10m"), or -1.
qsizetype rangeEnd(QStringView text, qsizetype end)
{
    const qsizetype dash = skipSpaces(text, end);
    if (dash >= text.size() || !SummaryText::isDash(text[dash]))
        return -1;
    const qsizetype next = skipSpaces(text, dash + 1);
    const qsizetype sign = UkNumbers::poundSignLength(text, next);
    if (!isDigit(text, next + sign))
        return -1;
    bool hidden = false;
    return amountEnd(text, next + sign, hidden);
}

// Where the share of an amount whose sign is at `sign` starts ("50% of £5.2m", "10 per cent of
// £2m"), or -1 when it is no share.
qsizetype shareStart(QStringView text, qsizetype sign)
{
    qsizetype at = sign;
    const auto skipBack = [&text](qsizetype i) {
        while (i > 0 && text[i - 1] == u' ')
            --i;
        return i;
    };
    const auto endsWith = [&text](qsizetype i, QLatin1String word) {
        return i >= word.size() && text.mid(i - word.size(), word.size()).compare(word, Qt::CaseInsensitive) == 0;
    };
    at = skipBack(at);
    if (!endsWith(at, QLatin1String("of")) || (at > 2 && text[at - 3].isLetterOrNumber()))
        return -1;
    at = skipBack(at - 2);
    if (at > 0 && text[at - 1] == u'%')
        at = skipBack(at - 1);
    else if (endsWith(at, QLatin1String("per cent")))
        at = skipBack(at - 8);
    else
        return -1;
    if (!isDigit(text, at - 1))
        return -1;
    while (at > 0 && (isDigit(text, at - 1) || (text[at - 1] == u'.' && isDigit(text, at - 2))))
        --at;
    return at;
}

} // namespace

namespace SummaryText {

QList<Amount> amounts(QStringView sentence)
{
    QList<Amount> result;
    const qsizetype size = sentence.size();
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype signLength = UkNumbers::poundSignLength(sentence, i);
        if (signLength == 0)
            continue;
        bool hidden = false;
        qsizetype end = amountEnd(sentence, i + signLength, hidden);
        Amount amount;
        amount.sign = i;
        amount.span = {i, end - i};
        if (const qsizetype range = rangeEnd(sentence, end); range >= 0) {
            amount.unread = Amount::Unread::Range;
            end = range;
            amount.span.length = end - i;
        } else if (hidden) {
            amount.unread = Amount::Unread::Invisible;
        } else if (i > 0 && isDash(sentence[i - 1]) && (i == 1 || sentence[i - 2] == u' ' || sentence[i - 2] == u'(')) {
            amount.unread = Amount::Unread::Sign;
            amount.span = {i - 1, end - i + 1};
        } else if (const qsizetype share = shareStart(sentence, i); share >= 0) {
            amount.unread = Amount::Unread::Share;
            amount.span = {share, end - share};
        } else {
            const UkNumbers::QuotedFigure figure = UkNumbers::readQuotedFigure(sentence.mid(i, end - i));
            if (figure.tooLarge || (figure.value && *figure.value > ReaderRules::largestWhole))
                amount.unread = Amount::Unread::TooLarge;
            else if (!figure.value)
                amount.unread = Amount::Unread::NotWhole;
            else
                amount.value = figure.value;
        }
        result.append(amount);
        i = end - 1;
    }
    return result;
}

bool hasPoundSign(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (UkNumbers::poundSignLength(text, i) > 0)
            return true;
    }
    return false;
}

bool startsWithPoundSign(QStringView text)
{
    return UkNumbers::poundSignLength(text, 0) > 0;
}

} // namespace SummaryText
